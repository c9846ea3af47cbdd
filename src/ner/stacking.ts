// Second-pass (stacked) features: what a first-pass tagger said about the
// same word elsewhere in the document, and about this token's neighbours.
// A name is usually tagged right in some of its mentions («الأهلي» after
// «نادي»), and the second pass carries that over to the others
// (Krishnan & Manning 2006 style non-local consistency).
//
// "Document" = a window of ±WINDOW sentences around the sentence, so that
// corpora without document boundaries (ANERcorp, NewsFANE) work the same way
// as a real article.
import { feat1, feat2 } from './hash.js';
import type { AtomCache, WordAtoms } from './features.js';
import { NL } from './perceptron.js';
import { IOB_LABELS, IOB_OF_LABEL } from './tags.js';

/** The document summaries count IOB labels (a one-word and a longer name of one type alike). */
const NI = IOB_LABELS.length;

export const WINDOW = 20;

const S = { own: 201, prev: 202, next: 203, prevOwn: 204, ownNext: 205, docForm: 206, docStem: 207, docFormOwn: 208, docStemOwn: 209, prev2: 210, next2: 211, docPrev: 212, docNext: 213, docPair: 214 } as const;

type Counts = Map<number, Int32Array>;

function bump(m: Counts, key: number, label: number, d: number): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Int32Array(NI)));
  c[label] += d;
}

/**
 * Summary of how the other mentions of a word were tagged: the most frequent
 * entity label, and how many of the mentions carried an entity label at all
 * (none / some / most / all), as one small integer. 0 = word not seen elsewhere.
 */
function summary(c: Int32Array | undefined, ownLabel: number): number {
  if (!c) return 0;
  let total = 0;
  let ent = 0;
  let best = 0;
  let bestN = 0;
  for (let y = 0; y < NI; y++) {
    const n = c[y] - (y === ownLabel ? 1 : 0);
    total += n;
    if (y > 0) {
      ent += n;
      if (n > bestN) {
        bestN = n;
        best = y;
      }
    }
  }
  if (total <= 0) return 0;
  const share = ent === 0 ? 0 : ent === total ? 3 : 2 * ent >= total ? 2 : 1;
  // entity type matters more than B/I; keep both: label index (0..8) × 4 shares
  return 1 + best * 4 + share + (total >= 3 ? 64 : 0);
}

/** What the stacked features read of a word. */
export type FormStem = Pick<WordAtoms, 'form' | 'stem'>;

/**
 * Stacked feature ids for each sentence of a document, given the first pass's
 * labels. `sentences[j]` are the words of sentence j, `first[j]` their labels;
 * `atomsOf` gives the words' atoms: a cache, or (the tagger) the atoms of every
 * token already looked up, sentence by sentence.
 * Returns, per sentence, flat ids and per-token offsets (as sentenceFeatures).
 */
export function stackedFeatures(
  sentences: readonly (readonly string[])[],
  first: readonly Uint8Array[],
  atomsOf: AtomCache | readonly (readonly FormStem[])[],
  bits: number,
  window = WINDOW,
): Array<{ ids: Int32Array; offs: Int32Array }> {
  const mask = (1 << bits) - 1;
  const atoms: readonly (readonly FormStem[])[] = Array.isArray(atomsOf) ? atomsOf : sentences.map((s) => s.map((w) => (atomsOf as AtomCache).get(w)));
  const byForm: Counts = new Map();
  const byStem: Counts = new Map();
  const add = (j: number, d: number) => {
    const a = atoms[j];
    const l = first[j];
    for (let i = 0; i < a.length; i++) {
      const y = IOB_OF_LABEL[l[i]];
      bump(byForm, a[i].form, y, d);
      bump(byStem, a[i].stem, y, d);
    }
  };
  const out: Array<{ ids: Int32Array; offs: Int32Array }> = [];
  let lo = 0; // window is [lo, hi)
  let hi = 0;
  const PER_TOKEN = 14;
  for (let j = 0; j < sentences.length; j++) {
    while (hi < sentences.length && hi <= j + window) add(hi++, 1);
    while (lo < j - window) add(lo++, -1);
    const a = atoms[j];
    const l = first[j];
    const n = a.length;
    const ids = new Int32Array(n * PER_TOKEN);
    const offs = new Int32Array(n + 1);
    let k = 0;
    // summaries first, so that neighbours can read each other's
    const sfs = new Int32Array(n);
    for (let i = 0; i < n; i++) sfs[i] = summary(byForm.get(a[i].form), IOB_OF_LABEL[l[i]]);
    for (let i = 0; i < n; i++) {
      offs[i] = k;
      const own = l[i];
      const prev = i > 0 ? l[i - 1] : NL;
      const next = i + 1 < n ? l[i + 1] : NL;
      const prev2 = i > 1 ? l[i - 2] : NL;
      const next2 = i + 2 < n ? l[i + 2] : NL;
      const sf = sfs[i];
      // how the neighbours were tagged elsewhere: a first name before a surname known from the document
      const sfPrev = i > 0 ? sfs[i - 1] : -1;
      const sfNext = i + 1 < n ? sfs[i + 1] : -1;
      const ss = summary(byStem.get(a[i].stem), IOB_OF_LABEL[own]);
      ids[k++] = feat1(S.own, own) & mask;
      ids[k++] = feat1(S.prev, prev) & mask;
      ids[k++] = feat1(S.next, next) & mask;
      ids[k++] = feat1(S.prev2, prev2) & mask;
      ids[k++] = feat1(S.next2, next2) & mask;
      ids[k++] = feat2(S.prevOwn, prev, own) & mask;
      ids[k++] = feat2(S.ownNext, own, next) & mask;
      ids[k++] = feat1(S.docForm, sf) & mask;
      ids[k++] = feat1(S.docStem, ss) & mask;
      ids[k++] = feat2(S.docFormOwn, sf, own) & mask;
      ids[k++] = feat2(S.docStemOwn, ss, own) & mask;
      ids[k++] = feat1(S.docPrev, sfPrev) & mask;
      ids[k++] = feat1(S.docNext, sfNext) & mask;
      ids[k++] = feat2(S.docPair, sf, (sfPrev + 1) * 256 + sfNext + 1) & mask;
    }
    offs[n] = k;
    out.push({ ids, offs });
  }
  return out;
}

/** Base features followed by stacked features, token by token. */
export function concatFeatures(a: { ids: Int32Array; offs: Int32Array }, b: { ids: Int32Array; offs: Int32Array }): { ids: Int32Array; offs: Int32Array } {
  const n = a.offs.length - 1;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const offs = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = k;
    ids.set(a.ids.subarray(a.offs[i], a.offs[i + 1]), k);
    k += a.offs[i + 1] - a.offs[i];
    ids.set(b.ids.subarray(b.offs[i], b.offs[i + 1]), k);
    k += b.offs[i + 1] - b.offs[i];
  }
  offs[n] = k;
  return { ids, offs };
}
