import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMemo } from '../../src/util/bounded-memo.js';

test('BoundedMemo holds at most its limit', () => {
  const m = new BoundedMemo<number, number>(100);
  for (let i = 0; i < 10_000; i++) m.set(i, i * 2);
  assert.ok(m.size <= 100, `size ${m.size}`);
  assert.equal(m.get(9_999), 19_998);
  assert.equal(m.get(0), undefined);
});

test('BoundedMemo keeps entries that are used in every generation', () => {
  const m = new BoundedMemo<string, number>(10);
  m.set('hot', 1);
  for (let i = 0; i < 1_000; i++) {
    m.set(`cold${i}`, i);
    if (i % 4 === 0) assert.equal(m.get('hot'), 1, `lost the hot entry after ${i} insertions`);
  }
  assert.equal(m.get('cold0'), undefined);
});

test('BoundedMemo.clear empties both generations', () => {
  const m = new BoundedMemo<string, string>(4);
  for (const k of ['a', 'b', 'c']) m.set(k, k.toUpperCase());
  assert.equal(m.get('a'), 'A');
  m.clear();
  assert.equal(m.size, 0);
  assert.equal(m.get('a'), undefined);
});
