import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClusters, jacobiEigen, LEVELS } from '../../src/ner/build-clusters.js';
import { rng } from '../../src/ner/perceptron.js';
import { wordForm } from '../../src/ner/features.js';

test('jacobiEigen: A·v = λ·v for each eigenpair of a symmetric matrix', () => {
  const k = 5;
  const r = rng(3);
  const a = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) a[i * k + j] = a[j * k + i] = r() - 0.5;
  const { values, vecs } = jacobiEigen(Float64Array.from(a), k);
  for (let e = 0; e < k; e++) {
    for (let i = 0; i < k; i++) {
      let av = 0;
      for (let j = 0; j < k; j++) av += a[i * k + j] * vecs[j * k + e];
      assert.ok(Math.abs(av - values[e] * vecs[i * k + e]) < 1e-9);
    }
  }
});

test('buildClusters: nested levels, words in the same contexts together, deterministic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-clusters-'));
  try {
    // people after «قال الرئيس», places after «في مدينة»; filler words around them
    const people = ['زيد', 'عمرو', 'خالد', 'سعاد', 'ليلى', 'منير'];
    const places = ['حلب', 'فاس', 'صور', 'جدة', 'عكا', 'سوسة'];
    const fill = ['اليوم', 'امس', 'ثم', 'كما', 'بعد', 'قبل'];
    const r = rng(5);
    const pick = (a: string[]) => a[Math.floor(r() * a.length)];
    const lines: string[] = [];
    for (let d = 0; d < 200; d++) {
      const sents: string[] = [];
      for (let s = 0; s < 5; s++) sents.push(`قال الرئيس ${pick(people)} ${pick(fill)} في مدينة ${pick(places)} .`);
      lines.push(JSON.stringify({ title: '', text: sents.join(' ') }));
    }
    const path = join(dir, 'c.jsonl.gz');
    writeFileSync(path, gzipSync(lines.join('\n')));
    const a = await buildClusters(path);
    const b = await buildClusters(path);
    assert.deepEqual([...a], [...b]);
    for (const [, [k64, k512, k16, k4096]] of a) {
      assert.equal(Math.floor(k64 / (LEVELS[1] / LEVELS[0])), k16);
      assert.equal(Math.floor(k512 / (LEVELS[2] / LEVELS[1])), k64);
      assert.equal(Math.floor(k4096 / (LEVELS[3] / LEVELS[2])), k512);
    }
    // no coarse cluster holds both a person and a place (with so few words, k-means may split each group further)
    const c16 = (w: string) => a.get(wordForm(w))![2];
    const personClusters = new Set(people.map(c16));
    for (const w of places) assert.ok(!personClusters.has(c16(w)), w);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
