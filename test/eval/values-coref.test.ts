import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTimeValue, sameTimeValue } from '../../src/eval/iso-value.js';
import { scoreQuantities, scoreTimes } from '../../src/eval/values.js';
import { scoreCoref } from '../../src/eval/coref.js';
import { mapEntities } from '../../src/eval/entity-map.js';
import { TEXT, at, ent, gold } from './helpers.js';

test('durations: weeks are 7 days; months are not days; dates compare as written', () => {
  assert.ok(sameTimeValue('P2W', 'P14D'));
  assert.ok(sameTimeValue('p1w3d', 'P10D'));
  assert.ok(sameTimeValue('P1.5M', 'P1,5M'));
  assert.ok(!sameTimeValue('P1M', 'P30D'));
  assert.ok(!sameTimeValue('P3D', 'P3Y'));
  assert.ok(sameTimeValue('2018-02-24t04:00z', '2018-02-24T04:00Z'));
  assert.ok(!sameTimeValue('2018-02', '2018-02-01'));
  assert.equal(normalizeTimeValue('PT'), 'PT');
  assert.equal(normalizeTimeValue('P'), 'P');
});

test('times need an overlapping span and the same value', () => {
  const g = gold({ times: [{ ...at('أسبوعين'), kind: 'duration', value: 'P2W' }] });
  const hit = scoreTimes(g.times, [{ ...at('خلال أسبوعين'), kind: 'duration', value: 'P14D' }], TEXT);
  assert.deepEqual(hit.counts, { tp: 1, sys: 1, gold: 1 });
  const wrongValue = scoreTimes(g.times, [{ ...at('أسبوعين'), kind: 'duration', value: 'P2D' }], TEXT);
  assert.deepEqual(wrongValue.counts, { tp: 0, sys: 1, gold: 1 });
  assert.match(wrongValue.findings[0]!.message, /system has P2D/);
  const elsewhere = scoreTimes(g.times, [{ ...at('خلال'), kind: 'duration', value: 'P2W' }], TEXT);
  assert.deepEqual(elsewhere.counts, { tp: 0, sys: 1, gold: 1 });
});

test('quantities: overlap and same number, one-to-one', () => {
  const text = 'قتل أكثر من 10,000 جندي و6000 عامل';
  const g = gold({ quantities: [
    { ...at('أكثر من 10,000 جندي', 0, text), value: 10000, approx: 'more_than' },
    { ...at('6000 عامل', 0, text), value: 6000 }] }, text);
  const s = scoreQuantities(g.quantities, [
    { ...at('10,000', 0, text), value: 10000, approx: null },
    { ...at('10,000 جندي', 0, text), value: 10000, approx: null },
    { ...at('6000', 0, text), value: 600, approx: null }], text);
  assert.deepEqual(s.counts, { tp: 1, sys: 3, gold: 2 });
});

test('B³ over gold mentions; a missed mention is a singleton', () => {
  // gold A = {روسيا, موسكو, بيونغ يانغ}, B = {كيم}; the system puts روسيا, موسكو and
  // كيم together and misses بيونغ يانغ. By hand: P = R = 2/3.
  const g = gold({ entities: [
    { id: 'A', type: 'GPE', name: 'a', mentions: [{ ...at('روسيا'), kind: 'name' }, { ...at('موسكو'), kind: 'name' }, { ...at('بيونغ يانغ'), kind: 'metonym' }] },
    { id: 'B', type: 'PER', name: 'b', mentions: [{ ...at('كيم'), kind: 'name' }] },
  ] });
  const sys = [ent('x', 'GPE', ['روسيا', 'name'], ['موسكو', 'name'], ['كيم جونغ', 'name']), ent('y', 'GPE', ['تدعم', 'name'])];
  const c = scoreCoref(g.entities, sys);
  assert.equal(c.p.den, 4);
  assert.ok(Math.abs(c.p.num / c.p.den - 2 / 3) < 1e-12);
  assert.ok(Math.abs(c.r.num / c.r.den - 2 / 3) < 1e-12);
  // a perfect clustering scores 1
  const perfect = [ent('x', 'GPE', ['روسيا', 'name'], ['موسكو', 'name'], ['بيونغ يانغ', 'name']), ent('y', 'PER', ['كيم', 'name'])];
  const c2 = scoreCoref(g.entities, perfect);
  assert.equal(c2.p.num, 4);
  assert.equal(c2.r.num, 4);
});

test('entity identity: IoU-weighted votes of the mentions', () => {
  const g = gold({ entities: [
    { id: 'A', type: 'GPE', name: 'a', mentions: [{ ...at('روسيا'), kind: 'name' }] },
    { id: 'B', type: 'GPE', name: 'b', mentions: [{ ...at('كوريا الشمالية'), kind: 'name' }, { ...at('بيونغ يانغ'), kind: 'metonym' }] },
  ] });
  // one exact vote for A (1.0) against two partial votes for B (8/14 + 5/10 ≈ 1.07)
  const sys = [ent('s', 'GPE', ['روسيا', 'name'], ['الشمالية', 'name'], ['بيونغ', 'name'])];
  const map = mapEntities(sys, g.entities);
  assert.equal(map.get('s'), 'B');
  const alone = mapEntities([ent('t', 'GPE', ['تدعم', 'name'])], g.entities);
  assert.equal(alone.has('t'), false);
});
