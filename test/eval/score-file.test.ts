import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreFile, totalCounts } from '../../src/eval/score.js';
import { summarize } from '../../src/eval/summary.js';
import { loadGolds } from '../../src/eval/run-eval.js';
import { goldAsAnalysis } from '../../src/eval/gold-as-analysis.js';
import { validateAnalysis } from '../../src/eval/schema.js';
import type { Analysis } from '../../src/model/analysis.js';
import { GOLD_ENTITIES, analysis, ent, gold } from './helpers.js';

const FIXTURES = new URL('../fixtures/gold/', import.meta.url).pathname;
const g = gold({ entities: GOLD_ENTITIES });
const good = analysis({ entities: [ent('a', 'PER', ['سيرغي لافروف', 'name'])] });

test('a valid analysis is scored', () => {
  const f = scoreFile(g, good);
  assert.equal(f.status, 'ok');
  assert.equal(f.counts.mentionsStrict.tp, 1);
});

test('an invalid analysis is scored as empty and reported', () => {
  const bad = { ...good, entities: [{ ...good.entities[0], type: 'PERSON' }] };
  const f = scoreFile(g, bad);
  assert.equal(f.status, 'invalid');
  assert.equal(f.counts.mentionsStrict.tp, 0);
  assert.equal(f.counts.mentionsStrict.gold, 4);
  assert.match(f.problems.join(' '), /entities\[0\]\.type/);
});

test('dangling ids and spans outside the text make an analysis invalid', () => {
  const dangling = analysis({ statements: [{ id: 's', speaker: 'nobody', cue: { start: 0, end: 3 }, content: { start: 4, end: 9 }, kind: 'direct', sources: [], parent: null }] });
  assert.equal(validateAnalysis(dangling).ok, false);
  const outside = analysis({ times: [{ start: 5, end: 100000, kind: 'date', value: '2018' }] });
  const v = validateAnalysis(outside);
  assert.ok(!v.ok && /not inside the text/.test(v.errors[0]!));
  assert.equal(validateAnalysis(null).ok, false);
  assert.equal(validateAnalysis('text').ok, false);
  assert.equal(validateAnalysis({ ...good, schema: 'isnad.analysis/2' }).ok, false);
});

test('extra fields are allowed', () => {
  const extra = { ...good, engine: 'x', entities: [{ ...good.entities[0], score: 0.9 }] };
  assert.equal(validateAnalysis(extra).ok, true);
});

test('an analysis of a different text is scored as empty and reported', () => {
  const f = scoreFile(g, { ...good, text: good.text + ' ' });
  assert.equal(f.status, 'text-mismatch');
  assert.equal(f.counts.mentionsStrict.tp, 0);
  assert.match(f.problems[0]!, /offset \d+/);
});

test('no analysis at all is scored as empty', () => {
  const f = scoreFile(g, undefined);
  assert.equal(f.status, 'missing');
  assert.equal(f.counts.mentionsStrict.gold, 4);
});

test('the gold itself, as an analysis, scores 100 on every layer of every fixture', () => {
  const golds = loadGolds(FIXTURES);
  assert.ok(golds.length >= 11);
  const files = golds.map((x) => scoreFile(x, goldAsAnalysis(x)));
  for (const f of files) assert.equal(f.status, 'ok', `${f.id}: ${f.problems.join('; ')}`);
  const s = summarize(totalCounts(files));
  for (const v of [s.entities.mentions_strict.f1, s.entities.mentions_partial.f1, s.entities.coreference_b3.f1,
    s.statements.attribution.f1, s.statements.sources.f1, s.statements.speaker_accuracy, s.statements.kind_accuracy,
    s.statements.content_iou, s.events.f1, s.quantities.f1, s.times.f1]) assert.equal(v, 1);
});

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let r = seed;
  for (let i = out.length - 1; i > 0; i--) {
    r = (r * 1103515245 + 12345) % 2147483648;
    const j = r % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('scores do not depend on the order of the system lists', () => {
  const golds = loadGolds(FIXTURES);
  for (const x of golds.slice(0, 4)) {
    // a degraded analysis: every other mention dropped, speakers rotated
    const a = goldAsAnalysis(x);
    const ids = a.entities.map((e) => e.id);
    const base: Analysis = {
      ...a,
      entities: a.entities.map((e) => ({ ...e, mentions: e.mentions.filter((_, i) => i % 2 === 0) })),
      statements: a.statements.map((s, i) => ({ ...s, speaker: i % 3 ? s.speaker : ids[i % ids.length]! })),
      events: [...a.events, ...a.events.map((v) => ({ ...v, id: v.id + 'b', source: v.target, target: v.source }))],
    };
    const want = scoreFile(x, base).counts;
    for (const seed of [1, 2, 3]) {
      const perm: Analysis = {
        ...base,
        entities: shuffled(base.entities, seed).map((e) => ({ ...e, mentions: shuffled(e.mentions, seed) })),
        statements: shuffled(base.statements, seed),
        events: shuffled(base.events, seed),
        quantities: shuffled(base.quantities, seed),
        times: shuffled(base.times, seed),
      };
      assert.deepEqual(scoreFile(x, perm).counts, want, `${x.id} seed ${seed}`);
    }
  }
});
