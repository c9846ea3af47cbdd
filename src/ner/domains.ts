// Corpus-specific feature copies ("frustratingly easy" domain adaptation,
// Daumé 2007). The four training corpora annotate differently (Wojood keeps
// «مدينة» inside a LOC, AQMAR tags «العرب» as PER and Wikipedia topics as MISC),
// so every feature gets a general copy and a copy private to its corpus: the
// private copies absorb each corpus's conventions and the general weights
// learn what they share. For one target corpus the two copies are summed
// into a single table (mergeDomain), so the shipped model costs nothing extra.
import { mix } from './hash.js';
import { NL, type DenseModel } from './perceptron.js';

/** Corpora in a fixed order; the index is the domain id. */
export const DOMAINS = ['anercorp', 'newsfane', 'aqmar', 'wojood'] as const;
export type Domain = (typeof DOMAINS)[number];

/** XOR mask that moves a general bucket to the domain's private bucket. */
export function domainSalt(domain: number, bits: number): number {
  return mix(0x5eed0000 + domain) & ((1 << bits) - 1);
}

/** Feature ids of a sentence plus the private copy of each for `domain` (offsets doubled accordingly). */
export function augmentIds(ids: Int32Array, offs: Int32Array, domain: number, bits: number): { ids: Int32Array; offs: Int32Array } {
  const salt = domainSalt(domain, bits);
  const out = new Int32Array(ids.length * 2);
  const o2 = new Int32Array(offs.length);
  let k = 0;
  for (let i = 0; i + 1 < offs.length; i++) {
    o2[i] = k;
    for (let j = offs[i]; j < offs[i + 1]; j++) {
      out[k++] = ids[j];
      out[k++] = ids[j] ^ salt;
    }
  }
  o2[offs.length - 1] = k;
  return { ids: out, offs: o2 };
}

/** Weights for tagging text of one domain: general + that domain's private copy, in the general buckets. */
export function mergeDomain(m: DenseModel, domain: number): DenseModel {
  const salt = domainSalt(domain, m.bits);
  const nb = 1 << m.bits;
  const w = new Float32Array(m.w.length);
  for (let b = 0; b < nb; b++) {
    const r = b * NL;
    const s = (b ^ salt) * NL;
    for (let y = 0; y < NL; y++) w[r + y] = m.w[r + y] + m.w[s + y];
  }
  return { bits: m.bits, w, trans: m.trans };
}
