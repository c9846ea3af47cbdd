// Sentence splitting over the original text. A sentence ends at . ! ? ؟
// followed by white space, and at every line end (a line is a paragraph in
// news text). It never ends inside a quotation whose marks are balanced
// within the paragraph: an unbalanced mark is ignored, so it cannot swallow
// the rest of the article. Full stops in numbers (3.5), after abbreviations
// (د. · U.S.) and in ellipses (.. … used as a dash in headlines) do not end one.
import { readFileSync } from 'node:fs';
import type { Span } from '../model/analysis.js';
import type { Token } from './tokenize.js';
import { normalize, isIgnorable } from './normalize.js';

/** Longer runs are cut at a space so that later stages never see a pathological sentence. */
export const MAX_SENTENCE_CHARS = 4000;

interface AbbreviationLexicon {
  arabic: string[];
  latin: string[];
}

let abbreviations: Set<string> | undefined;
function abbreviationSet(): Set<string> {
  if (!abbreviations) {
    const lex = JSON.parse(readFileSync(new URL('../lexicon/text-abbreviations.json', import.meta.url), 'utf8')) as AbbreviationLexicon;
    abbreviations = new Set([...lex.arabic.map(normalize), ...lex.latin.map((w) => w.toLowerCase())]);
  }
  return abbreviations;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f || c === 0x3000 || isLineBreak(c) || isIgnorable(c);
}

function isTerminator(c: number): boolean {
  return c === 0x2e /* . */ || c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x061f /* ؟ */ ||
    c === 0x2026 /* … */ || c === 0x06d4 /* ۔ */;
}

// marks that may follow a sentence's final punctuation and still belong to it
function isCloser(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27;
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;

/**
 * The ranges [open, close] of balanced quotations in one paragraph, outermost
 * only. « » pair; “ ” pair (either may close the other, as careless
 * typography uses one for both); a straight " closes an open " or opens one.
 */
export function quotationRanges(text: string, start: number, end: number): Array<[number, number]> {
  const stack: QuoteMark[] = [];
  const ranges: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) stack.push({ mark: c, at: i });
    else if (c === 0xbb) {
      const d = innermost(stack, 0xab, 0xab);
      if (d >= 0) closeQuote(stack, ranges, d, i);
    } else if (c === 0x201c || c === 0x201d) {
      const d = innermost(stack, 0x201c, 0x201d);
      // a curly mark right after an open one of its kind closes it; otherwise opens
      if (d >= 0 && d === stack.length - 1) closeQuote(stack, ranges, d, i);
      else stack.push({ mark: c, at: i });
    } else if (c === 0x22) {
      const d = innermost(stack, 0x22, 0x22);
      if (d >= 0) closeQuote(stack, ranges, d, i);
      // «…المتبادلة". وتدفع»: a closing mark whose opening is in an earlier paragraph is no opening
      else if (!closesOnly(text, i, start, end)) stack.push({ mark: c, at: i });
    }
  }
  return ranges;
}

/** A straight quote glued to the word before it and followed by a space, punctuation or the end: it can only close. */
function closesOnly(text: string, i: number, start: number, end: number): boolean {
  if (i === start || isBlank(text.charCodeAt(i - 1))) return false;
  if (i + 1 >= end) return true;
  const next = text.charCodeAt(i + 1);
  return isBlank(next) || isTerminator(next) || next === 0x2c || next === 0x060c || next === 0x3a || next === 0x061b || next === 0x29;
}

interface QuoteMark {
  mark: number;
  at: number;
}

/** Depth of the innermost open mark that is a or b, or -1. */
function innermost(stack: QuoteMark[], a: number, b: number): number {
  for (let d = stack.length - 1; d >= 0; d--) if (stack[d].mark === a || stack[d].mark === b) return d;
  return -1;
}

function closeQuote(stack: QuoteMark[], ranges: Array<[number, number]>, depth: number, at: number): void {
  const open = stack[depth];
  stack.length = depth; // marks opened inside and never closed are dropped
  if (depth === 0) ranges.push([open.at, at]);
}

/** The word just before position `dot`, normalised (lower-cased for Latin). */
function wordBefore(text: string, from: number, dot: number): string {
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (isBlank(c) || c === 0x28 || c === 0xab || c === 0x22 || c === 0x201c) break;
    i--;
  }
  return normalize(text.slice(i, dot)).toLowerCase();
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  if (word.length === 1 && /\p{L}/u.test(word)) return true; // an initial: د. · J.
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return true; // U.S · ق.م
  return abbreviationSet().has(word);
}

/** Trim blanks from both ends of [start, end); null when nothing with content is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start >= end || !HAS_CONTENT.test(text.slice(start, end))) return null;
  return { start, end };
}

/** Cut a too-long span at the last space before the limit (or hard at the limit). */
function capped(text: string, span: Span, out: Span[]): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !isBlank(text.charCodeAt(cut))) cut--;
    if (cut <= start + MAX_SENTENCE_CHARS / 2) cut = start + MAX_SENTENCE_CHARS;
    const piece = trimmed(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = trimmed(text, start, span.end);
  if (rest) out.push(rest);
}

function emitSentence(text: string, start: number, end: number, out: Span[]): void {
  const s = trimmed(text, start, end);
  if (s) capped(text, s, out);
}

function splitParagraph(text: string, start: number, end: number, out: Span[]): void {
  const quotes = quotationRanges(text, start, end);
  // a closing-looking mark (") that opens the next quotation must not be taken into the sentence
  const opens = quotes.length ? new Set(quotes.map((r) => r[0])) : undefined;
  let q = 0;
  let sentStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) {
      if (q < quotes.length && i === quotes[q][0]) i = quotes[q++][1]; // nothing inside a quotation ends a sentence
      continue;
    }
    let j = i;
    let dots = 0;
    let hard = false;
    while (j < end && isTerminator(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (d === 0x2e) dots++;
      else if (d !== 0x2026) hard = true;
      j++;
    }
    const run = j - i;
    const ellipsis = !hard && (dots >= 2 || text.charCodeAt(i) === 0x2026 || text.charCodeAt(j - 1) === 0x2026);
    const soft = ellipsis || (!hard && run === 1 && isAbbreviation(wordBefore(text, start, i)));
    while (j < end && isCloser(text.charCodeAt(j)) && !opens?.has(j)) j++;
    // a full stop glued to the next word is part of a name or a URL (العربية.نت)
    if (!soft && (j === end || isBlank(text.charCodeAt(j)))) {
      emitSentence(text, sentStart, j, out);
      sentStart = j;
    }
    while (q < quotes.length && quotes[q][0] < j) q++;
    i = j - 1;
  }
  emitSentence(text, sentStart, end, out);
}

/** Sentence spans of `body` (trimmed, in order, non-overlapping, never empty). */
export function splitSentences(text: string, tokens: readonly Token[], body: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const end = Math.min(body.end, text.length);
  let p = Math.max(0, body.start);
  while (p < end) {
    let e = p;
    while (e < end && !isLineBreak(text.charCodeAt(e))) e++;
    if (e > p) splitParagraph(text, p, e, out);
    p = e + 1;
  }
  assignSentences(tokens, out);
  return out;
}

/** Set each token's `sent` to the index of the sentence containing it (-1 outside every sentence). */
export function assignSentences(tokens: readonly Token[], sentences: readonly Span[]): void {
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    t.sent = s < sentences.length && sentences[s].start <= t.start && t.end <= sentences[s].end ? s : -1;
  }
}
