// Tokenisation of the original text. Tokens are standoff: offsets into the
// original plus a normalised key; nothing in the text is rewritten.
import { normalize, isIgnorable } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'other';

export interface Token {
  start: number;
  end: number;
  /** the original substring */
  text: string;
  /** the normalised matching key (no diacritics, unified alef/yaa, Western digits) */
  norm: string;
  kind: TokenKind;
  /** index of the sentence the token belongs to (set by the sentence stage) */
  sent: number;
}

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

// accents written as combining marks (e + U+0301) stay inside a Latin word
function isLatinMark(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

// letters and digits of other scripts (Cyrillic, CJK…): one token per run, not per character
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

// separators that may stand inside a number: 10,000 · 3.5 · ١٠٬٠٠٠ · ١٢٫٥
function isNumberSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c;
}

function digitRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - i;
}

/** Length of the separator + digits that continue a number at i (0 when the number ends). */
function numberContinuation(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isNumberSeparator(c)) {
    const run = digitRun(text, i + 1);
    return run ? 1 + run : 0;
  }
  // the Arabic comma is a list separator (٢٠١٦،٢٠١٧); only a group of exactly three digits joins
  if (c === 0x060c && digitRun(text, i + 1) === 3) return 4;
  return 0;
}

function isCombining(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640;
}

function isWordInternal(c: number): boolean {
  return isCombining(c) || c === 0x200c || c === 0x200d;
}

// Character classes, one bit each, looked up once per character in the
// tokeniser's loops (built from the predicates above, which define them).
const ARABIC = 1;
const DIGIT = 2;
const LATIN = 4;
const LATIN_MARK = 8;
const SKIP = 16; // white space and characters normalisation drops: belong to no token
const COMBINING = 32;
const WORD_INTERNAL = 64;
const OTHER_WORD = 128; // a letter, digit or mark of another script (code units ≥ 0x80)

const charClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let f = 0;
  if (isArabicLetter(c)) f |= ARABIC;
  if (isDigit(c)) f |= DIGIT;
  if (isLatin(c)) f |= LATIN;
  if (isLatinMark(c)) f |= LATIN_MARK;
  if (isSpace(c) || isIgnorable(c)) f |= SKIP;
  if (isCombining(c)) f |= COMBINING;
  if (isWordInternal(c)) f |= WORD_INTERNAL;
  if (c >= 0x80 && OTHER_WORD_CHAR.test(String.fromCharCode(c))) f |= OTHER_WORD;
  charClass[c] = f;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, norm: normalize(t), kind, sent: -1 };
}

/** Split a text into tokens: Arabic words (with their diacritics), numbers, Latin words, punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = charClass[c];
    // whitespace, and invisible or combining characters outside a word, belong to no token
    if (f & SKIP) {
      i++;
      continue;
    }
    const start = i;
    if (f & ARABIC) {
      i++;
      // diacritics, tatweel and zero-width (non-)joiners stay inside the word
      while (i < n && charClass[text.charCodeAt(i)] & (ARABIC | WORD_INTERNAL)) i++;
      let end = i;
      while (end > start + 1 && !(charClass[text.charCodeAt(end - 1)] & (ARABIC | COMBINING))) end--;
      tokens.push(makeToken(text, start, end, 'word'));
      i = end;
      continue;
    }
    if (f & DIGIT) {
      i++;
      while (i < n) {
        if (charClass[text.charCodeAt(i)] & DIGIT) {
          i++;
          continue;
        }
        const more = numberContinuation(text, i);
        if (!more) break;
        i += more;
      }
      tokens.push(makeToken(text, start, i, 'number'));
      continue;
    }
    if (f & LATIN) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (charClass[d] & (LATIN | DIGIT | LATIN_MARK)) i++;
        // - ' . inside a Latin word when a letter follows: Jean-Marc, O'Neil, U.S.A
        else if ((d === 0x2d || d === 0x27 || d === 0x2e) && i + 1 < n && charClass[text.charCodeAt(i + 1)] & LATIN) i++;
        else break;
      }
      tokens.push(makeToken(text, start, i, 'latin'));
      continue;
    }
    if (f & OTHER_WORD) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0x80 || charClass[d] & (SKIP | ARABIC) || !(charClass[d] & OTHER_WORD)) break;
        i++;
      }
      tokens.push(makeToken(text, start, i, 'other'));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      i += 2; // astral character (emoji…): one token
      tokens.push(makeToken(text, start, i, 'other'));
      continue;
    }
    i++;
    tokens.push(makeToken(text, start, i, isIgnorable(c) ? 'other' : 'punct'));
  }
  return tokens;
}
