// Finding event triggers: every word whose clitic analysis yields a form of
// the trigger lexicon, filtered by the entry's context constraints (light-verb
// complements, required next word, cancelling next word) and by whether a
// verb reading is grammatical where the word stands.
import { BoundedMemo } from '../util/bounded-memo.js';
import type { Span } from '../model/analysis.js';
import { cliticSplits, stemCandidates } from '../text/clitics.js';
import type { DocIndex } from './doc-index.js';
import type { EventLexicon, FormHit, FormKind, TriggerEntry } from './lexicon.js';

export interface TriggerMatch {
  tok: number;
  entry: TriggerEntry;
  pos: 'verb' | 'noun';
  kind: FormKind;
  prefix: string;
  /** attached pronoun: the object of a verb, the possessor of a noun */
  suffix: string;
  anchor: Span;
  /** the token that satisfied the entry's `with` constraint («قوات» in «أرسلت قوات») */
  withTok: number;
}

const VERB_PREFIXES = new Set(['', 'و', 'ف']);
const IMPERFECT_PREFIXES = new Set(['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل']);
// words after which no verb can stand (a verb here is really a masdar)
const NOUN_CONTEXT = new Set(['جراء', 'بسبب', 'اثر', 'عقب', 'رغم', 'لدي', 'مقابل']);
const WITH_WINDOW = 6;
const PUNCT_STOP = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '(', ')', '«', '»', '"']);

/**
 * Per-word results that depend only on the normalised form (the clitic
 * analysis is the stage's hot spot): kept across documents, emptied when
 * they grow past MAX_CACHED forms so that a long-running worker stays bounded.
 */
const MAX_CACHED = 100_000;
const stemSets = new BoundedMemo<string, Set<string>>(50_000);
const lexiconHits = new WeakMap<EventLexicon, BoundedMemo<string, WordHit[]>>();

const NO_HITS: WordHit[] = [];

interface WordHit {
  hit: FormHit;
  prefix: string;
  suffix: string;
}

function cachedStems(norm: string, isWord: boolean): Set<string> {
  const key = isWord ? norm : '\u0000' + norm;
  let s = stemSets.get(key);
  if (!s) {
    s = isWord ? new Set(stemCandidates(norm)) : new Set([norm]);
    stemSets.set(key, s);
  }
  return s;
}

/** The lexicon forms a word can be, with its clitics, in the order of its clitic splits. */
function wordHits(lex: EventLexicon, norm: string): WordHit[] {
  let byWord = lexiconHits.get(lex);
  if (!byWord) lexiconHits.set(lex, (byWord = new BoundedMemo(MAX_CACHED)));
  let hits = byWord.get(norm);
  if (!hits) {
    hits = [];
    for (const split of cliticSplits(norm)) {
      const forms = lex.forms.get(split.stem);
      if (forms) for (const hit of forms) hits.push({ hit, prefix: split.prefix, suffix: split.suffix });
    }
    // most words are no trigger: they share one empty list
    byWord.set(norm, hits.length ? hits : NO_HITS);
  }
  return hits;
}

export class StemCache {
  private cache: (Set<string> | undefined)[];
  constructor(private idx: DocIndex) {
    this.cache = new Array(idx.tokens.length);
  }
  get(i: number): Set<string> {
    let s = this.cache[i];
    if (!s) {
      const t = this.idx.tokens[i];
      s = cachedStems(t.norm, t.kind === 'word');
      this.cache[i] = s;
    }
    return s;
  }
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The first token after i that is not inside an entity mention (the subject of a VSO verb is skipped). */
function afterMention(idx: DocIndex, i: number): number {
  let j = i + 1;
  const k = idx.mentionAt[j];
  if (k >= 0 && idx.mentions[k].tokStart === j) j = idx.mentions[k].tokEnd + 1;
  return j;
}

/** -1 when the entry's context constraints fail; else the `with` token (or i). */
function contextOk(entry: TriggerEntry, i: number, idx: DocIndex, stems: StemCache): number {
  const toks = idx.tokens;
  const sent = idx.sent[i];
  const inSent = (j: number) => j < toks.length && idx.sent[j] === sent;
  if (entry.next && !(inSent(i + 1) && intersects(stems.get(i + 1), entry.next))) return -1;
  if (entry.without) {
    if (inSent(i + 1) && intersects(stems.get(i + 1), entry.without)) return -1;
    const j = afterMention(idx, i);
    if (inSent(j) && intersects(stems.get(j), entry.without)) return -1;
  }
  if (!entry.with) return i;
  // names do not count towards the window: «أرسلت بيونغ يانغ أكثر من 10,000 جندي»
  for (let j = i + 1, n = 0; inSent(j) && n < WITH_WINDOW; j++) {
    if (toks[j].kind === 'punct' && PUNCT_STOP.has(toks[j].text)) break;
    if (intersects(stems.get(j), entry.with)) return j;
    if (idx.mentionAt[j] < 0) n++;
  }
  return -1;
}

/** All trigger matches of the document, in text order (at most one per token). */
export function findTriggers(idx: DocIndex, lex: EventLexicon, stems: StemCache): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const toks = idx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.norm.length < 2) continue;
    const prevNorm = i > 0 && idx.sent[i - 1] === idx.sent[i] ? toks[i - 1].norm : '';
    const verbBlocked = lex.prepositions.has(prevNorm) || NOUN_CONTEXT.has(prevNorm);
    let best: TriggerMatch | null = null;
    for (const { hit: h, prefix, suffix } of wordHits(lex, t.norm)) {
      let pos: 'verb' | 'noun';
      if (h.kind === 'noun') pos = 'noun';
      else if (verbBlocked) continue;
      else if (h.kind === 'imperf' ? IMPERFECT_PREFIXES.has(prefix) : VERB_PREFIXES.has(prefix)) pos = 'verb';
      else continue;
      if (best && best.entry.priority >= h.entry.priority) continue;
      const withTok = contextOk(h.entry, i, idx, stems);
      if (withTok < 0) continue;
      let start = t.start;
      if (prefix.startsWith('و') || prefix.startsWith('ف')) start = t.start + 1;
      let end = t.end;
      if (h.entry.next && i + 1 < toks.length) end = toks[i + 1].end;
      best = { tok: i, entry: h.entry, pos, kind: h.kind, prefix, suffix, anchor: { start, end }, withTok };
    }
    if (best) out.push(best);
  }
  return out;
}
