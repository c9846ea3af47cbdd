// Feature extraction for the NER tagger. Each token gets a list of hashed
// feature ids (bucket numbers); the model keeps one weight per (bucket, label).
//
// Arabic names hide behind clitics («وبرلين», «للأمم», «بموسكو»), so besides
// the word itself every token carries its article-stripped stem, its
// proclitic string and all clitic-split stems; neighbours (±2) contribute
// their forms and stems; a gazetteer looks through clitics too.
import { BoundedMemo } from '../util/bounded-memo.js';
import { normalize } from '../text/normalize.js';
import { cliticSplits, type CliticSplit } from '../text/clitics.js';
import { fnv1a, feat1, feat2, feat2Of, pairRight } from './hash.js';
import { gazetteerBits, type Gazetteer } from './gazetteer.js';
import type { Clusters } from './clusters.js';
import { triggerClass } from './triggers.js';

/** Per-word information, independent of context (cached by surface form). */
export interface WordAtoms {
  form: number; // normalised word, digits → 0
  stem: number; // article/preposition-stripped stem
  clitic: number; // the proclitics stripped for `stem` ('' when none)
  shape: number;
  gazExact: number; // gazetteer class bits (not hashed)
  gazStem: number;
  c64: number; // nested word clusters, coarse to fine (hashed; one constant value when unknown)
  c512: number;
  c16: number;
  c4096: number;
  /** how a tagger labelled the word across unlabelled news (corpus-tags.ts; 0 when unknown or never an entity) */
  auto: number;
  trig: number; // trigger-word class bits of the stem (triggers.ts), 0 when none
  /** context-free features of the word itself (bucket ids before masking) */
  own: number[];
  /** the features this word gives its neighbours, by slot (see contextHashes); hashed once per word */
  ctx: Uint32Array;
  /** this word's halves of the two-word features (see pairHalves), computed once per word */
  pair: Int32Array;
}

// template ids; the numbers only need to be distinct and stable across versions
const T = {
  bias: 1, tri: 11, form: 2, stem: 3, clitic: 4, shape: 5, pre: 6, suf: 7, stemBag: 8, gazE: 9, gazS: 10,
  formAt: 20, stemAt: 30, cliticAt: 40, shapeAt: 50, gazAt: 60,
  c64: 12, c512: 13, c16: 15, c4096: 16, c512At: 80, c64At: 90, c4096At: 120, c16At: 130, auto: 17, autoAt: 140, bigramC512: 76, trig: 14, trigAt: 100, trigPair: 110,
  bigramForm: 70, bigramStem: 71, shapePrevForm: 72, shapeNextForm: 73, stemNextForm: 74, prevFormStem: 75,
} as const;

/** Slots of the neighbour features: 4 per slot at ±1, ±2, then NEAR_N more at ±1 only. */
export const CTX_SLOTS = [0, 1, 3, 4];
const NEAR_N = 7;
const ctxIndex = (slot: number) => (slot < 2 ? slot : slot - 1) * 4;
const nearIndex = (slot: number) => 16 + (slot === 1 ? 0 : NEAR_N);

// indices into WordAtoms.pair: first-atom halves as the previous word (P_*) or as the token itself (A_*), then second-atom halves (R_*)
const P_FORM = 0, A_FORM = 1, P_STEM = 2, A_STEM = 3, A_SHAPE_PREV = 4, A_SHAPE_NEXT = 5, A_STEM_NEXT = 6, P_FORM_STEM = 7, P_C512 = 8, A_C512 = 9;
const R_FORM = 10, R_STEM = 11, R_C512 = 12, R_C64 = 13;

/** The word's halves of the two-word features of pairFeatures (feat2 = feat2Of(left half, right half)). */
function pairHalves(a: Omit<WordAtoms, 'ctx' | 'own' | 'pair'>): Int32Array {
  const h = new Int32Array(14);
  h[P_FORM] = feat1(T.bigramForm, a.form);
  h[A_FORM] = feat1(T.bigramForm + 100, a.form);
  h[P_STEM] = feat1(T.bigramStem, a.stem);
  h[A_STEM] = feat1(T.bigramStem + 100, a.stem);
  h[A_SHAPE_PREV] = feat1(T.shapePrevForm, a.shape);
  h[A_SHAPE_NEXT] = feat1(T.shapeNextForm, a.shape);
  h[A_STEM_NEXT] = feat1(T.stemNextForm, a.stem);
  h[P_FORM_STEM] = feat1(T.prevFormStem, a.form);
  h[P_C512] = feat1(T.bigramC512, a.c512);
  h[A_C512] = feat1(T.bigramC512 + 100, a.c512);
  h[R_FORM] = pairRight(a.form);
  h[R_STEM] = pairRight(a.stem);
  h[R_C512] = pairRight(a.c512);
  h[R_C64] = pairRight(a.c64);
  return h;
}

/** feat1(T.trigPair, x) for the trigger pairs x = trig(−1) | trig(−2) << 4 below 256 (others are hashed on the spot). */
const TRIG_PAIR_LEFT = Int32Array.from({ length: 256 }, (_, x) => feat1(T.trigPair, x));

function contextHashes(a: Omit<WordAtoms, 'ctx' | 'own' | 'pair'>): Uint32Array {
  const h = new Uint32Array(16 + 2 * NEAR_N);
  for (const slot of CTX_SLOTS) {
    const o = ctxIndex(slot);
    h[o] = feat1(T.formAt + slot, a.form);
    h[o + 1] = feat1(T.stemAt + slot, a.stem);
    h[o + 2] = feat1(T.c512At + slot, a.c512);
    h[o + 3] = feat1(T.trigAt + slot, a.trig);
    if (slot === 1 || slot === 3) {
      const q = nearIndex(slot);
      h[q] = feat1(T.cliticAt + slot, a.clitic);
      h[q + 1] = feat1(T.shapeAt + slot, a.shape);
      h[q + 2] = feat1(T.gazAt + slot, a.gazExact | (a.gazStem << 5));
      h[q + 3] = feat1(T.c64At + slot, a.c64);
      h[q + 4] = feat1(T.c4096At + slot, a.c4096);
      h[q + 5] = feat1(T.c16At + slot, a.c16);
      h[q + 6] = feat1(T.autoAt + slot, a.auto);
    }
  }
  return h;
}

/** Indices into WordAtoms.ctx of the features a word gives the token at `slot − 2` from it (slot 0, 1, 3, 4), in sentenceFeatures' order. */
export function slotIndices(slot: number): number[] {
  const o = ctxIndex(slot);
  const out = [o, o + 1, o + 2, o + 3];
  if (slot === 1 || slot === 3) {
    const q = nearIndex(slot);
    for (let j = 0; j < NEAR_N; j++) out.push(q + j);
  }
  return out;
}

/** Number of features pairFeatures writes per token. */
export const PAIR_FEATURES = 11;

/**
 * The features of a token that combine two words (bigrams), written at ids[k..k+11):
 * `p2`, `p`, `a`, `nx` are the atoms of the tokens at −2, −1, 0, +1.
 */
/** What pairFeatures reads of a word: what the tagger keeps per cached word form. */
export type PairAtoms = Pick<WordAtoms, 'pair' | 'trig' | 'c64'>;
/** What the tagger keeps of a word's atoms: the two-word features' halves and what stacking reads. */
export type SlimAtoms = PairAtoms & Pick<WordAtoms, 'form' | 'stem'>;

export function pairFeatures(p2: PairAtoms, p: PairAtoms, a: PairAtoms, nx: PairAtoms, mask: number, ids: Int32Array, k: number): void {
  // the same ids as feat2(template, first, second), from halves computed once per word
  const hp = p.pair;
  const ha = a.pair;
  const hn = nx.pair;
  ids[k] = feat2Of(hp[P_FORM], ha[R_FORM]) & mask;
  ids[k + 1] = feat2Of(ha[A_FORM], hn[R_FORM]) & mask;
  ids[k + 2] = feat2Of(hp[P_STEM], ha[R_STEM]) & mask;
  ids[k + 3] = feat2Of(ha[A_STEM], hn[R_STEM]) & mask;
  ids[k + 4] = feat2Of(ha[A_SHAPE_PREV], hp[R_FORM]) & mask;
  ids[k + 5] = feat2Of(ha[A_SHAPE_NEXT], hn[R_FORM]) & mask;
  ids[k + 6] = feat2Of(ha[A_STEM_NEXT], hn[R_FORM]) & mask;
  ids[k + 7] = feat2Of(hp[P_FORM_STEM], ha[R_STEM]) & mask;
  ids[k + 8] = feat2Of(hp[P_C512], ha[R_C512]) & mask;
  ids[k + 9] = feat2Of(ha[A_C512], hn[R_C512]) & mask;
  // a trigger before, with what this word looks like: «الرئيس» + unknown foreign-looking word
  const tp = p.trig | (p2.trig << 4);
  ids[k + 10] = (tp >= 0 && tp < 256 ? feat2Of(TRIG_PAIR_LEFT[tp], ha[R_C64]) : feat2(T.trigPair, tp, a.c64)) & mask;
}

const B = fnv1a('<S>');
const BOUNDARY_FIELDS = { form: B, stem: B, clitic: B, shape: B, gazExact: 0, gazStem: 0, c64: B, c512: B, c16: B, c4096: B, auto: 0, trig: 0 };
/** The atoms of the positions outside a sentence. */
export const BOUNDARY: WordAtoms = { ...BOUNDARY_FIELDS, own: [], ctx: contextHashes(BOUNDARY_FIELDS), pair: pairHalves(BOUNDARY_FIELDS) };
const UNKNOWN_CLUSTER = [-1, -1, -1, -1];
/** features per token from its neighbourhood: 4 × 4 (±1, ±2) + 2 × NEAR_N (±1 only) + 11 bigrams */
const CONTEXT_FEATURES = 16 + 2 * NEAR_N + PAIR_FEATURES;

/** Clusters of a word, looking through clitics when the whole form is not in the table. */
function clusterOf(clusters: Clusters, form: string, stem: string, splits: readonly CliticSplit[]): number[] {
  if (!clusters.size) return UNKNOWN_CLUSTER;
  const direct = clusters.get(form) ?? clusters.get(stem);
  if (direct) return direct;
  for (const s of splits) {
    if (s.suffix) continue;
    const c = clusters.get(s.stem) ?? (s.prefix.endsWith('ال') ? clusters.get('ال' + s.stem) : undefined);
    if (c) return c;
  }
  return UNKNOWN_CLUSTER;
}

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The word's matching form: normalised, edge punctuation stripped («(د» → «د»), digits folded. */
export function wordForm(word: string): string {
  const n = normalize(word).toLowerCase();
  const core = n.replace(EDGE_PUNCT, '');
  return (core || n).replace(/[0-9]/g, '0');
}

/** The stem after the longest article-bearing proclitic («وال», «بال», «لل»), else the word. */
export function mainSplit(form: string, splits: readonly CliticSplit[] = cliticSplits(form)): { clitic: string; stem: string } {
  let best = { clitic: '', stem: form };
  for (const s of splits) {
    if (s.suffix || !s.prefix.endsWith('ال') && !s.prefix.endsWith('لل')) continue;
    if (s.prefix.length > best.clitic.length) best = { clitic: s.prefix, stem: s.stem };
  }
  return best;
}

function shapeOf(form: string): string {
  let k = '';
  if (/[\u0621-\u06ff]/.test(form)) k += 'A';
  if (/[a-z]/.test(form)) k += 'L';
  if (/[0-9]/.test(form)) k += 'D';
  if (/[^\p{L}\p{N}]/u.test(form)) k += 'P';
  const n = form.length;
  return k + (n <= 3 ? n : n <= 5 ? 5 : n <= 8 ? 8 : 9);
}

export function wordAtoms(word: string, gaz: Gazetteer, clusters: Clusters = new Map()): WordAtoms {
  const form = wordForm(word);
  // the clitic analysis is computed once here and shared by every lookup below
  const splits = cliticSplits(form);
  const { clitic, stem } = mainSplit(form, splits);
  const shape = shapeOf(form);
  const g = gazetteerBits(gaz, form, splits);
  const trig = triggerClass(stem);
  const hForm = fnv1a(form);
  const hStem = fnv1a(stem);
  // the order matters: form and stem stay at WORD_SLOTS (word dropout in training)
  const own: number[] = [
    feat1(T.bias, 0),
    feat1(T.form, hForm),
    feat1(T.stem, hStem),
    feat1(T.clitic, fnv1a(clitic)),
    feat1(T.shape, fnv1a(shape)),
  ];
  for (let k = 1; k <= 4 && k < stem.length; k++) {
    own.push(feat1(T.pre + 100 * k, fnv1a(stem.slice(0, k))));
    own.push(feat1(T.suf + 100 * k, fnv1a(stem.slice(-k))));
  }
  // character trigrams of the stem: transliterated foreign names share spelling patterns («وف», «سكي», «يتش»)
  if (stem.length > 3) {
    const padded = '^' + stem + '$';
    for (let k = 0; k + 3 <= padded.length; k++) own.push(feat1(T.tri, fnv1a(padded.slice(k, k + 3))));
  }
  const bag = new Set<string>();
  for (const s of splits) if (s.stem !== form) bag.add(s.stem);
  for (const s of bag) own.push(feat1(T.stemBag, fnv1a(s)));
  if (trig) own.push(feat1(T.trig, trig));
  // columns: clusters 64, 512, 16, 4096, then the corpus label code (clusters.ts); files with fewer columns read the rest as unknown
  const [k64, k512, k16 = -1, k4096 = -1, auto = 0] = clusterOf(clusters, form, stem, splits);
  const c64 = fnv1a('c' + k64);
  const c512 = fnv1a('c' + k512);
  const c16 = fnv1a('c' + k16);
  const c4096 = fnv1a('c' + k4096);
  own.push(feat1(T.c64, c64), feat1(T.c512, c512), feat1(T.c16, c16), feat1(T.c4096, c4096), feat1(T.auto, auto));
  for (let b = 1; b <= 16; b <<= 1) {
    if (g.exact & b) own.push(feat1(T.gazE, b));
    if (g.viaStem & b) own.push(feat1(T.gazS, b));
  }
  const fields = { form: hForm, stem: hStem, clitic: fnv1a(clitic), shape: fnv1a(shape), gazExact: g.exact, gazStem: g.viaStem, c64, c512, c16, c4096, auto, trig };
  return { ...fields, own, ctx: contextHashes(fields), pair: pairHalves(fields) };
}

/** Positions [start, end) among a token's features of those that name the word itself (its form and stem, after the bias). */
export const WORD_SLOTS: readonly [number, number] = [1, 3];

/** The bucket of the bias feature, which every token has (so its O weight shifts every token's O score alike). */
export const biasBucket = (bits: number): number => feat1(T.bias, 0) & ((1 << bits) - 1);

/** Caches WordAtoms by surface form; words repeat heavily in text. */
export class AtomCache {
  private map: BoundedMemo<string, WordAtoms>;
  constructor(private gaz: Gazetteer, private clusters: Clusters = new Map(), limit = 50_000) {
    this.map = new BoundedMemo(limit);
  }
  get(word: string): WordAtoms {
    let a = this.map.get(word);
    if (!a) {
      a = wordAtoms(word, this.gaz, this.clusters);
      this.map.set(word, a);
    }
    return a;
  }
}

/**
 * Features of every token of a sentence, as bucket ids in [0, 2^bits).
 * Returns a flat array and per-token start offsets (length n + 1).
 */
export function sentenceFeatures(words: readonly string[], cache: AtomCache, bits: number): { ids: Int32Array; offs: Int32Array } {
  const n = words.length;
  const atoms = words.map((w) => cache.get(w));
  const at = (i: number) => (i < 0 || i >= n ? BOUNDARY : atoms[i]);
  const mask = (1 << bits) - 1;
  let cap = 0;
  for (const a of atoms) cap += a.own.length + CONTEXT_FEATURES;
  const ids = new Int32Array(cap);
  const offs = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = k;
    const a = atoms[i];
    for (const f of a.own) ids[k++] = f & mask;
    for (const slot of CTX_SLOTS) {
      const h = at(i + slot - 2).ctx;
      const o = ctxIndex(slot);
      for (let j = 0; j < 4; j++) ids[k++] = h[o + j] & mask;
      if (slot === 1 || slot === 3) {
        const q = nearIndex(slot);
        for (let j = 0; j < NEAR_N; j++) ids[k++] = h[q + j] & mask;
      }
    }
    pairFeatures(at(i - 2), at(i - 1), a, at(i + 1), mask, ids, k);
    k += PAIR_FEATURES;
  }
  offs[n] = k;
  return { ids, offs };
}
