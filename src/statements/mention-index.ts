// Which entity mention covers each token, and what the statements layer
// needs to know about each entity: grammatical gender and number (to resolve
// «وأضاف» / «وأضافت» / «وقالوا» to the right antecedent) and whether it is a
// news medium (a relay when it stands after «لـ»: «قال X لوكالة …»).
import { BoundedMemo } from '../util/bounded-memo.js';
import type { Doc } from '../analyze/doc.js';
import { sortedMentions, type MentionHit } from '../analyze/entity-lookup.js';
import type { Entity } from '../model/analysis.js';
import { normalize } from '../text/normalize.js';
import type { WordLists } from './lexicon.js';

export type Gender = 'm' | 'f' | null;
export type GrammaticalNumber = 'sg' | 'pl' | 'nhpl';

export interface EntityInfo {
  entity: Entity;
  gender: Gender;
  number: GrammaticalNumber;
  media: boolean;
  /** the publishing outlet of the document: never a relay */
  outlet: boolean;
}

export interface MentionIndex {
  /** longest mention overlapping token i */
  at: Array<MentionHit | undefined>;
  info: Map<string, EntityInfo>;
  /** normalised publishing outlet, if known */
  outletKey: string | null;
}

function stripProclitics(w: string): string {
  let x = w;
  if (x.length > 3 && (x[0] === 'و' || x[0] === 'ف')) x = x.slice(1);
  if (x.startsWith('لل') && x.length > 4) return x.slice(2);
  if (x.length > 3 && (x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك') && x.slice(1).startsWith('ال')) x = x.slice(1);
  return x;
}

function bare(w: string): string {
  const x = stripProclitics(w);
  return x.startsWith('ال') && x.length > 3 ? x.slice(2) : x;
}

/** What one mention's text says, whatever the doc: worked out once per text (bounded memo per lexicon). */
interface MentionText {
  /** normalised, lower-cased text; null when it has no words */
  text: string | null;
  /** starts with a media head or contains a media name */
  media: boolean;
  /** as a title or description: human plural, non-human plural, feminine or masculine head */
  head: 'pl' | 'nhpl' | 'f' | 'm';
}

const MEMO_MAX = 20_000;
/** Media names as word sequences: a name is found when its words stand together in a mention's words. */
interface NameSet {
  names: Set<string>;
  maxWords: number;
}

const textMemos = new WeakMap<WordLists, { media: NameSet; memo: BoundedMemo<string, MentionText> }>();

/**
 * A mention's words are split at spaces, brackets and quotation marks, so a
 * name holding any of these (or an empty word) can never match; the others
 * match as whole-word sequences.
 */
function nameSet(names: string[]): NameSet {
  const set = new Set<string>();
  let maxWords = 0;
  for (const name of names) {
    const ws = name.split(' ');
    if (ws.some((w) => !w || /[\s()"«»]/.test(w))) continue;
    set.add(name);
    maxWords = Math.max(maxWords, ws.length);
  }
  return { names: set, maxWords };
}

function hasName(ws: string[], media: NameSet): boolean {
  for (let i = 0; i < ws.length; i++) {
    let phrase = ws[i];
    for (let n = 1; n <= media.maxWords && i + n <= ws.length; n++) {
      if (n > 1) phrase += ' ' + ws[i + n - 1];
      if (media.names.has(phrase)) return true;
    }
  }
  return false;
}

function readMention(raw: string, words: WordLists, media: NameSet): MentionText {
  const text = normalize(raw).toLowerCase();
  const ws = text.split(/[\s()"«»]+/).filter(Boolean);
  if (!ws.length) return { text: null, media: false, head: 'm' };
  const first = stripProclitics(ws[0]);
  const isMedia = words.mediaHeads.has(first) || words.mediaHeads.has(ws[0]) || hasName(ws, media);
  let head: MentionText['head'];
  if (words.humanPluralHeads.has(first) || words.humanPluralHeads.has(ws[0])) head = 'pl';
  else if (words.nonHumanPluralHeads.has(first) || words.nonHumanPluralHeads.has(ws[0])) head = 'nhpl';
  else if (/(ون|ين)$/.test(bare(first)) && bare(first).length > 4) head = 'pl';
  else if (/[ةه]$/.test(bare(first)) || bare(first).endsWith('ات')) head = 'f';
  else head = 'm';
  return { text, media: isMedia, head };
}

function mentionText(raw: string, words: WordLists): MentionText {
  let m = textMemos.get(words);
  if (!m) textMemos.set(words, (m = { media: nameSet(words.mediaNames), memo: new BoundedMemo(MEMO_MAX) }));
  let r = m.memo.get(raw);
  if (!r) {
    r = readMention(raw, words, m.media);
    m.memo.set(raw, r);
  }
  return r;
}

export function describe(doc: Doc, e: Entity, words: WordLists, outletKey: string | null): EntityInfo {
  let fem = 0;
  let masc = 0;
  let pl = 0;
  let nhpl = 0;
  let media = false;
  let outlet = false;
  for (const m of e.mentions) {
    const r = mentionText(doc.text.slice(m.start, m.end), words);
    const text = r.text;
    if (text === null) continue;
    if (r.media) media = true;
    if (outletKey && (text.includes(outletKey) || (outletKey.includes(text) && text.length > 2))) outlet = true;
    if (m.kind === 'title' || m.kind === 'nominal') {
      if (r.head === 'pl') pl++;
      else if (r.head === 'nhpl') nhpl++;
      else if (r.head === 'f') fem++;
      else masc++;
    }
  }
  let gender: Gender = null;
  if (fem > masc) gender = 'f';
  else if (masc > fem) gender = 'm';
  else if (e.type === 'GPE' && /[اةه]$/.test(normalize(e.name))) gender = 'f';
  const number: GrammaticalNumber = pl > 0 && pl >= fem + masc ? 'pl' : nhpl > 0 && nhpl >= fem + masc ? 'nhpl' : 'sg';
  return { entity: e, gender, number, media: media && e.type !== 'PER', outlet };
}

export function buildMentionIndex(doc: Doc, words: WordLists): MentionIndex {
  const tokens = doc.tokens;
  const at: Array<MentionHit | undefined> = new Array(tokens.length);
  let t = 0;
  for (const h of sortedMentions(doc)) {
    // tokens are sorted; mentions are sorted by start, so a moving lower bound works
    while (t < tokens.length && tokens[t].end <= h.mention.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < h.mention.end; k++) {
      const cur = at[k];
      if (!cur || h.mention.end - h.mention.start > cur.mention.end - cur.mention.start) at[k] = h;
    }
  }
  const outletKey = doc.meta.outlet ? normalize(doc.meta.outlet).toLowerCase().trim() : null;
  const info = new Map<string, EntityInfo>();
  for (const e of doc.entities) info.set(e.id, describe(doc, e, words, outletKey || null));
  return { at, info, outletKey: outletKey || null };
}

/** Last token index (inclusive) still overlapping the mention that covers token i. */
export function mentionEndToken(doc: Doc, idx: MentionIndex, i: number): number {
  const h = idx.at[i];
  if (!h) return i;
  let k = i;
  while (k + 1 < doc.tokens.length && doc.tokens[k + 1].start < h.mention.end) k++;
  return k;
}

/** First token index overlapping the mention that covers token i. */
export function mentionStartToken(doc: Doc, idx: MentionIndex, i: number): number {
  const h = idx.at[i];
  if (!h) return i;
  let k = i;
  while (k > 0 && doc.tokens[k - 1].end > h.mention.start) k--;
  return k;
}
