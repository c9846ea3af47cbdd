// Distributional word clusters for the tagger, learned from unlabelled news
// (shared/data/corpus/ant-multisource.jsonl.gz). Words that occur in the same
// contexts («قال X», «X الروسي») fall into the same cluster, which lets the
// tagger generalise from the names it saw in training to names it never saw.
//   node --import tsx src/ner/build-clusters.ts [CORPUS.jsonl.gz] [OUT.tsv]
// Method: counts of the 400 most frequent left and right neighbours for the
// 40,000 most frequent word forms, PPMI weighting, a fixed random projection
// to 64 dimensions, then two-level spherical k-means (64 clusters, each split in 8).
// Only cluster numbers are kept, no text.
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../text/tokenize.js';
import { wordForm } from './features.js';
import { rng } from './perceptron.js';
import { formatClusters, type Clusters } from './clusters.js';

const VOCAB = 40_000;
const CONTEXT = 400;
const DIM = 64;
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

/** Spherical k-means over the given rows of row-normalised vectors; returns each row's cluster. */
function kmeans(x: Float32Array, rowIds: Int32Array, k: number, iters: number, seed: number): Uint16Array {
  const rows = rowIds.length;
  const assign = new Uint16Array(rows);
  if (rows <= k) return assign.map((_, i) => i);
  const r = rng(seed);
  const cent = new Float32Array(k * DIM);
  // seed with rows drawn from the frequent end (rows are in frequency order)
  for (let c = 0; c < k; c++) {
    const row = rowIds[Math.floor(r() * Math.min(rows, k * 8))];
    cent.set(x.subarray(row * DIM, row * DIM + DIM), c * DIM);
  }
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < rows; i++) {
      let best = -Infinity;
      let arg = 0;
      const o = rowIds[i] * DIM;
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
    for (let i = 0; i < rows; i++) for (let d = 0; d < DIM; d++) cent[assign[i] * DIM + d] += x[rowIds[i] * DIM + d];
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

export async function buildClusters(corpus: string, maxArticles = Infinity): Promise<Clusters> {
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
  const out: Clusters = new Map();
  // two levels: COARSE clusters, each split into FINE / COARSE sub-clusters (cheaper than one big k-means)
  const [coarseK, fineK] = GRAINS;
  const split = fineK / coarseK;
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  const coarse = kmeans(x, all, coarseK, 10, 100);
  const fine = new Uint16Array(rows);
  for (let c = 0; c < coarseK; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const sub = kmeans(x, members, split, 8, 200 + c);
    members.forEach((row, j) => (fine[row] = c * split + sub[j]));
  }
  for (let r = 0; r < rows; r++) out.set(names[byFreq[r]], [coarse[r], fine[r]]);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const corpus = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/corpus/ant-multisource.jsonl.gz', import.meta.url));
  const out = process.argv[3] ?? fileURLToPath(new URL('../../data/models/ner-clusters.tsv', import.meta.url));
  const t0 = performance.now();
  const c = await buildClusters(corpus);
  writeFileSync(out, formatClusters(c));
  console.log(`${c.size} words → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
