// First-order Viterbi decoding over the model's BIOES labels, with invalid transitions
// (O → I-X, B-X → O, start → E-X, …) and open entities at the end forbidden, so the
// output is always a valid BIOES sequence.
import { LABELS, transitionAllowed, endAllowed } from './tags.js';

const L = LABELS.length;
/** allowed[(from + 1) * L + to]; row 0 is the sentence start */
const ALLOWED = new Uint8Array((L + 1) * L);
for (let f = -1; f < L; f++) for (let t = 0; t < L; t++) ALLOWED[(f + 1) * L + t] = transitionAllowed(f, t) ? 1 : 0;
const END = Uint8Array.from(LABELS, (_, y) => (endAllowed(y) ? 1 : 0));
/** For each label, the labels that may precede it (BIOES allows 97 of the 289 pairs, so the inner loop reads only those). */
const PRED: Uint8Array[] = LABELS.map((_, y) => Uint8Array.from(LABELS.map((__, p) => p).filter((p) => ALLOWED[(p + 1) * L + y])));

// work buffers, reused across calls (decoding is synchronous); every cell read is written first
let scoreBuf = new Float64Array(256 * L);
let backBuf = new Uint8Array(256 * L);

/**
 * Best label sequence. `emit[i * L + y]` is the score of label y at token i;
 * `trans[(from + 1) * L + to]` the transition score (row 0: from the start).
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Uint8Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? emit[y] + trans[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PRED[y];
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const s = score[prevRow + p] + trans[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  for (let k = 0; k < L; k++) {
    if (END[k] && score[(n - 1) * L + k] > best) {
      best = score[(n - 1) * L + k];
      y = k;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return out;
}
