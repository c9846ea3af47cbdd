import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunksOf, parseConll, parseTag, scoreConll, splitColumns, conllSummary } from '../../src/eval/conll.js';

test('tags: IOB1, IOB2, BIOES and BILOU, with typos repaired and types folded', () => {
  assert.deepEqual(parseTag('B-PERS'), { prefix: 'B', type: 'PER' });
  assert.deepEqual(parseTag('I--ORG'), { prefix: 'I', type: 'ORG' });
  assert.deepEqual(parseTag('OO'), { prefix: 'O', type: '' });
  assert.deepEqual(parseTag('U-GPE'), { prefix: 'S', type: 'LOC' });
  assert.deepEqual(parseTag('L-LOCATION'), { prefix: 'E', type: 'LOC' });
});

test('chunks follow conlleval: I after O starts a chunk, B always does', () => {
  assert.deepEqual(chunksOf(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' },
    { start: 4, end: 5, type: 'LOC' }, { start: 5, end: 6, type: 'ORG' }]);
  assert.deepEqual(chunksOf(['B-PER', 'E-PER', 'I-PER', 'S-LOC', 'S-LOC']), [
    { start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'LOC' }]);
  assert.deepEqual(chunksOf([]), []);
});

test('exact chunk match per type; GPE and LOC are one class', () => {
  const text = 'بوتين\tB-PERS\tB-PER\nفي\tO\tO\nموسكو\tB-LOC\tB-GPE\n\nالأمم\tB-ORG\tB-ORG\nالمتحدة\tI-ORG\tO\n';
  const sents = parseConll(text);
  assert.equal(sents.length, 2);
  const { gold, pred } = splitColumns(sents, 't');
  const s = conllSummary(scoreConll(gold, pred));
  assert.deepEqual([s.types.PER!.tp, s.types.LOC!.tp, s.types.ORG!.tp, s.types.ORG!.sys], [1, 1, 0, 1]);
  assert.equal(s.overall.tp, 2);
  assert.equal(s.overall.gold, 3);
  assert.ok(Math.abs(s.overall.f1 - 2 / 3) < 1e-12);
});

test('space-separated files and -DOCSTART- lines', () => {
  const sents = parseConll('-DOCSTART- O\n\nكيم B-PER\nجونغ I-PER\n');
  assert.deepEqual(sents.map((s) => s.map((r) => r.token)), [['كيم', 'جونغ']]);
  assert.throws(() => parseConll('lonely\n'), /expected "token TAG"/);
});
