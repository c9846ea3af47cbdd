// What the time matchers share: the token view of one text, the reference
// date, and small helpers (clitic-aware word tests, tense cues).
import type { TimeKind } from '../model/analysis.js';
import type { Token } from './tokenize.js';
import type { NumberLexicon } from './num-lexicon.js';
import type { TimeLexicon } from './time-lexicon.js';
import { offsetAfter, peel, type Peel } from './num-phrases.js';
import { toDays, type Direction, type YMD } from './time-calendar.js';

export interface TimeScan {
  tokens: Token[];
  keys: string[];
  text: string;
  lex: TimeLexicon;
  nlex: NumberLexicon;
  /** the reference (publication) date, null when unknown */
  ref: YMD | null;
  refDays: number;
}

/** A time expression found at some tokens; `value` null when it cannot be resolved (it still consumes its tokens). */
export interface TimeMatch {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  kind: TimeKind;
  value: string | null;
}

export function makeScan(tokens: Token[], keys: string[], text: string, lex: TimeLexicon, nlex: NumberLexicon, ref: YMD | null): TimeScan {
  return { tokens, keys, text, lex, nlex, ref, refDays: ref ? toDays(ref) : 0 };
}

export function isWord(s: TimeScan, i: number): boolean {
  return i >= 0 && i < s.tokens.length && s.tokens[i].kind === 'word';
}

/** The first clitic split of token i whose stem is in `set`. */
export function peelIn(s: TimeScan, i: number, set: { has(k: string): boolean }): Peel | null {
  if (!isWord(s, i)) return null;
  for (const p of peel(s.keys[i])) if (set.has(p.stem)) return p;
  return null;
}

/** Start offset of token i after `pre` proclitics. */
export function startAfter(s: TimeScan, i: number, pre: string): number {
  return offsetAfter(s.tokens[i], pre.length);
}

export function match(s: TimeScan, startTok: number, endTok: number, pre: string, kind: TimeKind, value: string | null): TimeMatch {
  return { startTok, endTok, start: startAfter(s, startTok, pre), end: s.tokens[endTok - 1].end, kind, value };
}

/** Direction given by a modifier word at token i (الماضي, المقبل, الجاري), or null. */
export function modifierAt(s: TimeScan, i: number): Direction | null {
  if (!isWord(s, i)) return null;
  const k = s.keys[i];
  if (s.lex.pastMods.has(k)) return 'last';
  if (s.lex.futureMods.has(k)) return 'next';
  if (s.lex.currentMods.has(k)) return 'current';
  return null;
}

const CLAUSE_BREAK = new Set(['.', '!', '?', '؟', ':', '"', '«', '»', '\n', ';', '؛', '(', ')']);

// a future verb: سيستأنف، ستعقد، سنواصل (not سيطرة، سياسة)
function isFutureVerb(s: TimeScan, key: string): boolean {
  let k = key;
  if ((k[0] === 'و' || k[0] === 'ف') && k.length > 5) k = k.slice(1);
  if (k.length < 5 || k[0] !== 'س' || !'يتن'.includes(k[1])) return false;
  if (s.lex.notFutureS.has(k)) return false;
  return !/^(سيطر|سياس|سيار|سيد|سيول|سينا|سياح|سياق|سيف|سير|سنو|سنه|سنين|ستين|ستون|سته|ستار|سنت)/.test(k);
}

/** True when the clause before token i speaks of the future (سيستأنف العمل الاثنين, من المقرر أن…). */
export function futureContext(s: TimeScan, i: number, lookback = 6): boolean {
  for (let k = i - 1; k >= Math.max(0, i - lookback); k--) {
    const t = s.tokens[k];
    if (t.kind === 'punct' && CLAUSE_BREAK.has(t.text)) return false;
    if (t.kind !== 'word') continue;
    const key = s.keys[k];
    if (s.lex.futureCues.has(key) || isFutureVerb(s, key)) return true;
    for (const p of peel(key)) if (p.pre && s.lex.futureCues.has(p.stem)) return true;
  }
  return false;
}

/** Index of the next token after i skipping one punctuation token among `allowed`. */
export function skipPunct(s: TimeScan, i: number, allowed: string[]): number {
  const t = s.tokens[i];
  if (t && t.kind === 'punct' && allowed.includes(t.text)) return i + 1;
  return i;
}
