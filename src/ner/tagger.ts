// Runtime API of the learned NER tagger:
//   const tagger = loadTagger();            // cached per path
//   tagger.tag(['قال', 'لافروف', ...])      // → ['O', 'B-PER', ...]
// Input: the surface tokens of one sentence (pipeline tokens). Output: IOB
// tags over PER, ORG, LOC (GPE and LOC together, see tags.ts) and MISC.
import { fileURLToPath } from 'node:url';
import { readModelFile, type SparseModel } from './model-file.js';
import { parseGazetteer } from './gazetteer.js';
import { parseClusters } from './clusters.js';
import { AtomCache, sentenceFeatures } from './features.js';
import { LABELS } from './tags.js';
import { viterbi } from './viterbi.js';

export const DEFAULT_MODEL_URL = new URL('../../data/models/ner.bin', import.meta.url);

/** Sentences longer than this are tagged in chunks (features only look ±2 tokens away). */
const MAX_CHUNK = 1000;

export interface Tagger {
  /** IOB tags, one per word, for the words of one sentence. */
  tag(words: readonly string[]): string[];
  readonly info: Record<string, unknown>;
}

export function createTagger(model: SparseModel): Tagger {
  const L = LABELS.length;
  const cache = new AtomCache(parseGazetteer(model.gazetteerTsv), parseClusters(model.clustersTsv));
  const { rowOf, weights, trans } = model;
  const { bits, scale } = model.header;
  const tagChunk = (words: readonly string[]): string[] => {
    const n = words.length;
    const { ids, offs } = sentenceFeatures(words, cache, bits);
    const emit = new Float32Array(n * L);
    const acc = new Int32Array(L);
    for (let i = 0; i < n; i++) {
      acc.fill(0);
      for (let k = offs[i]; k < offs[i + 1]; k++) {
        const r = rowOf[ids[k]];
        if (r < 0) continue;
        const base = r * L;
        for (let y = 0; y < L; y++) acc[y] += weights[base + y];
      }
      for (let y = 0; y < L; y++) emit[i * L + y] = acc[y] * scale;
    }
    const best = viterbi(emit, n, trans);
    return Array.from(best, (y) => LABELS[y]);
  };
  return {
    info: { ...(model.header.info ?? {}), bits, rows: model.header.rows },
    tag(words: readonly string[]): string[] {
      const clean = words.map((w) => (typeof w === 'string' ? w : String(w ?? '')));
      if (clean.length <= MAX_CHUNK) return tagChunk(clean);
      const out: string[] = [];
      for (let i = 0; i < clean.length; i += MAX_CHUNK) {
        // each chunk is decoded alone; Viterbi never opens one with I-, so the joined tags stay valid IOB
        out.push(...tagChunk(clean.slice(i, i + MAX_CHUNK)));
      }
      return out;
    },
  };
}

const cached = new Map<string, Tagger>();

/** Load (once per path) the tagger from a model file; default: data/models/ner.bin. */
export function loadTagger(path?: string | URL): Tagger {
  const p = path === undefined ? fileURLToPath(DEFAULT_MODEL_URL) : path instanceof URL ? fileURLToPath(path) : path;
  let t = cached.get(p);
  if (!t) {
    t = createTagger(readModelFile(p));
    cached.set(p, t);
  }
  return t;
}
