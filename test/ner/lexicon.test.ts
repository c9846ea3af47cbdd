import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordAtoms, sentenceFeatures, AtomCache } from '../../src/ner/features.js';
import { parseClusters, formatClusters, withCorpusTags } from '../../src/ner/clusters.js';
import { corpusTagCode, parseCorpusTags } from '../../src/ner/corpus-tags.js';
import { IOB_INDEX, IOB_LABELS } from '../../src/ner/tags.js';

const counts = (by: Record<string, number>) => {
  const c = new Int32Array(IOB_LABELS.length);
  for (const [l, n] of Object.entries(by)) c[IOB_INDEX.get(l)!] = n;
  return c;
};

test('corpusTagCode: most frequent entity label and share band; 0 when rare or never an entity', () => {
  assert.equal(corpusTagCode(counts({ O: 100 }), 3), 0);
  assert.equal(corpusTagCode(counts({ 'B-PER': 2 }), 3), 0); // seen too few times
  assert.equal(corpusTagCode(counts({ O: 99, 'B-LOC': 1 }), 3), 0); // under 2% inside an entity
  const bper = IOB_INDEX.get('B-PER')!;
  assert.equal(corpusTagCode(counts({ O: 1, 'B-PER': 9 }), 3), 1 + 4 * (bper - 1) + 3);
  const iorg = IOB_INDEX.get('I-ORG')!;
  assert.equal(corpusTagCode(counts({ O: 7, 'I-ORG': 2, 'B-ORG': 1 }), 3), 1 + 4 * (iorg - 1) + 1);
  assert.equal(parseCorpusTags('# h\nلافروف\t4\n\nx\n').get('لافروف'), 4);
});

test('withCorpusTags appends the code as a fifth column, for words with or without clusters', () => {
  const c = parseClusters('# h\nلافروف\t1\t9\t0\t70\nقال\t2\t17\n');
  const m = withCorpusTags(c, new Map([['لافروف', 4], ['بومبيو', 8]]));
  assert.deepEqual(m.get('لافروف'), [1, 9, 0, 70, 4]);
  assert.deepEqual(m.get('قال'), [2, 17, -1, -1, 0]);
  assert.deepEqual(m.get('بومبيو'), [-1, -1, -1, -1, 8]);
  assert.deepEqual(parseClusters(formatClusters(m)), m);
});

test('cluster levels and the corpus code reach the features; two-column files still read', () => {
  const g = new Map<string, number>();
  const full = parseClusters('لافروف\t1\t9\t0\t70\t4\n');
  const other = parseClusters('لافروف\t1\t9\t0\t71\t8\n');
  const old = parseClusters('لافروف\t1\t9\n');
  const a = wordAtoms('لافروف', g, full);
  const b = wordAtoms('لافروف', g, other);
  const o = wordAtoms('لافروف', g, old);
  assert.equal(a.c64, b.c64);
  assert.notEqual(a.c4096, b.c4096);
  assert.notEqual(a.auto, b.auto);
  assert.equal(o.auto, 0);
  assert.equal(a.c512, o.c512);
  // the neighbour's fine cluster and code change the features of the token next to it
  const fa = sentenceFeatures(['قال', 'لافروف'], new AtomCache(g, full), 18);
  const fb = sentenceFeatures(['قال', 'لافروف'], new AtomCache(g, other), 18);
  assert.notDeepEqual([...fa.ids.subarray(fa.offs[0], fa.offs[1])], [...fb.ids.subarray(fb.offs[0], fb.offs[1])]);
  // and the lookup sees through clitics
  assert.equal(wordAtoms('ولافروف', g, full).auto, a.auto);
});
