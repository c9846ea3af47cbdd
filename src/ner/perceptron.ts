// Averaged structured perceptron (Collins 2002) over hashed features with
// first-order Viterbi decoding, or the same with passive-aggressive PA-I steps.
// Training keeps dense Float32 weights for 2^bits buckets × labels; the averaged
// weights are what gets saved.
import { LABELS } from './tags.js';
import { viterbi } from './viterbi.js';

export const NL = LABELS.length;

/** One training/decoding instance: hashed features per token (see features.ts). */
export interface Instance {
  ids: Int32Array;
  offs: Int32Array;
  gold?: Uint8Array;
  /** PA-I: weight of the emission part of ‖Δφ‖² (0.5 when every feature also has a private copy, domains.ts) */
  normScale?: number;
  /** multiplies this sentence's step (a corpus given less say in the weights; default 1) */
  stepScale?: number;
  /** the feature slots [start, end) of every token that name the word itself (form, stem), for word dropout */
  wordSlots?: [number, number];
}

/** Dense weights: emission w[bucket * NL + label], transitions trans[(from+1) * NL + to]. */
export interface DenseModel {
  bits: number;
  w: Float32Array;
  trans: Float32Array;
}

export function emissions(inst: Instance, w: Float32Array): Float32Array {
  const n = inst.offs.length - 1;
  const e = new Float32Array(n * NL);
  for (let i = 0; i < n; i++) {
    const base = i * NL;
    for (let k = inst.offs[i]; k < inst.offs[i + 1]; k++) {
      const r = inst.ids[k] * NL;
      for (let y = 0; y < NL; y++) e[base + y] += w[r + y];
    }
  }
  return e;
}

export function decodeDense(inst: Instance, m: DenseModel): Uint8Array {
  return viterbi(emissions(inst, m.w), inst.offs.length - 1, m.trans);
}

/** Deterministic PRNG (mulberry32) for reproducible shuffles. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed?: number;
  /**
   * 'perceptron' (default): step 1 on every mistake. 'pa': passive-aggressive PA-I
   * (Crammer et al. 2006) with the Hamming loss of the Viterbi output: the step is
   * just large enough that gold outscores the prediction by its number of wrong
   * tokens, capped at `C`. Averaging is the same for both.
   */
  update?: 'perceptron' | 'pa';
  C?: number;
  /**
   * Feature dropout: each training decode and update sees every feature of a token
   * with probability 1 − dropout (drawn anew each time). Strong features such as the
   * word itself fit the training sentences early and the updates stop, leaving the
   * context features, which are all an unseen name has, undertrained; dropping
   * features now and then keeps those updates coming. 0 (default): no dropout.
   */
  dropout?: number;
  /**
   * Word dropout: with this probability a token loses the features that name the word
   * itself (Instance.wordSlots) for one decode and update, as if it were a word never seen
   * in training. 0 (default): none.
   */
  wordDropout?: number;
  /** called after each epoch with the averaged model so far; returning false stops training */
  onEpoch?: (epoch: number, model: DenseModel, errors: number) => boolean | void;
}

/**
 * Train on instances with gold labels. Averaging uses the usual trick: keep
 * w and u = Σ c·Δ; the average after c steps is w − u/c.
 */
export function trainPerceptron(data: Instance[], opts: TrainOptions): DenseModel {
  const size = (1 << opts.bits) * NL;
  const w = new Float32Array(size);
  const u = new Float32Array(size);
  const tw = new Float32Array((NL + 1) * NL);
  const tu = new Float32Array((NL + 1) * NL);
  const rand = rng(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  const pa = opts.update === 'pa';
  const C = opts.C ?? 1;
  const delta = new Map<number, number>();
  const dropout = opts.dropout ?? 0;
  const wordDropout = opts.wordDropout ?? 0;
  const dropRand = rng((opts.seed ?? 1) + 0x51ed);
  let c = 1;
  let model: DenseModel = { bits: opts.bits, w, trans: tw };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const idx of order) {
      const inst = dropout > 0 || wordDropout > 0 ? dropFeatures(data[idx], dropout, wordDropout, dropRand) : data[idx];
      const gold = inst.gold!;
      const e = emissions(inst, w);
      const pred = viterbi(e, gold.length, tw);
      const step = (pa ? paStep(inst, gold, pred, e, tw, C, delta) : 1) * (inst.stepScale ?? 1);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          for (let k = inst.offs[i]; k < inst.offs[i + 1]; k++) {
            const r = inst.ids[k] * NL;
            w[r + g] += step;
            u[r + g] += c * step;
            w[r + p] -= step;
            u[r + p] -= c * step;
          }
        }
        const gp = i > 0 ? gold[i - 1] : -1;
        const pp = i > 0 ? pred[i - 1] : -1;
        if (g !== p || gp !== pp) {
          tw[(gp + 1) * NL + g] += step;
          tu[(gp + 1) * NL + g] += c * step;
          tw[(pp + 1) * NL + p] -= step;
          tu[(pp + 1) * NL + p] -= c * step;
        }
      }
      c++;
    }
    model = { bits: opts.bits, w: average(w, u, c), trans: average(tw, tu, c) };
    if (opts.onEpoch?.(epoch, model, errors) === false) break;
  }
  return model;
}

/**
 * PA-I step for one sentence: τ = min(C, (loss − margin) / ‖Δφ‖²), where loss is the
 * number of wrong tokens, margin = score(gold) − score(pred) (≤ 0: pred is the argmax)
 * and Δφ = φ(gold) − φ(pred). Δφ is gathered by key, since one bucket (the bias
 * feature, a hash collision) can occur at several wrong tokens and its counts add up
 * before squaring. Emission keys are bucket·NL + label ≥ 0; transition keys −1 − index.
 */
export function paStep(inst: Instance, gold: Uint8Array, pred: Uint8Array, e: Float32Array, tw: Float32Array, C: number, delta: Map<number, number>): number {
  delta.clear();
  let loss = 0;
  let margin = 0;
  const add = (key: number, v: number) => delta.set(key, (delta.get(key) ?? 0) + v);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const p = pred[i];
    if (g !== p) {
      loss++;
      margin += e[i * NL + g] - e[i * NL + p];
      for (let k = inst.offs[i]; k < inst.offs[i + 1]; k++) {
        const r = inst.ids[k] * NL;
        add(r + g, 1);
        add(r + p, -1);
      }
    }
    const gp = i > 0 ? gold[i - 1] : -1;
    const pp = i > 0 ? pred[i - 1] : -1;
    if (g !== p || gp !== pp) {
      const tg = (gp + 1) * NL + g;
      const tp = (pp + 1) * NL + p;
      margin += tw[tg] - tw[tp];
      add(-1 - tg, 1);
      add(-1 - tp, -1);
    }
  }
  if (loss === 0) return 0;
  let norm = 0;
  const es = inst.normScale ?? 1;
  for (const [key, v] of delta) norm += key >= 0 ? es * v * v : v * v;
  return norm > 0 ? Math.min(C, (loss - margin) / norm) : 0;
}

/** A copy of the instance keeping each feature with probability 1 − p, and each token's word features with probability 1 − q. */
function dropFeatures(inst: Instance, p: number, q: number, rand: () => number): Instance {
  const ids = new Int32Array(inst.ids.length);
  const offs = new Int32Array(inst.offs.length);
  const [ws, we] = inst.wordSlots ?? [0, 0];
  let k = 0;
  for (let i = 0; i + 1 < inst.offs.length; i++) {
    offs[i] = k;
    const dropWord = q > 0 && rand() < q;
    for (let j = inst.offs[i]; j < inst.offs[i + 1]; j++) {
      const slot = j - inst.offs[i];
      if (dropWord && slot >= ws && slot < we) continue;
      if (p === 0 || rand() >= p) ids[k++] = inst.ids[j];
    }
  }
  offs[inst.offs.length - 1] = k;
  return { ...inst, ids: ids.subarray(0, k), offs };
}

function average(w: Float32Array, u: Float32Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] / c;
  return out;
}
