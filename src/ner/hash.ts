// Feature hashing: strings → 32-bit FNV-1a, combined with template ids through
// a murmur3 finaliser, so features never need to be built as strings.

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 fmix32: spreads the bits of a combined key. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of (template, one atom). */
export function feat1(template: number, a: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Hash of (template, two atoms), order-sensitive. */
export function feat2(template: number, a: number, b: number): number {
  return mix((feat1(template, a) + Math.imul(b, 0x27d4eb2d)) | 0);
}

/** feat2 from its two halves, when they are computed once per word: left = feat1(template, a), right = pairRight(b). */
export const feat2Of = (left: number, right: number): number => mix((left + right) | 0);

/** The second atom's half of feat2. */
export const pairRight = (b: number): number => Math.imul(b, 0x27d4eb2d);
