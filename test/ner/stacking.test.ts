import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AtomCache, sentenceFeatures } from '../../src/ner/features.js';
import { trainPerceptron, decodeDense, rng, NL, type Instance, type DenseModel } from '../../src/ner/perceptron.js';
import { LABEL_INDEX, modelLabels, iobTags } from '../../src/ner/tags.js';
import { encodeModel, decodeModel } from '../../src/ner/model-file.js';
import { createTagger } from '../../src/ner/tagger.js';
import { stackedFeatures, concatFeatures } from '../../src/ner/stacking.js';
import { augmentIds, mergeDomain, domainSalt } from '../../src/ner/domains.js';
import { triggerClass, TRIGGER } from '../../src/ner/triggers.js';

const BITS = 14;
const cache = new AtomCache(new Map());
const gold = (tags: string[]) => modelLabels(tags);

test('trigger words are found through the article', () => {
  assert.equal(triggerClass('رئيس') & TRIGGER.TITLE, TRIGGER.TITLE);
  assert.equal(triggerClass('وزارة') & TRIGGER.ORG, TRIGGER.ORG);
  assert.equal(triggerClass('مدينة') & TRIGGER.LOC, TRIGGER.LOC);
  assert.equal(triggerClass('قال') & TRIGGER.SAY, TRIGGER.SAY);
  assert.equal(triggerClass('كتاب'), 0);
});

test('stacked features: what the first pass said about the same word elsewhere in the document', () => {
  const doc = [['زار', 'زيد', 'حلب'], ['قال', 'زيد', 'ذلك'], ['قال', 'عمرو', 'ذلك']];
  const O = 0;
  const B = LABEL_INDEX.get('S-PER')!; // a one-word name
  const first = [Uint8Array.of(O, B, O), Uint8Array.of(O, O, O), Uint8Array.of(O, O, O)];
  const f = stackedFeatures(doc, first, cache, BITS);
  assert.equal(f.length, 3);
  const at = (j: number, i: number) => [...f[j].ids.subarray(f[j].offs[i], f[j].offs[i + 1])];
  // «زيد» in sentence 2 and «عمرو» in sentence 3: same own/neighbour labels, but «زيد» was tagged elsewhere
  assert.notDeepEqual(at(1, 1), at(2, 1));
  // outside the window the other mention is not seen
  const far = stackedFeatures(doc, first, cache, BITS, 0);
  const atFar = (j: number, i: number) => [...far[j].ids.subarray(far[j].offs[i], far[j].offs[i + 1])];
  assert.deepEqual(atFar(1, 1), atFar(2, 1));
  for (const s of f) for (const id of s.ids) assert.ok(id >= 0 && id < 1 << BITS);
  assert.deepEqual(stackedFeatures([], [], cache, BITS), []);
});

test('domain copies: merged weights give the same scores as general + private features', () => {
  const words = ['قال', 'زيد', 'في', 'حلب'];
  const base = sentenceFeatures(words, cache, BITS);
  const aug = augmentIds(base.ids, base.offs, 2, BITS);
  assert.equal(aug.ids.length, 2 * base.ids.length);
  assert.ok(domainSalt(2, BITS) !== domainSalt(3, BITS));
  const r = rng(3);
  const m: DenseModel = { bits: BITS, w: Float32Array.from({ length: (1 << BITS) * NL }, () => r() - 0.5), trans: new Float32Array((NL + 1) * NL) };
  const merged = mergeDomain(m, 2);
  assert.deepEqual(decodeDense({ ...aug }, m), decodeDense({ ...base }, merged));
});

test('a two-pass model file tags like the dense models it was made from', () => {
  const r = rng(11);
  const NAMES = ['زيد', 'عمرو', 'خالد', 'ليلى'];
  const sents: Array<{ words: string[]; tags: string[] }> = [];
  for (let s = 0; s < 120; s++) {
    const n = NAMES[Math.floor(r() * NAMES.length)];
    sents.push(r() < 0.5 ? { words: ['قال', 'السيد', n, 'ذلك'], tags: ['O', 'O', 'B-PER', 'O'] } : { words: ['ذهب', n, 'الى', 'البيت'], tags: ['O', 'B-PER', 'O', 'O'] });
  }
  const base = sents.map((s) => sentenceFeatures(s.words, cache, BITS));
  const inst1: Instance[] = base.map((b, j) => ({ ...b, gold: gold(sents[j].tags) }));
  const m1 = trainPerceptron(inst1, { bits: BITS, epochs: 2, seed: 1 });
  const first = inst1.map((x) => decodeDense(x, m1));
  const docs = [sents.slice(0, 60), sents.slice(60)];
  const stacked = [...stackedFeatures(docs[0].map((s) => s.words), first.slice(0, 60), cache, BITS), ...stackedFeatures(docs[1].map((s) => s.words), first.slice(60), cache, BITS)];
  const inst2: Instance[] = base.map((b, j) => ({ ...concatFeatures(b, stacked[j]), gold: gold(sents[j].tags) }));
  const m2 = trainPerceptron(inst2, { bits: BITS, epochs: 2, seed: 1 });
  const tagger = createTagger(decodeModel(encodeModel([m1, m2], { gazetteerTsv: '', clustersTsv: '' })));
  assert.equal(tagger.info.passes, 2);
  for (const [d, doc] of docs.entries()) {
    const got = tagger.tagDocument(doc.map((s) => s.words));
    const want = doc.map((_, j) => iobTags(decodeDense(inst2[d * 60 + j], m2)));
    assert.deepEqual(got, want);
  }
  // the sparse lookup path (for models too big to expand) decides the same
  const sparse = createTagger(decodeModel(encodeModel([m1, m2], { gazetteerTsv: '', clustersTsv: '' })), { dense: false });
  assert.deepEqual(sparse.tagDocument(docs[0].map((s) => s.words)), tagger.tagDocument(docs[0].map((s) => s.words)));
  // first pass only: the pass-1 model's decisions
  const fast = createTagger(decodeModel(encodeModel([m1, m2], { gazetteerTsv: '', clustersTsv: '' })), { firstPassOnly: true });
  assert.equal(fast.info.passes, 1);
  assert.deepEqual(fast.tag(sents[0].words), iobTags(decodeDense(inst1[0], m1)));
  // odd input
  assert.deepEqual(tagger.tagDocument([]), []);
  assert.deepEqual(tagger.tagDocument([[], ['']]).map((t) => t.length), [0, 1]);
  assert.deepEqual(tagger.tagDocument(null as unknown as string[][]), []);
});
