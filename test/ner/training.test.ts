import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtomCache, sentenceFeatures } from '../../src/ner/features.js';
import { trainPerceptron, decodeDense, rng, type Instance } from '../../src/ner/perceptron.js';
import { LABELS, LABEL_INDEX } from '../../src/ner/tags.js';
import { encodeModel, decodeModel, saveModel } from '../../src/ner/model-file.js';
import { createTagger, loadTagger } from '../../src/ner/tagger.js';

// Toy language: a word after «السيد» is a person, a word after «مدينة» a place.
const NAMES = ['زيد', 'عمرو', 'خالد', 'سعاد', 'ليلى', 'منير', 'فادي', 'نبيل'];
const PLACES = ['حلب', 'فاس', 'صور', 'جدة', 'عكا', 'سوسة', 'مأرب', 'تطوان'];
const FILL = ['ذهب', 'الى', 'من', 'في', 'اليوم', 'قال', 'ثم', 'عاد'];

function toy(n: number, seed: number): Array<{ words: string[]; tags: string[] }> {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let s = 0; s < n; s++) {
    const words: string[] = [];
    const tags: string[] = [];
    for (let k = 0; k < 6; k++) {
      const x = r();
      if (x < 0.25) words.push('السيد', pick(NAMES)), tags.push('O', 'B-PER');
      else if (x < 0.5) words.push('مدينة', pick(PLACES)), tags.push('O', 'B-LOC');
      else words.push(pick(FILL)), tags.push('O');
    }
    out.push({ words, tags });
  }
  return out;
}

const BITS = 14;
const cache = new AtomCache(new Map());
const inst = (s: { words: string[]; tags: string[] }): Instance => ({
  ...sentenceFeatures(s.words, cache, BITS),
  gold: Uint8Array.from(s.tags, (t) => LABEL_INDEX.get(t)!),
});

test('the perceptron learns a toy pattern and is reproducible', () => {
  const train = toy(200, 1).map(inst);
  const m1 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5 });
  const m2 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5 });
  assert.deepEqual(m1.w, m2.w);
  // unseen combinations: context decides
  const test = toy(50, 99);
  let right = 0;
  let total = 0;
  for (const s of test) {
    const pred = Array.from(decodeDense(inst(s), m1), (y) => LABELS[y]);
    for (let i = 0; i < pred.length; i++, total++) if (pred[i] === s.tags[i]) right++;
  }
  assert.ok(right / total > 0.97, `accuracy ${right / total}`);
});

test('model file round trip keeps the predictions', () => {
  const train = toy(200, 2).map(inst);
  const m = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5 });
  const gaz = 'مثال\tPER\n';
  const lex = { gazetteerTsv: gaz, clustersTsv: 'مثال\t1\t9\n' };
  const dec = decodeModel(encodeModel(m, lex, 0, { note: 'test' }));
  assert.equal(dec.header.bits, BITS);
  assert.equal(dec.gazetteerTsv, gaz);
  assert.equal(dec.clustersTsv, lex.clustersTsv);
  assert.deepEqual(dec.header.info, { note: 'test' });
  const tagger = createTagger(dec);
  for (const s of toy(30, 7)) {
    const dense = Array.from(decodeDense(inst(s), m), (y) => LABELS[y]);
    assert.deepEqual(tagger.tag(s.words), dense);
  }
  assert.throws(() => decodeModel(Buffer.from('not a model')), /bad magic/);
  assert.throws(() => decodeModel(encodeModel(m, lex).subarray(0, 500)), /truncated/);

  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-'));
  try {
    const p = join(dir, 'm.bin');
    saveModel(p, m, lex);
    const t = loadTagger(p);
    assert.equal(loadTagger(p), t, 'cached per path');
    assert.deepEqual(t.tag([]), []);
    assert.deepEqual(t.tag(['', '😀', '\u200f']).length, 3);
    const long = Array.from({ length: 2500 }, (_, i) => (i % 3 ? 'السيد' : 'زيد'));
    const tags = t.tag(long);
    assert.equal(tags.length, long.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
