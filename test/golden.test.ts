// Golden test: the real pipeline over the gold fixtures (the seed and the
// dev set, copied from ../shared/data so that this runs in any clone),
// scored per SPEC §4. The bars are the issues' acceptance figures; the
// figures measured when they were set are in the comments. Raise them, never
// lower them: `isnad eval --gold test/fixtures/gold --verbose` shows misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGolds, goldMeta } from '../src/eval/run-eval.js';
import { scoreFile, totalCounts } from '../src/eval/score.js';
import { summarize } from '../src/eval/summary.js';
import { validateAnalysis } from '../src/eval/schema.js';
import { analyzeText } from '../src/analyze/pipeline.js';
import { createContext } from '../src/analyze/context.js';
import type { Gold } from '../src/eval/gold.js';

type Bars = Partial<Record<'mentionsStrict' | 'mentionsPartial' | 'coreferenceB3' | 'attribution' | 'sources' | 'events' | 'quantities' | 'times', number>>;

// seed measured: mentions 100/100, B³ 99.1, attribution 100, sources 100, events 85.7, quantities 100, times 100
const SEED: Bars = { attribution: 0.9, sources: 0.85, events: 0.7, quantities: 1, times: 1, mentionsPartial: 0.95, coreferenceB3: 0.95 };
// dev measured: strict 93.7, partial 95.1, B³ 88.3, attribution 91.7, sources 95.2, events 74.5, quantities 100, times 100
const DEV: Bars = { mentionsStrict: 0.78, mentionsPartial: 0.88, coreferenceB3: 0.85, attribution: 0.85, events: 0.55, quantities: 0.9, times: 0.85 };

const FIXTURES = new URL('./fixtures/gold/', import.meta.url).pathname;
const golds = loadGolds(FIXTURES);
const ctx = createContext();

function score(set: Gold[]) {
  const files = set.map((g) => {
    const analysis = analyzeText(g.text, goldMeta(g), ctx);
    const v = validateAnalysis(analysis);
    assert.ok(v.ok, `${g.id}: the pipeline's analysis is not valid SPEC JSON: ${v.ok ? '' : v.errors.join('; ')}`);
    return scoreFile(g, analysis);
  });
  const s = summarize(totalCounts(files));
  return {
    mentionsStrict: s.entities.mentions_strict.f1,
    mentionsPartial: s.entities.mentions_partial.f1,
    coreferenceB3: s.entities.coreference_b3.f1,
    attribution: s.statements.attribution.f1,
    sources: s.statements.sources.f1,
    events: s.events.f1,
    quantities: s.quantities.f1,
    times: s.times.f1,
  };
}

function check(name: string, set: Gold[], bars: Bars): void {
  assert.ok(set.length > 0, `${name}: no gold fixtures`);
  const got = score(set);
  const low = (Object.keys(bars) as Array<keyof Bars>)
    .filter((k) => (got[k] ?? 0) < bars[k]!)
    .map((k) => `${k} ${((got[k] ?? 0) * 100).toFixed(1)} < ${(bars[k]! * 100).toFixed(1)}`);
  assert.deepEqual(low, [], `${name}: below the bars:\n${low.join('\n')}`);
}

test('seed: the founding example meets its bars', () => check('seed', golds.filter((g) => g.id.startsWith('seed')), SEED));

test('dev: the development set meets its bars', () => check('dev', golds.filter((g) => !g.id.startsWith('seed')), DEV));
