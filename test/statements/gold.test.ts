// Attribution against gold (with gold entities, SPEC §4 matching). The seed
// ships as a fixture; the dev set is read from ../shared when present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { devFiles, f1, scoreFiles, sharedAvailable } from './harness.js';

test('seed: attribution and sources', () => {
  const s = scoreFiles([fileURLToPath(new URL('fixtures/seed-000.gold.json', import.meta.url))]);
  assert.ok(f1(s.tp, s.sys, s.gold).f >= 0.9, `attribution F1 ${f1(s.tp, s.sys, s.gold).f}`);
  assert.ok(f1(s.srcTp, s.srcSys, s.srcGold).f >= 0.85, `sources F1 ${f1(s.srcTp, s.srcSys, s.srcGold).f}`);
});

test('dev set: attribution', (t) => {
  if (!sharedAvailable()) return t.skip('../shared/data not present');
  const s = scoreFiles(devFiles());
  assert.ok(f1(s.tp, s.sys, s.gold).f >= 0.85, `attribution F1 ${f1(s.tp, s.sys, s.gold).f}`);
});
