// Distributional word clusters for the tagger, learned from unlabelled news
// (shared/data/corpus/ant-multisource.jsonl.gz). Words that occur in the same
// contexts («قال X», «X الروسي») fall into the same cluster, which lets the
// tagger generalise from the names it saw in training to names it never saw.
//   node --import tsx src/ner/build-clusters.ts [CORPUS.jsonl.gz] [OUT.tsv]
// Method: for every word form seen at least MIN_COUNT times (at most VOCAB),
// counts of the most frequent words one and two positions to the left and right,
// PPMI weighting, a rank-DIM truncated SVD (randomised subspace iteration; the
// vectors are U·Σ^½, which weighs rare words' few contexts better than a random
// projection), then hierarchical spherical k-means: 16 clusters, each split in 4
// (64), each of those in 8 (512), each of those in 8 (4096). Nested clusters act
// like the prefixes of Brown clusters: coarse ones generalise, fine ones nearly
// name the word. Only cluster numbers are kept, no text.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../text/tokenize.js';
import { corpusTexts } from './corpus-texts.js';
import { wordForm } from './features.js';
import { rng } from './perceptron.js';
import { formatClusters, type Clusters } from './clusters.js';

const VOCAB = 120_000;
const MIN_COUNT = 3;
/** context words at ±1 and at ±2 */
const NEAR = 1000;
const FAR = 300;
const DIM = 96;
/** cluster counts per level, coarse to fine; each level splits every cluster of the previous one */
export const LEVELS = [16, 64, 512, 4096] as const;

async function readForms(path: string, maxArticles: number): Promise<{ ids: Int32Array; names: string[]; counts: number[] }> {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  let ids = new Int32Array(1 << 22);
  let n = 0;
  let articles = 0;
  for await (const text of corpusTexts(path, maxArticles)) {
    articles++;
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

/** Spherical k-means over the given rows of row-normalised vectors (dimension d); returns each row's cluster. */
function kmeans(x: Float32Array, d: number, rowIds: Int32Array, k: number, iters: number, seed: number): Uint16Array {
  const rows = rowIds.length;
  const assign = new Uint16Array(rows);
  if (rows <= k) return assign.map((_, i) => i);
  const r = rng(seed);
  const cent = new Float32Array(k * d);
  // seed with rows drawn from the frequent end (rows are in frequency order)
  for (let c = 0; c < k; c++) {
    const row = rowIds[Math.floor(r() * Math.min(rows, k * 8))];
    cent.set(x.subarray(row * d, row * d + d), c * d);
  }
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < rows; i++) {
      let best = -Infinity;
      let arg = 0;
      const o = rowIds[i] * d;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * d;
        for (let j = 0; j < d; j++) s += x[o + j] * cent[co + j];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < rows; i++) for (let j = 0; j < d; j++) cent[assign[i] * d + j] += x[rowIds[i] * d + j];
    for (let c = 0; c < k; c++) normalizeRow(cent, c, d);
  }
  return assign;
}

function normalizeRow(m: Float32Array | Float64Array, row: number, d: number): void {
  let s = 0;
  for (let j = 0; j < d; j++) s += m[row * d + j] ** 2;
  const z = Math.sqrt(s) || 1;
  for (let j = 0; j < d; j++) m[row * d + j] /= z;
}

/** Sparse rows (CSR): row r's entries are col[ptr[r] .. ptr[r+1]) with values val. */
interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  col: Int32Array;
  val: Float32Array;
}

/** y = X·v (v: cols × k, row-major) → rows × k */
function mulX(x: Csr, v: Float64Array, k: number): Float64Array {
  const y = new Float64Array(x.rows * k);
  for (let r = 0; r < x.rows; r++) {
    const o = r * k;
    for (let p = x.ptr[r]; p < x.ptr[r + 1]; p++) {
      const a = x.val[p];
      const c = x.col[p] * k;
      for (let j = 0; j < k; j++) y[o + j] += a * v[c + j];
    }
  }
  return y;
}

/** z = Xᵀ·y (y: rows × k) → cols × k */
function mulXt(x: Csr, y: Float64Array, k: number): Float64Array {
  const z = new Float64Array(x.cols * k);
  for (let r = 0; r < x.rows; r++) {
    const o = r * k;
    for (let p = x.ptr[r]; p < x.ptr[r + 1]; p++) {
      const a = x.val[p];
      const c = x.col[p] * k;
      for (let j = 0; j < k; j++) z[c + j] += a * y[o + j];
    }
  }
  return z;
}

/** Orthonormalise the k columns of an n × k row-major matrix in place (modified Gram–Schmidt, twice). */
function orthonormalize(m: Float64Array, n: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += m[r * k + i] * m[r * k + j];
        for (let r = 0; r < n; r++) m[r * k + j] -= dot * m[r * k + i];
      }
      let s = 0;
      for (let r = 0; r < n; r++) s += m[r * k + j] ** 2;
      const z = Math.sqrt(s) || 1;
      for (let r = 0; r < n; r++) m[r * k + j] /= z;
    }
  }
}

/** Eigen-decomposition of a symmetric k × k matrix (cyclic Jacobi): eigenvalues and eigenvectors (columns of vecs). */
export function jacobiEigen(a: Float64Array, k: number): { values: Float64Array; vecs: Float64Array } {
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i];
  return { values, vecs: v };
}

/**
 * Rows of U·Σ^½ of a rank-`k` truncated SVD of X, by randomised subspace
 * iteration (Halko, Martinsson & Tropp 2011) with a Rayleigh–Ritz step.
 */
function svdEmbed(x: Csr, k: number, iters: number, seed: number): Float32Array {
  const rand = rng(seed);
  let v: Float64Array = new Float64Array(x.cols * k);
  for (let i = 0; i < v.length; i++) v[i] = rand() + rand() + rand() - 1.5;
  orthonormalize(v, x.cols, k);
  for (let it = 0; it < iters; it++) {
    v = mulXt(x, mulX(x, v, k), k);
    orthonormalize(v, x.cols, k);
  }
  // B = X·V; BᵀB = R·diag(σ²)·Rᵀ; U·Σ = B·R
  const b = mulX(x, v, k);
  const g = new Float64Array(k * k);
  for (let r = 0; r < x.rows; r++) {
    const o = r * k;
    for (let i = 0; i < k; i++) {
      const bi = b[o + i];
      if (bi === 0) continue;
      for (let j = i; j < k; j++) g[i * k + j] += bi * b[o + j];
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) g[i * k + j] = g[j * k + i];
  const { values, vecs } = jacobiEigen(g, k);
  const scale = Float64Array.from(values, (s2) => (s2 > 0 ? Math.pow(s2, -0.25) : 0)); // σ^(−½): U·Σ → U·Σ^½
  const out = new Float32Array(x.rows * k);
  for (let r = 0; r < x.rows; r++) {
    const o = r * k;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += b[o + i] * vecs[i * k + j];
      out[o + j] = s * scale[j];
    }
    normalizeRow(out, r, k);
  }
  return out;
}

export async function buildClusters(corpus: string, maxArticles = Infinity): Promise<Clusters> {
  const { ids, names, counts } = await readForms(corpus, maxArticles);
  const byFreq = names.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1));
  const vocabRow = new Int32Array(names.length).fill(-1);
  const nearCol = new Int32Array(names.length).fill(-1);
  const farCol = new Int32Array(names.length).fill(-1);
  const rows = Math.min(VOCAB, byFreq.filter((i) => counts[i] >= MIN_COUNT).length);
  for (let r = 0; r < rows; r++) vocabRow[byFreq[r]] = r;
  for (let c = 0; c < NEAR; c++) nearCol[byFreq[c]] = c;
  for (let c = 0; c < FAR; c++) farCol[byFreq[c]] = c;
  // columns: left-1, right-1 (NEAR each), left-2, right-2 (FAR each)
  const cols = 2 * NEAR + 2 * FAR;
  // every (word, context) co-occurrence as one key row × cols + col, sorted, then counted in runs
  // (a dense table of 120K × 2,600 counts would take over 1 GB; most rows are rare words)
  let keys = new Uint32Array(1 << 24);
  let nk = 0;
  const push = (r: number, c: number) => {
    if (nk === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[nk++] = r * cols + c;
  };
  for (let i = 0; i < ids.length; i++) {
    const r = vocabRow[ids[i]];
    if (r < 0) continue;
    if (i > 0 && nearCol[ids[i - 1]] >= 0) push(r, nearCol[ids[i - 1]]);
    if (i + 1 < ids.length && nearCol[ids[i + 1]] >= 0) push(r, NEAR + nearCol[ids[i + 1]]);
    if (i > 1 && farCol[ids[i - 2]] >= 0) push(r, 2 * NEAR + farCol[ids[i - 2]]);
    if (i + 2 < ids.length && farCol[ids[i + 2]] >= 0) push(r, 2 * NEAR + FAR + farCol[ids[i + 2]]);
  }
  const sorted = keys.subarray(0, nk).sort();
  const cellKey: number[] = [];
  const cellCount: number[] = [];
  for (let i = 0; i < nk; ) {
    let j = i + 1;
    while (j < nk && sorted[j] === sorted[i]) j++;
    cellKey.push(sorted[i]);
    cellCount.push(j - i);
    i = j;
  }
  const colSum = new Float64Array(cols);
  const rowSum = new Float64Array(rows);
  const total = nk;
  cellKey.forEach((key, i) => {
    const r = Math.floor(key / cols);
    colSum[key - r * cols] += cellCount[i];
    rowSum[r] += cellCount[i];
  });
  // PPMI with context-distribution smoothing (counts^0.75, Levy et al. 2015): rare contexts no longer dominate
  const colP = Float64Array.from(colSum, (c) => Math.pow(c, 0.75));
  const colZ = colP.reduce((a, b) => a + b, 0);
  const ptr = new Int32Array(rows + 1);
  const col: number[] = [];
  const val: number[] = [];
  let r0 = 0;
  cellKey.forEach((key, i) => {
    const r = Math.floor(key / cols);
    const c = key - r * cols;
    while (r0 < r) ptr[++r0] = col.length;
    const pmi = Math.log((cellCount[i] / rowSum[r]) / (colP[c] / colZ));
    if (pmi > 0) {
      col.push(c);
      val.push(pmi);
    }
  });
  while (r0 < rows) ptr[++r0] = col.length;
  process.stderr.write(`  ${rows} words × ${cols} contexts, ${val.length} PPMI cells; ${total} pairs\n`);
  const x = svdEmbed({ rows, cols, ptr, col: Int32Array.from(col), val: Float32Array.from(val) }, DIM, 4, 11);
  process.stderr.write(`  SVD done\n`);
  // hierarchical k-means: each level splits every cluster of the level above
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  const levels: Uint16Array[] = [kmeans(x, DIM, all, LEVELS[0], 12, 100)];
  for (let l = 1; l < LEVELS.length; l++) {
    const parent = levels[l - 1];
    const split = LEVELS[l] / LEVELS[l - 1];
    const cur = new Uint16Array(rows);
    const members: number[][] = Array.from({ length: LEVELS[l - 1] }, () => []);
    for (let i = 0; i < rows; i++) members[parent[i]].push(i);
    members.forEach((m, c) => {
      const sub = kmeans(x, DIM, Int32Array.from(m), split, 8, 1000 * l + c);
      m.forEach((row, j) => (cur[row] = c * split + sub[j]));
    });
    levels.push(cur);
  }
  // columns in CLUSTER_HEADER order: 64, 512 first (what older files had), then 16, 4096
  const order = [1, 2, 0, 3];
  const out: Clusters = new Map();
  for (let r = 0; r < rows; r++) out.set(names[byFreq[r]], order.map((l) => levels[l][r]));
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
