// Distributional word clusters for the tagger, learned from unlabelled news
// (shared/data/corpus/ant-multisource.jsonl.gz). Words that occur in the same
// contexts («قال X», «X الروسي») fall into the same cluster, which lets the
// tagger generalise from the names it saw in training to names it never saw.
//   node --import tsx src/ner/build-clusters.ts [CORPUS.jsonl.gz] [OUT.tsv]
// Method: counts of the 400 most frequent left and right neighbours for the
// 40,000 most frequent word forms, PPMI weighting, a fixed random projection
// to 96 dimensions, then spherical k-means at two granularities (64 and 512).
// Only cluster numbers are kept, no text.
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../text/tokenize.js';
import { wordForm } from './features.js';
import { rng } from './perceptron.js';

const VOCAB = 40_000;
const CONTEXT = 400;
const DIM = 96;
export const GRAINS = [64, 512] as const;

async function readForms(path: string, maxArticles: number): Promise<{ ids: Int32Array; names: string[]; counts: number[] }> {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  let ids = new Int32Array(1 << 22);
  let n = 0;
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let articles = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (++articles > maxArticles) break;
    let text = '';
    try {
      const j = JSON.parse(line);
      text = `${j.title ?? ''}\n${j.text ?? ''}`;
    } catch {
      continue;
    }
    for (const t of tokenize(text)) {
      const f = wordForm(t.text);
      let id = idOf.get(f);
      if (id === undefined) {
        id = names.length;
        idOf.set(f, id);
        names.push(f);
        counts.push(0);
      }
      counts[id]++;
      if (n === ids.length) {
        const bigger = new Int32Array(ids.length * 2);
        bigger.set(ids);
        ids = bigger;
      }
      ids[n++] = id;
    }
    if (articles % 5000 === 0) process.stderr.write(`  ${articles} articles, ${n} tokens\n`);
  }
  return { ids: ids.subarray(0, n), names, counts };
}

/** Spherical k-means on row-normalised vectors; returns the cluster of each row. */
function kmeans(x: Float32Array, rows: number, k: number, iters: number, seed: number): Uint16Array {
  const r = rng(seed);
  const cent = new Float32Array(k * DIM);
  // seed with frequent words spread over the vocabulary
  for (let c = 0; c < k; c++) {
    const row = Math.floor(r() * Math.min(rows, k * 8));
    cent.set(x.subarray(row * DIM, row * DIM + DIM), c * DIM);
  }
  const assign = new Uint16Array(rows);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < rows; i++) {
      let best = -Infinity;
      let arg = 0;
      const o = i * DIM;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * DIM;
        for (let d = 0; d < DIM; d++) s += x[o + d] * cent[co + d];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < rows; i++) for (let d = 0; d < DIM; d++) cent[assign[i] * DIM + d] += x[i * DIM + d];
    for (let c = 0; c < k; c++) normalizeRow(cent, c);
  }
  return assign;
}

function normalizeRow(m: Float32Array, row: number): void {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += m[row * DIM + d] ** 2;
  const z = Math.sqrt(s) || 1;
  for (let d = 0; d < DIM; d++) m[row * DIM + d] /= z;
}

export async function buildClusters(corpus: string, maxArticles = Infinity): Promise<Map<string, number[]>> {
  const { ids, names, counts } = await readForms(corpus, maxArticles);
  const byFreq = names.map((_, i) => i).sort((a, b) => counts[b] - counts[a]);
  const vocabRow = new Int32Array(names.length).fill(-1);
  const ctxCol = new Int32Array(names.length).fill(-1);
  const rows = Math.min(VOCAB, byFreq.filter((i) => counts[i] >= 5).length);
  for (let r = 0; r < rows; r++) vocabRow[byFreq[r]] = r;
  for (let c = 0; c < CONTEXT; c++) ctxCol[byFreq[c]] = c;
  const cols = 2 * CONTEXT;
  const co = new Int32Array(rows * cols);
  for (let i = 0; i < ids.length; i++) {
    const r = vocabRow[ids[i]];
    if (r < 0) continue;
    if (i > 0 && ctxCol[ids[i - 1]] >= 0) co[r * cols + ctxCol[ids[i - 1]]]++;
    if (i + 1 < ids.length && ctxCol[ids[i + 1]] >= 0) co[r * cols + CONTEXT + ctxCol[ids[i + 1]]]++;
  }
  // PPMI then a fixed Gaussian-ish random projection
  const colSum = new Float64Array(cols);
  const rowSum = new Float64Array(rows);
  let total = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const v = co[r * cols + c];
    colSum[c] += v;
    rowSum[r] += v;
    total += v;
  }
  const rand = rng(11);
  const proj = new Float32Array(cols * DIM);
  for (let i = 0; i < proj.length; i++) proj[i] = rand() + rand() + rand() - 1.5;
  const x = new Float32Array(rows * DIM);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = co[r * cols + c];
      if (!v) continue;
      const pmi = Math.log((v * total) / (rowSum[r] * colSum[c]));
      if (pmi <= 0) continue;
      for (let d = 0; d < DIM; d++) x[r * DIM + d] += pmi * proj[c * DIM + d];
    }
    normalizeRow(x, r);
  }
  const out = new Map<string, number[]>();
  const assigns = GRAINS.map((k, g) => kmeans(x, rows, k, 12, 100 + g));
  for (let r = 0; r < rows; r++) out.set(names[byFreq[r]], assigns.map((a) => a[r]));
  return out;
}

export function formatClusters(c: Map<string, number[]>): string {
  const lines = [`# word clusters (${GRAINS.join(', ')}) from unlabelled news; built by src/ner/build-clusters.ts`];
  for (const [w, ks] of c) lines.push(`${w}\t${ks.join('\t')}`);
  return lines.join('\n') + '\n';
}

export function parseClusters(tsv: string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, ...ks] = line.split('\t');
    if (w && ks.length) m.set(w, ks.map(Number));
  }
  return m;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const corpus = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/corpus/ant-multisource.jsonl.gz', import.meta.url));
  const out = process.argv[3] ?? fileURLToPath(new URL('../../data/models/ner-clusters.tsv', import.meta.url));
  const t0 = performance.now();
  const c = await buildClusters(corpus);
  writeFileSync(out, formatClusters(c));
  console.log(`${c.size} words → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
