import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreMentions } from '../../src/eval/mentions.js';
import { scoreAnalysis } from '../../src/eval/score.js';
import { summarize } from '../../src/eval/summary.js';
import { GOLD_ENTITIES, TEXT, analysis, ent, gold } from './helpers.js';

const g = gold({ entities: GOLD_ENTITIES });

test('strict needs the same span and class; partial only an overlap', () => {
  const sys = [ent('a', 'PER', ['لافروف', 'name']), ent('b', 'PER', ['كيم جونغ أون', 'name'])];
  const s = scoreMentions(g.entities, sys, TEXT);
  assert.deepEqual(s.strict, { tp: 1, sys: 2, gold: 4 });
  assert.deepEqual(s.partial, { tp: 2, sys: 2, gold: 4 });
  assert.ok(s.findings.some((f) => f.what === 'wrong' && f.message.includes('boundary')));
});

test('GPE and LOC are one class; a PER on a GPE name is wrong', () => {
  const sys = [ent('a', 'LOC', ['روسيا', 'name']), ent('b', 'PER', ['كوريا الشمالية', 'name'])];
  const s = scoreMentions(g.entities, sys, TEXT);
  assert.deepEqual(s.strict, { tp: 1, sys: 2, gold: 4 });
  assert.ok(s.findings.some((f) => f.what === 'spurious' && f.message.includes('gold says LOC')));
});

test('MISC is not scored, on either side', () => {
  const gm = gold({ entities: [...GOLD_ENTITIES, { id: 'X', type: 'MISC', name: 'x', mentions: [{ start: 0, end: 3, kind: 'name' }] }] });
  const sys = [ent('m', 'MISC', ['كيم جونغ أون', 'name']), ent('p', 'PER', ['قال', 'name'])];
  const s = scoreMentions(gm.entities, sys, TEXT);
  // the MISC system name is dropped; the PER name lies only on a gold MISC name: ignored
  assert.deepEqual(s.strict, { tp: 0, sys: 0, gold: 4 });
});

test('a system name lying only on a gold metonym or title is ignored', () => {
  const sys = [ent('a', 'GPE', ['بيونغ يانغ', 'name']), ent('b', 'ORG', ['وزير الخارجية', 'name']), ent('c', 'ORG', ['تدعم', 'name'])];
  const s = scoreMentions(g.entities, sys, TEXT);
  // only «تدعم» (no gold mention at all) counts, as a false positive
  assert.deepEqual(s.strict, { tp: 0, sys: 1, gold: 4 });
});

test('non-name system mentions are not NER mentions', () => {
  const sys = [ent('a', 'PER', ['سيرغي لافروف', 'title'])];
  assert.deepEqual(scoreMentions(g.entities, sys, TEXT).strict, { tp: 0, sys: 0, gold: 4 });
});

test('partial matching is one-to-one: two system names on one gold name give one hit', () => {
  const sys = [ent('a', 'PER', ['سيرغي', 'name']), ent('b', 'PER', ['لافروف', 'name'])];
  assert.deepEqual(scoreMentions(g.entities, sys, TEXT).partial, { tp: 1, sys: 2, gold: 4 });
});

test('layers empty in gold and system alike are n/a, not 0', () => {
  const empty = gold({});
  const s = summarize(scoreAnalysis(empty, analysis({})).counts);
  assert.equal(s.entities.mentions_strict.f1, null);
  assert.equal(s.events.p, null);
  assert.equal(s.times.f1, null);
  assert.equal(s.entities.coreference_b3.f1, null);
  assert.equal(s.statements.speaker_accuracy, null);
  // gold has items but the system none: 0, not n/a
  const s2 = summarize(scoreAnalysis(g, analysis({})).counts);
  assert.equal(s2.entities.mentions_strict.f1, 0);
  assert.equal(s2.statements.attribution.f1, null);
});
