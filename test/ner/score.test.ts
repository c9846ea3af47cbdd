import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreConll } from '../../src/ner/conll-score.js';
import { repairIob, iobSpans } from '../../src/ner/tags.js';

test('exact-span scoring per type', () => {
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'O']];
  const pred = [['B-PER', 'O', 'O', 'B-LOC'], ['B-ORG', 'B-MISC']];
  const s = scoreConll(gold, pred);
  assert.equal(s.byType.LOC.tp, 1);
  assert.equal(s.byType.PER.tp, 0);
  assert.equal(s.byType.PER.fp, 1);
  assert.equal(s.byType.PER.fn, 1);
  assert.equal(s.byType.MISC.fp, 1);
  assert.equal(s.overall.tp, 2);
  assert.equal(s.overall.fp, 2);
  assert.equal(s.overall.fn, 1);
  assert.ok(Math.abs(s.overall.f1 - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-9);
});

test('perfect and empty predictions', () => {
  const gold = [['B-PER', 'I-PER']];
  assert.equal(scoreConll(gold, gold).overall.f1, 1);
  assert.equal(scoreConll(gold, [[]]).overall.f1, 0);
  assert.equal(scoreConll([], []).overall.f1, 0);
});

test('IOB repair and spans', () => {
  assert.deepEqual(repairIob(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'I-LOC']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'B-LOC']);
  assert.deepEqual(iobSpans(['B-PER', 'I-PER', 'B-PER', 'O']), [{ type: 'PER', start: 0, end: 2 }, { type: 'PER', start: 2, end: 3 }]);
});
