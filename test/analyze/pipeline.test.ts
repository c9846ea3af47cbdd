import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { runPipeline, STAGES, type Stage } from '../../src/analyze/pipeline.js';

const boom: Stage = { name: 'boom', run() { throw new Error('kaboom'); } };

test('a failing stage becomes a warning and later stages still run', () => {
  const doc = createDoc('قال الرئيس إن الوضع مستقر.');
  const ctx = createContext({ strict: false });
  runPipeline(doc, ctx, [STAGES[0], boom, STAGES[1]]);
  assert.ok(doc.tokens.length > 0, 'the text stage ran');
  assert.equal(doc.warnings.length, 1);
  assert.match(doc.warnings[0], /boom stage failed.*kaboom/);
});

test('in strict mode a failing stage throws', () => {
  const doc = createDoc('نص');
  assert.throws(() => runPipeline(doc, createContext({ strict: true }), [boom]), /kaboom/);
});
