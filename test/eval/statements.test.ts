import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentsMatch, scoreStatements } from '../../src/eval/statements.js';
import { mapEntities } from '../../src/eval/entity-map.js';
import type { Entity, Statement } from '../../src/model/analysis.js';
import { GOLD_ENTITIES, TEXT, at, ent, gold, stmt } from './helpers.js';

const C1 = at('إن روسيا تدعم كوريا الشمالية');
const C2 = at('أن بيونغ يانغ مستعدة للتعاون مع موسكو خلال أسبوعين');
const gs = (s: Record<string, unknown>) => ({ cue: at('قال'), kind: 'indirect', sources: [], parent: null, ...s });
const SYS_ENTS: Entity[] = [ent('p1', 'PER', ['سيرغي لافروف', 'name']), ent('p2', 'PER', ['كيم جونغ أون', 'name']), ent('r', 'GPE', ['روسيا', 'name'])];

function run(goldStatements: unknown[], sys: Statement[]) {
  const g = gold({ entities: GOLD_ENTITIES, statements: goldStatements });
  const map = mapEntities(SYS_ENTS, g.entities);
  return scoreStatements(g.statements, sys, map, g.entities, SYS_ENTS, TEXT);
}

test('contents match when they overlap by at least half of the longer', () => {
  assert.ok(contentsMatch({ start: 0, end: 10 }, { start: 5, end: 10 }));
  assert.ok(!contentsMatch({ start: 0, end: 10 }, { start: 6, end: 10 }));
  assert.ok(contentsMatch({ start: 0, end: 10 }, { start: 5, end: 15 }));
  assert.ok(!contentsMatch({ start: 0, end: 10 }, { start: 6, end: 16 }));
  assert.ok(!contentsMatch({ start: 3, end: 3 }, { start: 3, end: 3 }));
});

test('attribution: correct speaker through the entity map; wrong speaker costs P and R', () => {
  const s = run(
    [gs({ id: 'g1', speaker: 'LAVROV', content: C1 }), gs({ id: 'g2', speaker: 'KIM', content: C2 })],
    [stmt('a', 'p1', C1), stmt('b', 'p1', { start: C2.start + 2, end: C2.end })],
  );
  assert.deepEqual(s.attribution, { tp: 1, sys: 2, gold: 2 });
  assert.deepEqual(s.speakerAcc, { num: 1, den: 2 });
  assert.equal(s.contentIou.den, 2);
  assert.ok(s.contentIou.num > 1.9 && s.contentIou.num < 2);
});

test('a null gold speaker is not checked', () => {
  const s = run([gs({ id: 'g1', speaker: null, content: C1 })], [stmt('a', null, C1)]);
  assert.deepEqual(s.attribution, { tp: 1, sys: 1, gold: 1 });
  assert.deepEqual(s.speakerAcc, { num: 0, den: 0 });
});

test('optional gold: missing costs nothing, a match is neutral, not credited', () => {
  const golds = [gs({ id: 'g1', speaker: 'LAVROV', content: C1 }), gs({ id: 'g2', speaker: 'KIM', content: C2, optional: true })];
  const missing = run(golds, [stmt('a', 'p1', C1)]);
  assert.deepEqual(missing.attribution, { tp: 1, sys: 1, gold: 1 });
  const matched = run(golds, [stmt('a', 'p1', C1), stmt('b', 'p1', C2)]);
  assert.deepEqual(matched.attribution, { tp: 1, sys: 1, gold: 1 });
  assert.equal(matched.kindAcc.den, 1);
});

test('required gold is matched before optional gold', () => {
  // the optional gold has the very same content as the system statement;
  // the required one only overlaps it by more than half: the required wins.
  const longer = { start: C1.start, end: C1.end + 1 };
  const s = run(
    [gs({ id: 'opt', speaker: 'LAVROV', content: C1, optional: true }), gs({ id: 'req', speaker: 'LAVROV', content: longer })],
    [stmt('a', 'p1', C1)],
  );
  assert.deepEqual(s.attribution, { tp: 1, sys: 1, gold: 1 });
});

test('matching is one-to-one: a duplicate system statement is a false positive', () => {
  const s = run([gs({ id: 'g1', speaker: 'LAVROV', content: C1 })], [stmt('a', 'p1', C1), stmt('b', 'p1', C1)]);
  assert.deepEqual(s.attribution, { tp: 1, sys: 2, gold: 1 });
});

test('ties do not depend on system order: the right speaker is preferred', () => {
  const golds = [gs({ id: 'g1', speaker: 'LAVROV', content: C1 })];
  const one = run(golds, [stmt('a', 'p2', C1), stmt('b', 'p1', C1)]);
  const two = run(golds, [stmt('b', 'p1', C1), stmt('a', 'p2', C1)]);
  assert.deepEqual(one.attribution, { tp: 1, sys: 2, gold: 1 });
  assert.deepEqual(two.attribution, one.attribution);
});

test('kind accuracy and sources where sources_scored', () => {
  const s = run(
    [gs({ id: 'g1', speaker: 'LAVROV', content: C1, kind: 'direct', sources: ['RUSSIA'] }),
     gs({ id: 'g2', speaker: 'KIM', content: C2, sources: ['RUSSIA'], sources_scored: false })],
    [stmt('a', 'p1', C1, { sources: ['r', 'p2'] }), stmt('b', 'p2', C2, { sources: [] })],
  );
  assert.deepEqual(s.kindAcc, { num: 1, den: 2 });
  assert.deepEqual(s.sources, { tp: 1, sys: 2, gold: 1 });
});
