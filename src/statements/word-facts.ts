// What the lexicons say about one normalised word form, worked out once per
// form and process (a bounded memo) instead of once per token and call: its
// reporting-cue reading (with a leading و/ف, with an object pronoun), the
// news-media names that may start at it, and the "according to" heads it
// opens. Each doc reads the facts of its tokens with one lookup per token.
import { BoundedMemo } from '../util/bounded-memo.js';
import type { AccordingHead, CueLexicon, CueSense } from './lexicon.js';
import type { AgencyName } from './speaker-lexicon.js';
import { loadSpeakerLexicon } from './speaker-lexicon.js';
import type { Token } from '../text/tokenize.js';

export interface FormMatch {
  sense: CueSense;
  /** the form carries a leading conjunction */
  conj: boolean;
  /** the verb carries an object pronoun */
  suffixed: boolean;
}

export interface WordFacts {
  cue: FormMatch | null;
  /** media names whose first word is this word, then (clitic reading) after one or two proclitic letters: [name, letters skipped] */
  agencies: Array<[AgencyName, number]>;
  /** how many of `agencies` need no proclitic stripped */
  plainAgencies: number;
  /** "according to" heads whose first word is this word, and whether a leading و was stripped */
  according: Array<[AccordingHead, boolean]>;
}

const NONE: WordFacts = { cue: null, agencies: [], plainAgencies: 0, according: [] };
const OBJ_SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'ني', 'نا', 'كم'];
// most forms have no facts (the shared NONE), so a large memo costs little memory
const MEMO_MAX = 100_000;
const memos = new WeakMap<CueLexicon, BoundedMemo<string, WordFacts>>();

function readForm(lex: CueLexicon, c: string, conj: boolean): FormMatch | null {
  const senses = lex.forms.get(c);
  if (senses) return senses.length ? { sense: senses[0], conj, suffixed: false } : null;
  for (const s of OBJ_SUFFIXES) {
    if (c.length - s.length >= 3 && c.endsWith(s)) {
      const v = lex.forms.get(c.slice(0, -s.length))?.find((x) => x.cls === 'verb' || x.cls === 'relay');
      if (v) return { sense: v, conj, suffixed: true };
    }
  }
  return null;
}

function compute(lex: CueLexicon, w: string): WordFacts {
  let cue = readForm(lex, w, false);
  if (!cue && w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) cue = readForm(lex, w.slice(1), true);
  const agencyNames = (lex.speakers ?? loadSpeakerLexicon()).agencies;
  const lw = w.toLowerCase();
  const plain = agencyNames.get(lw);
  const one = lw.length > 3 && /^[لبو]/.test(lw) ? agencyNames.get(lw.slice(1)) : undefined;
  const two = /^(ول|وب)/.test(lw) && lw.length > 4 ? agencyNames.get(lw.slice(2)) : undefined;
  const bare = lex.according.get(w);
  const conj = w.length > 3 && w[0] === 'و' ? lex.according.get(w.slice(1)) : undefined;
  if (!cue && !plain?.length && !one?.length && !two?.length && !bare?.length && !conj?.length) return NONE;
  const agencies: Array<[AgencyName, number]> = [];
  for (const a of plain ?? []) agencies.push([a, 0]);
  const plainAgencies = agencies.length;
  for (const a of one ?? []) agencies.push([a, 1]);
  for (const a of two ?? []) agencies.push([a, 2]);
  const according: Array<[AccordingHead, boolean]> = [];
  for (const h of bare ?? []) according.push([h, false]);
  for (const h of conj ?? []) according.push([h, true]);
  return { cue, agencies, plainAgencies, according };
}

/** The facts of a normalised word form. */
export function factsOf(lex: CueLexicon, w: string): WordFacts {
  let memo = memos.get(lex);
  if (!memo) memos.set(lex, (memo = new BoundedMemo(MEMO_MAX)));
  let f = memo.get(w);
  if (f === undefined) {
    f = compute(lex, w);
    memo.set(w, f);
  }
  return f;
}

/** The facts of each token (punctuation and numbers have none). */
export function tokenFacts(lex: CueLexicon, toks: Token[]): WordFacts[] {
  const out: WordFacts[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    out[i] = t.kind === 'word' || t.kind === 'latin' ? factsOf(lex, t.norm) : NONE;
  }
  return out;
}
