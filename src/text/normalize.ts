// Normalisation for matching. The original text is never changed: these
// functions produce matching keys, and `normalizeWithMap` keeps, for every
// character of the key, the offset of the original character it came from.

const DROP = new Set<number>();
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c); // harakat, tanwin, shadda, sukun
DROP.add(0x0670); // superscript alef
for (let c = 0x0610; c <= 0x061a; c++) DROP.add(c); // Quranic signs
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c); // Quranic annotation signs
DROP.add(0x0640); // tatweel
// zero-width and bidi controls: invisible, never part of a word's identity
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x2060]) DROP.add(c);
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);

const MAP = new Map<number, string>([
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'], [0x0672, 'ا'], [0x0673, 'ا'],
  [0x0649, 'ي'], [0x06cc, 'ي'], [0x06d2, 'ي'], // alef maqsura, Persian/Urdu yeh
  [0x06a9, 'ك'], [0x06af, 'ك'], // Persian keheh, gaf
  [0x066b, '.'], [0x066c, ','], [0x060c, ','], [0x061b, ';'], [0x061f, '?'], [0x066a, '%'],
  [0x00a0, ' '], [0x2007, ' '], [0x202f, ' '], [0x2009, ' '], [0x200a, ' '], [0x3000, ' '],
]);
for (let i = 0; i < 10; i++) {
  MAP.set(0x0660 + i, String(i)); // Arabic-Indic digits
  MAP.set(0x06f0 + i, String(i)); // Persian digits
}

/** True for characters that normalisation removes (diacritics, tatweel, invisible controls). */
export function isIgnorable(code: number): boolean {
  return DROP.has(code);
}

/** The normalised form of one character ('' when it is dropped). */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (DROP.has(code)) return '';
  return MAP.get(code) ?? ch;
}

/** Primary matching key: no diacritics/tatweel/controls, unified alef and yaa, Western digits. */
export function normalize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (DROP.has(code)) continue;
    const m = MAP.get(code);
    out += m ?? s[i];
  }
  return out;
}

/** Secondary, looser key: also folds taa marbuta into haa (ة/ه spelling variation). */
export function looseKey(s: string): string {
  return normalize(s).replace(/ة/g, 'ه');
}

export interface NormalizedText {
  /** the normalised string */
  norm: string;
  /** map[i] = offset in the original of norm[i]; map[norm.length] = original length */
  map: Int32Array;
}

/** Normalise a whole text, keeping an offset map back to the original. */
export function normalizeWithMap(s: string): NormalizedText {
  const map = new Int32Array(s.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (DROP.has(code)) continue;
    const m = MAP.get(code);
    out += m ?? s[i];
    map[n++] = i;
  }
  map[n] = s.length;
  return { norm: out, map: map.subarray(0, n + 1) };
}

/** Map a [start, end) range of the normalised string back to the original text. */
export function toOriginal(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = nt.map[start];
  // the end is just past the original character of the last normalised one
  const e = end > start ? nt.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
