// Averaged structured perceptron (Collins 2002) over hashed features with
// first-order Viterbi decoding. Training keeps dense Float32 weights for
// 2^bits buckets × labels; the averaged weights are what gets saved.
import { LABELS } from './tags.js';
import { viterbi } from './viterbi.js';

export const NL = LABELS.length;

/** One training/decoding instance: hashed features per token (see features.ts). */
export interface Instance {
  ids: Int32Array;
  offs: Int32Array;
  gold?: Uint8Array;
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
  let c = 1;
  let model: DenseModel = { bits: opts.bits, w, trans: tw };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const idx of order) {
      const inst = data[idx];
      const gold = inst.gold!;
      const pred = viterbi(emissions(inst, w), gold.length, tw);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          for (let k = inst.offs[i]; k < inst.offs[i + 1]; k++) {
            const r = inst.ids[k] * NL;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        const gp = i > 0 ? gold[i - 1] : -1;
        const pp = i > 0 ? pred[i - 1] : -1;
        if (g !== p || gp !== pp) {
          tw[(gp + 1) * NL + g] += 1;
          tu[(gp + 1) * NL + g] += c;
          tw[(pp + 1) * NL + p] -= 1;
          tu[(pp + 1) * NL + p] -= c;
        }
      }
      c++;
    }
    model = { bits: opts.bits, w: average(w, u, c), trans: average(tw, tu, c) };
    if (opts.onEpoch?.(epoch, model, errors) === false) break;
  }
  return model;
}

function average(w: Float32Array, u: Float32Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] / c;
  return out;
}
