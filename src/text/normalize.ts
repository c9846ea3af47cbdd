// Normalisation for matching. The original text is never changed: these
// functions produce matching keys, and `normalizeWithMap` keeps, for every
// character of the key, the offset of the original character it came from.
//
// The rules live in one per-code-unit table (built once) so that the hot
// loops are a typed-array lookup, and unchanged runs of text are copied with
// one slice instead of character by character.

const KEEP = 0;
const DROP = 1;
const REPLACE = 2;

const action = new Uint8Array(0x10000);
const replacement = new Map<number, string>();

function drop(from: number, to = from): void {
  for (let c = from; c <= to; c++) action[c] = DROP;
}
function replace(code: number, by: string): void {
  action[code] = REPLACE;
  replacement.set(code, by);
}

drop(0x064b, 0x065f); // harakat, tanwin, shadda, sukun, hamza above/below marks
drop(0x0670); // superscript alef
drop(0x0610, 0x061a); // Quranic signs
drop(0x06d6, 0x06ed); // Quranic annotation signs
drop(0x08d3, 0x08ff); // extended Arabic marks
drop(0x0640); // tatweel
// zero-width and bidi controls, soft hyphen: invisible, never part of a word's identity
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x2060, 0x00ad, 0x034f]) drop(c);
drop(0x202a, 0x202e);
drop(0x2066, 0x2069);

for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]) replace(c, 'ا'); // alef forms
for (const c of [0x0649, 0x06cc, 0x06d2]) replace(c, 'ي'); // alef maqsura, Persian/Urdu yeh
for (const c of [0x06a9, 0x06af]) replace(c, 'ك'); // Persian keheh, gaf
replace(0x066b, '.'); // Arabic decimal separator
replace(0x066c, ','); // Arabic thousands separator
replace(0x060c, ','); // Arabic comma
replace(0x061b, ';'); // Arabic semicolon
replace(0x061f, '?'); // Arabic question mark
replace(0x066a, '%'); // Arabic percent sign
replace(0x06d4, '.'); // Urdu full stop
for (const c of [0x00a0, 0x2007, 0x202f, 0x2009, 0x200a, 0x3000]) replace(c, ' '); // odd spaces
for (let i = 0; i < 10; i++) {
  replace(0x0660 + i, String(i)); // Arabic-Indic digits
  replace(0x06f0 + i, String(i)); // Persian digits
}

/** Normalise with the base rules only (used to fold presentation forms below). */
function baseNormalize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const a = action[c];
    if (a === DROP) continue;
    out += a === REPLACE ? replacement.get(c)! : s[i];
  }
  return out;
}

// Arabic presentation forms (old PDFs, copy-paste from shaped text) fold to
// the base letters through NFKC; isolated-harakat forms fold to nothing.
for (const [from, to] of [[0xfb50, 0xfdff], [0xfe70, 0xfefc]]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const nfkc = ch.normalize('NFKC');
    if (nfkc === ch) continue;
    const folded = baseNormalize(nfkc).trim();
    if (folded) replace(c, folded);
    else drop(c);
  }
}

/** True for characters that normalisation removes (diacritics, tatweel, invisible controls). */
export function isIgnorable(code: number): boolean {
  return code < 0x10000 && action[code] === DROP;
}

/** The normalised form of one character ('' when it is dropped). */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const a = action[code];
  if (a === DROP) return '';
  return a === REPLACE ? replacement.get(code)! : ch;
}

/** Primary matching key: no diacritics/tatweel/controls, unified alef and yaa, Western digits. */
export function normalize(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && action[s.charCodeAt(i)] === KEEP) i++;
  if (i === n) return s; // fast path: nothing to change
  let out = s.slice(0, i);
  let run = i; // start of the pending unchanged run
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const a = action[c];
    if (a === KEEP) continue;
    if (run < i) out += s.slice(run, i);
    if (a === REPLACE) out += replacement.get(c)!;
    run = i + 1;
  }
  if (run < n) out += s.slice(run);
  return out;
}

/** Secondary, looser key: also folds taa marbuta into haa (ة/ه spelling variation). */
export function looseKey(s: string): string {
  const k = normalize(s);
  return k.indexOf('ة') === -1 ? k : k.replace(/ة/g, 'ه');
}

export interface NormalizedText {
  /** the normalised string */
  norm: string;
  /** map[i] = offset in the original of norm[i]; map[norm.length] = original length */
  map: Int32Array;
}

/** Normalise a whole text, keeping an offset map back to the original. */
export function normalizeWithMap(s: string): NormalizedText {
  const n = s.length;
  // a replacement may be longer than one unit (presentation-form ligatures)
  let map = new Int32Array(n + 1);
  const parts: string[] = [];
  let run = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const a = action[c];
    if (a === KEEP) {
      map[k++] = i;
      continue;
    }
    if (run < i) parts.push(s.slice(run, i));
    run = i + 1;
    if (a === REPLACE) {
      const r = replacement.get(c)!;
      parts.push(r);
      // keep room for this replacement, the rest of the text and the end entry
      if (map.length - k < n - i + r.length) {
        const bigger = new Int32Array(Math.max(map.length * 2, k + n - i + r.length + 1));
        bigger.set(map);
        map = bigger;
      }
      for (let j = 0; j < r.length; j++) map[k++] = i;
    }
  }
  if (run < n) parts.push(s.slice(run));
  map[k] = n;
  return { norm: parts.join(''), map: map.subarray(0, k + 1) };
}

/** Map a [start, end) range of the normalised string back to the original text. */
export function toOriginal(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = nt.map[start];
  // the end is just past the original character of the last normalised one
  const e = end > start ? nt.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
