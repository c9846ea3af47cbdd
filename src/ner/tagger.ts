// Runtime API of the learned NER tagger:
//   const tagger = loadTagger();                    // cached per path
//   tagger.tag(['قال', 'لافروف', ...])              // → ['O', 'B-PER', ...]
//   tagger.tagDocument([[...], [...]])              // one tag list per sentence
// Input: the surface tokens of one sentence (pipeline tokens), or of every
// sentence of one article. Output: IOB tags over PER, ORG, LOC (GPE and LOC
// together, see tags.ts) and MISC. tagDocument is the better call for an
// article: the second pass sees how the same word was tagged in the other
// sentences (stacking.ts); tag() treats its sentence as a one-sentence document.
import { fileURLToPath } from 'node:url';
import { readModelFile, type SparseModel } from './model-file.js';
import { parseGazetteer } from './gazetteer.js';
import { parseClusters } from './clusters.js';
import { AtomCache, type SlimAtoms } from './features.js';
import { WordEmissions, hasRow, presentBits, type WeightRows } from './word-emissions.js';
import { stackedFeatures } from './stacking.js';
import { LABELS, iobTags } from './tags.js';
import { viterbi } from './viterbi.js';

export const DEFAULT_MODEL_URL = new URL('../../data/models/ner.bin', import.meta.url);

/** Sentences longer than this are tagged in chunks (features only look ±2 tokens away). */
const MAX_CHUNK = 1000;

export interface Tagger {
  /** IOB tags, one per word, for the words of one sentence. */
  tag(words: readonly string[]): string[];
  /** IOB tags for every sentence of one document (an article), in order. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  readonly info: Record<string, unknown>;
}

type Feats = { ids: Int32Array; offs: Int32Array };

/**
 * Largest dense table worth its memory. Two passes of 17 BIOES labels over 2^21 buckets
 * take 142 MB (the first pass alone 71 MB); looking rows up sparsely (bucket → row) made
 * the pipeline 10–15% slower, and analysis threads share one dense copy (shareDenseTable).
 */
const MAX_DENSE_BYTES = 150e6;

/**
 * The weights laid out densely by bucket (zeros where the file has none):
 * one memory access per feature instead of two (bucket → row → weights).
 */
function denseWeights(m: SparseModel, W: number, into?: Int16Array): Int16Array {
  const nb = 1 << m.header.bits;
  const dense = into ?? new Int16Array(nb * W);
  for (let b = 0; b < nb; b++) {
    const r = m.rowOf[b];
    if (r >= 0) dense.set(m.weights.subarray(r * m.stride, r * m.stride + W), b * W);
  }
  return dense;
}

/** Scaled emissions of pass `p` (sums laid out with stride W), after adding `extra` features (the stacked ones) from `rows`. */
function passEmissions(rows: WeightRows, scale: number, n: number, sums: Int32Array, W: number, p: number, extra?: Feats): Float32Array {
  const L = LABELS.length;
  const { table, rowOf, stride, present } = rows;
  const e = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const o = i * W + p * L;
    if (extra) {
      for (let k = extra.offs[i]; k < extra.offs[i + 1]; k++) {
        const b = extra.ids[k];
        if (!hasRow(present, b)) continue;
        let base = b * stride;
        if (rowOf) {
          const r = rowOf[b];
          if (r < 0) continue;
          base = r * stride;
        }
        base += p * L;
        for (let y = 0; y < L; y++) sums[o + y] += table[base + y];
      }
    }
    for (let y = 0; y < L; y++) e[i * L + y] = sums[o + y] * scale;
  }
  return e;
}

/** Split over-long sentences; each chunk is decoded alone (Viterbi never opens one with I-, so joined tags stay valid IOB). */
function chunks(sentences: readonly (readonly string[])[]): { parts: string[][]; owner: number[] } {
  const parts: string[][] = [];
  const owner: number[] = [];
  sentences.forEach((s, j) => {
    const clean = (Array.isArray(s) ? s : []).map((w) => (typeof w === 'string' ? w : String(w ?? '')));
    if (clean.length <= MAX_CHUNK) {
      parts.push(clean);
      owner.push(j);
    } else {
      for (let i = 0; i < clean.length; i += MAX_CHUNK) {
        parts.push(clean.slice(i, i + MAX_CHUNK));
        owner.push(j);
      }
    }
  });
  return { parts, owner };
}

export interface TaggerOptions {
  /**
   * Tag with the first pass only: about twice as fast, without the document
   * features (about 1 point of F1 less on the held-out news, see README).
   */
  firstPassOnly?: boolean;
  /** expand the weights to a dense table (default: when it takes ≤ MAX_DENSE_BYTES) */
  dense?: boolean;
  /** an already expanded dense table of this model (e.g. in memory shared between threads) */
  denseTable?: Int16Array;
}

/** Width of a tagger's weight rows: both passes' labels, or the first pass's. */
const rowWidth = (model: SparseModel, opts: TaggerOptions): number =>
  model.header.passes >= 2 && !opts.firstPassOnly ? model.stride : LABELS.length;

/** Whether the tagger expands its weights into a dense table (`opts.dense`, else when it takes ≤ MAX_DENSE_BYTES). */
const usesDense = (model: SparseModel, W: number, opts: TaggerOptions): boolean => opts.dense ?? (1 << model.header.bits) * W * 2 <= MAX_DENSE_BYTES;

export function createTagger(model: SparseModel, opts: TaggerOptions = {}): Tagger {
  // the full atoms are only needed while a new form's emission sums are built (word-emissions.ts
  // keeps what it needs of them), so their own memo stays small
  const cache = new AtomCache(parseGazetteer(model.gazetteerTsv), parseClusters(model.clustersTsv), 4096);
  const { bits } = model.header;
  const twoPass = model.header.passes >= 2 && !opts.firstPassOnly;
  const W = rowWidth(model, opts);
  if (opts.denseTable && opts.denseTable.length !== (1 << bits) * W) throw new Error('createTagger: the dense table does not fit this model');
  const dense = opts.denseTable ?? (usesDense(model, W, opts) ? denseWeights(model, W) : null);
  // per-word sums of the base features (word-emissions.ts); the two-word and stacked features are added per token
  const present = presentBits(model.rowOf);
  const rows: WeightRows = dense ? { table: dense, rowOf: null, stride: W, present } : { table: model.weights, rowOf: model.rowOf, stride: model.stride, present };
  const emissions = new WordEmissions(cache, rows, W, bits);
  const { scales } = model.header;
  // the closures below must not hold `model`: with a dense table its sparse rows (tens of MB) can go
  const trans = model.trans;
  const info = { ...(model.header.info ?? {}), bits, passes: twoPass ? 2 : 1, rows: model.header.rows };
  const tagDocument = (input: readonly (readonly string[])[]): string[][] => {
    const sentences = Array.isArray(input) ? input : [];
    const { parts, owner } = chunks(sentences);
    const atoms = parts.map(() => [] as SlimAtoms[]);
    const sums = parts.map((w, j) => emissions.sums(w, atoms[j]));
    let labels = sums.map((s, j) => viterbi(passEmissions(rows, scales[0], parts[j].length, s, W, 0), parts[j].length, trans[0]));
    if (twoPass) {
      const stacked = stackedFeatures(parts, labels, atoms, bits);
      labels = sums.map((s, j) => viterbi(passEmissions(rows, scales[1], parts[j].length, s, W, 1, stacked[j]), parts[j].length, trans[1]));
    }
    const out: string[][] = sentences.map(() => []);
    labels.forEach((l, j) => {
      out[owner[j]].push(...iobTags(l));
    });
    return out;
  };
  return {
    info,
    tag: (words) => tagDocument([words])[0],
    tagDocument,
  };
}

const cached = new Map<string, Tagger>();

const modelPath = (path?: string | URL): string => (path === undefined ? fileURLToPath(DEFAULT_MODEL_URL) : path instanceof URL ? fileURLToPath(path) : path);
const cacheKey = (p: string, opts: TaggerOptions) => (opts.firstPassOnly ? '1|' : '2|') + p;

/**
 * Dense tables in memory shared between threads, by cacheKey. Each analysis thread would
 * otherwise expand its own copy of the same table (142 MB for the two-pass model).
 */
const sharedTables = new Map<string, SharedArrayBuffer>();

/** Load (once per path and options) the tagger from a model file; default: data/models/ner.bin. */
export function loadTagger(path?: string | URL, opts: TaggerOptions = {}): Tagger {
  const p = modelPath(path);
  const key = cacheKey(p, opts);
  let t = cached.get(key);
  if (!t) {
    const shared = sharedTables.get(key);
    t = createTagger(readModelFile(p), shared ? { ...opts, denseTable: new Int16Array(shared) } : opts);
    cached.set(key, t);
  }
  return t;
}

/** A dense table in shared memory, to hand to other threads (adoptSharedTables). */
export interface SharedTable {
  key: string;
  buffer: SharedArrayBuffer;
}

/**
 * Expand the model's dense table once, into shared memory, for the threads that will load
 * the same tagger (and for this thread's loadTagger). Null when the tagger would not use a
 * dense table. Throws what reading the model throws.
 */
export function shareDenseTable(path?: string | URL, opts: TaggerOptions = {}): SharedTable | null {
  const p = modelPath(path);
  const key = cacheKey(p, opts);
  let buffer = sharedTables.get(key);
  if (!buffer) {
    const model = readModelFile(p);
    const W = rowWidth(model, opts);
    if (!usesDense(model, W, opts)) return null;
    buffer = new SharedArrayBuffer((1 << model.header.bits) * W * 2);
    denseWeights(model, W, new Int16Array(buffer));
    sharedTables.set(key, buffer);
  }
  return { key, buffer };
}

/** In a thread: use these shared tables (from shareDenseTable in the parent) when loading taggers. */
export function adoptSharedTables(tables: readonly SharedTable[]): void {
  for (const t of tables) if (t && typeof t.key === 'string' && t.buffer instanceof SharedArrayBuffer) sharedTables.set(t.key, t.buffer);
}
