// Identity keys shared by every store, so that SQLite and PostgreSQL agree on
// what counts as "the same article", "the same entity" and "the same claim".
import { createHash } from 'node:crypto';
import { normalizeChar } from '../text/normalize.js';
import type { Entity, EntityType } from '../model/analysis.js';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// per UTF-16 unit: -2 unknown yet, -1 separator, 0 dropped, else the folded code
const FOLD = new Int32Array(65536).fill(-2);

function foldCode(c: number): number {
  let f = FOLD[c];
  if (f !== -2) return f;
  const ch = String.fromCharCode(c);
  const n = normalizeChar(ch);
  if (n === '') f = 0;
  else {
    const low = (n === 'ة' ? 'ه' : n).toLowerCase();
    f = low.length === 1 && WORD_CHAR.test(low) ? low.charCodeAt(0) : -1;
  }
  FOLD[c] = f;
  return f;
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

// one word's folded codes; no word is longer (a longer run is cut), and it keeps fromCharCode's argument list small
const WORD = new Uint16Array(4096);

function word(n: number): string {
  return String.fromCharCode.apply(null, WORD.subarray(0, n) as unknown as number[]);
}

/** Letters and digits of the normalised text, lower-cased: the folded form used for hashing. */
export function foldedWords(text: string): string[] {
  // one table-driven pass, no closure or array per call: this runs over every stored text, statement and name
  const words: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f > 0) {
      WORD[n++] = f;
      if (n === WORD.length) {
        words.push(word(n));
        n = 0;
      }
    } else if (f < 0 && n) {
      words.push(word(n));
      n = 0;
    }
  }
  if (n) words.push(word(n));
  return words;
}

/**
 * Hash of the text with diacritics, letter variants, whitespace and punctuation
 * folded away: two copies of one article that differ only in layout, tashkeel
 * or quotation marks share it.
 */
export function textHash(text: string): string {
  return sha1(foldedWords(text).join(' '));
}

/** GPE and LOC are one class for identity: outlets disagree on which a place is. */
function identityType(t: EntityType): string {
  return t === 'LOC' ? 'GPE' : t;
}

/** One real-world referent across articles: the same KB id, else the same normalised name and type. */
export function entityKey(e: Pick<Entity, 'kb' | 'name' | 'type'>): string {
  if (e.kb) return 'kb:' + e.kb;
  return identityType(e.type) + ':' + foldedWords(e.name).join(' ');
}

/** How many leading words of a statement identify the claim (reports often trim the tail). */
export const CLAIM_PREFIX_WORDS = 12;

// conjunctions that outlets add or drop at the start of a reported clause
const LEADING_PARTICLES = new Set(['ان', 'انه', 'انها', 'بان', 'انهم', 'و', 'ف']);

/**
 * The same statement by the same speaker, reported by several outlets: near-identical
 * normalised content. Cheap normalised-prefix hashing: the first words after
 * dropping a leading «أن»-type particle, so a trimmed or re-punctuated report
 * still groups with the original.
 */
export function claimKey(speakerKey: string | null, content: string): string {
  const words = foldedWords(content);
  while (words.length > 1 && LEADING_PARTICLES.has(words[0])) words.shift();
  return sha1((speakerKey ?? '-') + '|' + words.slice(0, CLAIM_PREFIX_WORDS).join(' '));
}
