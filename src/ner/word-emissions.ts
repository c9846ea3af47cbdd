// Emission sums of the base features, computed per word form instead of per token.
// Almost every base feature (features.ts) depends on one word only: the word's own
// features, and the features it gives the tokens one and two positions away. So per
// word form we add up, once, the weight rows of each group (own, and one group per
// neighbour slot) and cache the five vectors; a token's sum is then five cached
// vectors plus the eleven two-word features (pairFeatures). The sums are integers
// (Int16 weights), so regrouping them leaves them, and the tags, exactly as before.
import { BoundedMemo } from '../util/bounded-memo.js';
import { BOUNDARY, CTX_SLOTS, PAIR_FEATURES, pairFeatures, slotIndices, type AtomCache, type SlimAtoms, type WordAtoms } from './features.js';

/**
 * Where the weights of a bucket are: `table[base .. base + W)` with base = rowOf[b] × stride
 * (sparse; no weights when rowOf[b] < 0), or b × stride when rowOf is null (dense).
 */
export interface WeightRows {
  table: Int16Array;
  rowOf: Int32Array | null;
  stride: number;
  /**
   * One bit per bucket, set where the file has weights: 256 KB for 2^21 buckets, so it stays in
   * the CPU cache and most two-word features (rare pairs, pruned from the file) cost no
   * random access into the big table at all.
   */
  present: Uint32Array;
}

/** The `present` bitmap of a sparse model's rowOf. */
export function presentBits(rowOf: Int32Array): Uint32Array {
  const bits = new Uint32Array(Math.ceil(rowOf.length / 32));
  for (let b = 0; b < rowOf.length; b++) if (rowOf[b] >= 0) bits[b >>> 5] |= 1 << (b & 31);
  return bits;
}

/** Whether bucket b has weights. */
export const hasRow = (present: Uint32Array, b: number): boolean => ((present[b >>> 5] >>> (b & 31)) & 1) === 1;

interface Entry {
  /** only what the two-word features need: the full atoms stay in the (smaller) AtomCache */
  a: SlimAtoms;
  /** W sums per group: own, then the slots −2, −1, +1, +2 (what this word gives the token at that distance from it, reversed) */
  v: Int32Array;
}

const SLOT_INDICES = CTX_SLOTS.map(slotIndices);

export class WordEmissions {
  private map: BoundedMemo<string, Entry>;
  private readonly boundary: Entry;
  private readonly mask: number;
  private readonly pair = new Int32Array(PAIR_FEATURES);

  /** W: the number of weights summed per bucket (labels × passes used). */
  constructor(
    private atoms: AtomCache,
    private rows: WeightRows,
    private W: number,
    bits: number,
    limit = 120_000,
  ) {
    this.mask = (1 << bits) - 1;
    this.map = new BoundedMemo(limit);
    this.boundary = this.build(BOUNDARY);
  }

  private add(sums: Int32Array, o: number, bucket: number): void {
    const { table, rowOf, stride, present } = this.rows;
    if (!hasRow(present, bucket)) return;
    let base: number;
    if (rowOf) {
      const r = rowOf[bucket];
      if (r < 0) return;
      base = r * stride;
    } else base = bucket * stride;
    const W = this.W;
    for (let y = 0; y < W; y++) sums[o + y] += table[base + y];
  }

  private build(a: WordAtoms): Entry {
    const W = this.W;
    const mask = this.mask;
    const v = new Int32Array(5 * W);
    for (const f of a.own) this.add(v, 0, f & mask);
    for (let s = 0; s < 4; s++) for (const q of SLOT_INDICES[s]) this.add(v, (s + 1) * W, a.ctx[q] & mask);
    return { a: { pair: a.pair, trig: a.trig, c64: a.c64, form: a.form, stem: a.stem }, v };
  }

  private entry(word: string): Entry {
    let e = this.map.get(word);
    if (!e) {
      e = this.build(this.atoms.get(word));
      this.map.set(word, e);
    }
    return e;
  }

  /**
   * Raw emission sums of a sentence: token i, weight y at [i × W + y]. `atomsOut`, when
   * given, receives each token's kept atoms (for the stacked features, without a second lookup).
   */
  sums(words: readonly string[], atomsOut?: SlimAtoms[]): Int32Array {
    const n = words.length;
    const W = this.W;
    const ents: Entry[] = new Array(n);
    for (let i = 0; i < n; i++) ents[i] = this.entry(words[i]);
    if (atomsOut) for (let i = 0; i < n; i++) atomsOut.push(ents[i].a);
    const bd = this.boundary;
    const at = (i: number) => (i < 0 || i >= n ? bd : ents[i]);
    const sums = new Int32Array(n * W);
    const pair = this.pair;
    const mask = this.mask;
    const { table, rowOf, stride, present } = this.rows;
    for (let i = 0; i < n; i++) {
      const o = i * W;
      const em2 = at(i - 2);
      const em1 = at(i - 1);
      const e = ents[i];
      const ep1 = at(i + 1);
      const own = e.v;
      const m2 = em2.v;
      const m1 = em1.v;
      const p1 = ep1.v;
      const p2 = at(i + 2).v;
      for (let y = 0; y < W; y++) sums[o + y] = own[y] + m2[W + y] + m1[2 * W + y] + p1[3 * W + y] + p2[4 * W + y];
      pairFeatures(em2.a, em1.a, e.a, ep1.a, mask, pair, 0);
      // this.add inlined: most pairs are rare and pruned from the file, so the bitmap test comes first
      for (let k = 0; k < PAIR_FEATURES; k++) {
        const b = pair[k];
        if (((present[b >>> 5] >>> (b & 31)) & 1) === 0) continue;
        let base = b * stride;
        if (rowOf) {
          const r = rowOf[b];
          if (r < 0) continue;
          base = r * stride;
        }
        for (let y = 0; y < W; y++) sums[o + y] += table[base + y];
      }
    }
    return sums;
  }
}
