import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AtomCache, sentenceFeatures } from '../../src/ner/features.js';
import { WordEmissions, presentBits } from '../../src/ner/word-emissions.js';
import { rng } from '../../src/ner/perceptron.js';

const BITS = 12;
const W = 18;

/** Sums of the per-token feature ids, the straightforward way. */
function direct(words: string[], cache: AtomCache, table: Int16Array): Int32Array {
  const f = sentenceFeatures(words, cache, BITS);
  const out = new Int32Array(words.length * W);
  for (let i = 0; i < words.length; i++) for (let k = f.offs[i]; k < f.offs[i + 1]; k++) for (let y = 0; y < W; y++) out[i * W + y] += table[f.ids[k] * W + y];
  return out;
}

test('per-word emission sums equal the per-token feature sums (dense and sparse tables)', () => {
  const rand = rng(7);
  const nb = 1 << BITS;
  const table = new Int16Array(nb * W).map(() => Math.round((rand() - 0.5) * 60000));
  // the same weights as a sparse table: every other bucket has a row, the rest are zero
  const rowOf = new Int32Array(nb).fill(-1);
  const rows: number[] = [];
  for (let b = 0; b < nb; b += 2) {
    rowOf[b] = rows.length / W;
    for (let y = 0; y < W; y++) rows.push(table[b * W + y]);
  }
  const halfTable = new Int16Array(table);
  for (let b = 1; b < nb; b += 2) halfTable.fill(0, b * W, b * W + W);
  const sentences = [
    [],
    ['قال'],
    ['وصل', 'لافروف'],
    ['قال', 'وزير', 'الخارجية', 'الروسي', 'سيرغي', 'لافروف', '(', 'د', ')', '،', 'إن', '2024', 'Moscow', '.'],
    ['قال', 'لافروف', 'قال', 'لافروف', 'للأمم', 'وبرلين'],
  ];
  const cache = new AtomCache(new Map());
  const dense = new WordEmissions(cache, { table, rowOf: null, stride: W, present: new Uint32Array(128).fill(0xffffffff) }, W, BITS);
  const sparse = new WordEmissions(cache, { table: Int16Array.from(rows), rowOf, stride: W, present: presentBits(rowOf) }, W, BITS, 3); // tiny limit: the cache is cleared on the way
  for (let pass = 0; pass < 2; pass++) {
    for (const s of sentences) {
      assert.deepEqual(dense.sums(s), direct(s, cache, table));
      assert.deepEqual(sparse.sums(s), direct(s, cache, halfTable));
    }
  }
});
