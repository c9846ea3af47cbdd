import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtomCache, sentenceFeatures, WORD_SLOTS } from '../../src/ner/features.js';
import { trainPerceptron, decodeDense, emissions, paStep, rng, NL, type Instance, type DenseModel } from '../../src/ner/perceptron.js';
import { viterbi } from '../../src/ner/viterbi.js';
import { modelLabels, iobTags } from '../../src/ner/tags.js';
import { encodeModel, decodeModel, saveModel, saveModelCapped } from '../../src/ner/model-file.js';
import { createTagger, loadTagger, shareDenseTable } from '../../src/ner/tagger.js';

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
  gold: modelLabels(s.tags),
});

/** Token accuracy of a model on unseen toy sentences (context decides: the names and places are drawn anew). */
function toyAccuracy(m: DenseModel): number {
  let right = 0;
  let total = 0;
  for (const s of toy(50, 99)) {
    const pred = iobTags(decodeDense(inst(s), m));
    for (let i = 0; i < pred.length; i++, total++) if (pred[i] === s.tags[i]) right++;
  }
  return right / total;
}

test('the perceptron learns a toy pattern and is reproducible', () => {
  const train = toy(200, 1).map(inst);
  const m1 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5 });
  const m2 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5 });
  assert.deepEqual(m1.w, m2.w);
  const acc = toyAccuracy(m1);
  assert.ok(acc > 0.97, `accuracy ${acc}`);
});

/** Score of a label sequence: emissions plus transitions (row 0: from the start). */
function seqScore(e: Float32Array, trans: Float32Array, ys: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < ys.length; i++) s += e[i * NL + ys[i]] + trans[(i > 0 ? ys[i - 1] + 1 : 0) * NL + ys[i]];
  return s;
}

test('a PA-I step makes gold outscore the old prediction by its Hamming loss, capped by C', () => {
  const train = toy(40, 3).map(inst);
  const m = trainPerceptron(train, { bits: BITS, epochs: 1, seed: 5 });
  // a sentence the one-epoch model still gets wrong, with a perturbed copy of its weights
  const w = Float32Array.from(m.w, (x, i) => x + ((i * 7919) % 13) / 4 - 1.5);
  const trans = Float32Array.from(m.trans);
  const x = toy(20, 11).map(inst).find((s) => {
    const p = viterbi(emissions(s, w), s.gold!.length, trans);
    return p.some((y, i) => y !== s.gold![i]);
  })!;
  assert.ok(x, 'some sentence is mistagged');
  const gold = x.gold!;
  const e = emissions(x, w);
  const pred = viterbi(e, gold.length, trans);
  const loss = pred.reduce((n, y, i) => n + (y !== gold[i] ? 1 : 0), 0);
  const tau = paStep(x, gold, pred, e, trans, Infinity, new Map());
  assert.ok(tau > 0);
  // apply τ·Δφ the way the trainer does, then the margin is exactly the loss
  const w2 = Float32Array.from(w);
  const t2 = Float32Array.from(trans);
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] !== pred[i]) {
      for (let k = x.offs[i]; k < x.offs[i + 1]; k++) {
        w2[x.ids[k] * NL + gold[i]] += tau;
        w2[x.ids[k] * NL + pred[i]] -= tau;
      }
    }
    const gp = i > 0 ? gold[i - 1] : -1;
    const pp = i > 0 ? pred[i - 1] : -1;
    if (gold[i] !== pred[i] || gp !== pp) {
      t2[(gp + 1) * NL + gold[i]] += tau;
      t2[(pp + 1) * NL + pred[i]] -= tau;
    }
  }
  const e2 = emissions(x, w2);
  assert.ok(Math.abs(seqScore(e2, t2, gold) - seqScore(e2, t2, pred) - loss) < 1e-3 * Math.max(1, loss));
  assert.equal(paStep(x, gold, pred, e, trans, 1e-4, new Map()), 1e-4, 'C caps the step');
  assert.equal(paStep(x, gold, gold, e, trans, 1, new Map()), 0, 'no step without a mistake');
  // the emission part of ‖Δφ‖² at half weight (a sentence whose features all have private
  // copies, counted on the shared half): a larger step, at most twice as large
  const half = paStep({ ...x, normScale: 0.5 }, gold, pred, e, trans, Infinity, new Map());
  assert.ok(half > tau && half <= 2 * tau + 1e-9, `${half} vs ${tau}`);
});

test('PA-I training learns the toy pattern and is reproducible', () => {
  const train = toy(200, 1).map(inst);
  const m1 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5, update: 'pa', C: 0.01 });
  const m2 = trainPerceptron(train, { bits: BITS, epochs: 3, seed: 5, update: 'pa', C: 0.01 });
  assert.deepEqual(m1.w, m2.w);
  const acc = toyAccuracy(m1);
  assert.ok(acc > 0.97, `accuracy ${acc}`);
});

test('feature dropout and per-sentence step scales: still learns the toy pattern, reproducibly', () => {
  const train = toy(200, 1).map(inst);
  const opts = { bits: BITS, epochs: 4, seed: 5, update: 'pa' as const, C: 0.01, dropout: 0.3 };
  const m1 = trainPerceptron(train, opts);
  assert.deepEqual(m1.w, trainPerceptron(train, opts).w, 'same seed, same dropout draws');
  assert.notDeepEqual(m1.w, trainPerceptron(train, { ...opts, dropout: 0 }).w);
  const acc = toyAccuracy(m1);
  assert.ok(acc > 0.97, `accuracy ${acc}`);
  // word dropout: a token's own form/stem slots dropped as a group; with probability 1 the
  // model never sees them, so those features get no weight, and context still decides
  const words = train.map((x) => ({ ...x, wordSlots: [...WORD_SLOTS] as [number, number] }));
  const wd = trainPerceptron(words, { ...opts, dropout: 0, wordDropout: 1 });
  const formOf = (w: string) => sentenceFeatures([w], cache, BITS).ids[WORD_SLOTS[0]];
  for (let y = 0; y < NL; y++) assert.equal(wd.w[formOf('زيد') * NL + y], 0);
  const wacc = toyAccuracy(wd);
  assert.ok(wacc > 0.97, `accuracy with word dropout ${wacc}`);
  // a step scale of 0 leaves the weights untouched
  const frozen = trainPerceptron(train.map((x) => ({ ...x, stepScale: 0 })), opts);
  assert.ok(frozen.w.every((x) => x === 0));
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
    const dense = iobTags(decodeDense(inst(s), m));
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
    // the file is gzip-compressed; a damaged one fails with a clear message
    const file = readFileSync(p);
    // a dense table expanded once in shared memory (for analysis threads) tags the same
    const shared = shareDenseTable(p);
    assert.ok(shared && shared.buffer instanceof SharedArrayBuffer);
    assert.equal(shareDenseTable(p)?.buffer, shared.buffer, 'expanded once');
    assert.deepEqual(createTagger(decodeModel(file), { denseTable: new Int16Array(shared.buffer) }).tag(long), tags);
    assert.throws(() => createTagger(decodeModel(file), { denseTable: new Int16Array(10) }), /does not fit/);
    assert.deepEqual([file[0], file[1]], [0x1f, 0x8b]);
    assert.throws(() => decodeModel(file.subarray(0, file.length >> 1)), /NER model file is corrupt or truncated/);
    // a size cap keeps the rows with the largest weights, and the file fits it
    const full = decodeModel(file).header.rows;
    const capped = saveModelCapped(join(dir, 'c.bin'), m, lex, undefined, Math.floor(file.length * 0.6));
    assert.ok(capped.bytes <= file.length * 0.6 && capped.rows > 0 && capped.rows < full, `${capped.rows} of ${full} rows, ${capped.bytes} bytes`);
    assert.equal(decodeModel(readFileSync(join(dir, 'c.bin'))).header.rows, capped.rows);
    assert.throws(() => saveModelCapped(join(dir, 'd.bin'), m, lex, undefined, 10), /cannot fit/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
