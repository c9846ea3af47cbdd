import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEvents } from '../../src/eval/events.js';
import { mapEntities } from '../../src/eval/entity-map.js';
import type { Entity, Event } from '../../src/model/analysis.js';
import { GOLD_ENTITIES, TEXT, at, ent, ev, gold } from './helpers.js';

const SYS_ENTS: Entity[] = [
  ent('lav', 'PER', ['سيرغي لافروف', 'name']), ent('kim', 'PER', ['كيم جونغ أون', 'name']),
  ent('ru', 'GPE', ['روسيا', 'name']), ent('nk', 'GPE', ['كوريا الشمالية', 'name']), ent('x', 'ORG', ['قال', 'name']),
];
const ge = (e: Record<string, unknown>) => ({ anchor: at('تدعم'), optional: false, source: [], target: [], ...e });

function run(goldEvents: unknown[], sys: Event[]) {
  const g = gold({ entities: GOLD_ENTITIES, events: goldEvents });
  return scoreEvents(g.events, sys, mapEntities(SYS_ENTS, g.entities), g.entities, SYS_ENTS, TEXT).counts;
}

test('type accepted and every system actor among the gold side', () => {
  const golds = [ge({ id: 'v', type: ['SUPPORT', 'AID'], source: ['RUSSIA', 'LAVROV'], target: ['NK'] })];
  assert.deepEqual(run(golds, [ev('a', 'AID', ['ru', 'lav'], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', ['ru'], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
  assert.deepEqual(run(golds, [ev('a', 'CONSULT', ['ru'], ['nk'])]), { tp: 0, sys: 1, gold: 1 });
  // an extra actor that is not accepted spoils the side
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', ['ru', 'kim'], ['nk'])]), { tp: 0, sys: 1, gold: 1 });
  // a non-empty gold side needs at least one system actor
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', [], ['nk'])]), { tp: 0, sys: 1, gold: 1 });
});

test('an empty gold side is not checked', () => {
  const golds = [ge({ id: 'v', type: ['ASSAULT'], source: [], target: ['NK'] })];
  assert.deepEqual(run(golds, [ev('a', 'ASSAULT', ['x', 'kim'], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
  assert.deepEqual(run(golds, [ev('a', 'ASSAULT', [], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
});

test('CONSULT, AGREE, COOPERATE match with the sides swapped; others do not', () => {
  const consult = [ge({ id: 'v', type: ['CONSULT'], source: ['LAVROV'], target: ['KIM'] })];
  assert.deepEqual(run(consult, [ev('a', 'CONSULT', ['kim'], ['lav'])]), { tp: 1, sys: 1, gold: 1 });
  const cooperate = [ge({ id: 'v', type: ['COOPERATE'], source: ['LAVROV'], target: ['KIM'] })];
  assert.deepEqual(run(cooperate, [ev('a', 'COOPERATE', ['kim'], ['lav'])]), { tp: 1, sys: 1, gold: 1 });
  const support = [ge({ id: 'v', type: ['SUPPORT'], source: ['LAVROV'], target: ['KIM'] })];
  assert.deepEqual(run(support, [ev('a', 'SUPPORT', ['kim'], ['lav'])]), { tp: 0, sys: 1, gold: 1 });
});

test('maximum one-to-one matching, not greedy in list order', () => {
  // g1 accepts both system events; g2 only the first. Greedy in order would
  // give g1 the first event and leave g2 unmatched.
  const golds = [
    ge({ id: 'g1', type: ['SUPPORT'], source: ['RUSSIA', 'LAVROV'], target: ['NK'] }),
    ge({ id: 'g2', type: ['SUPPORT'], source: ['RUSSIA'], target: ['NK'], anchor: at('مستعدة') }),
  ];
  const sys = [ev('a', 'SUPPORT', ['ru'], ['nk']), ev('b', 'SUPPORT', ['lav'], ['nk'])];
  assert.deepEqual(run(golds, sys), { tp: 2, sys: 2, gold: 2 });
  assert.deepEqual(run(golds, [...sys].reverse()), { tp: 2, sys: 2, gold: 2 });
});

test('repeats of a matched event are neutral; unmatched count once per (type, actors)', () => {
  const golds = [ge({ id: 'g1', type: ['SUPPORT'], source: ['RUSSIA'], target: ['NK'] })];
  const sys = [
    ev('a', 'SUPPORT', ['ru'], ['nk']), ev('b', 'SUPPORT', ['ru'], ['nk'], at('مستعدة')),
    ev('c', 'THREATEN', ['kim'], ['ru']), ev('d', 'THREATEN', ['kim'], ['ru'], at('مستعدة')),
    ev('e', 'THREATEN', ['kim'], ['lav']),
  ];
  assert.deepEqual(run(golds, sys), { tp: 1, sys: 3, gold: 1 });
});

test('optional gold: missing costs nothing, matching is neutral', () => {
  const golds = [
    ge({ id: 'g1', type: ['SUPPORT'], source: ['RUSSIA'], target: ['NK'] }),
    ge({ id: 'g2', type: ['CONSULT'], source: ['LAVROV'], target: ['KIM'], optional: true }),
  ];
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', ['ru'], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', ['ru'], ['nk']), ev('b', 'CONSULT', ['kim'], ['lav'])]), { tp: 1, sys: 1, gold: 1 });
});

test('required gold is matched first', () => {
  // one system event fits both an optional and a required gold event
  const golds = [
    ge({ id: 'opt', type: ['SUPPORT'], source: ['RUSSIA'], target: [], optional: true }),
    ge({ id: 'req', type: ['SUPPORT'], source: ['RUSSIA'], target: ['NK'] }),
  ];
  assert.deepEqual(run(golds, [ev('a', 'SUPPORT', ['ru'], ['nk'])]), { tp: 1, sys: 1, gold: 1 });
});
