// With analysis threads, the main thread only reads and writes: it must not
// load the pipeline (a second copy of every model and cache costs hundreds of
// MB), and a thread grows beyond one only once POOL_AFTER articles are sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, POOL_AFTER } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open.js';
import { createContext } from '../../src/analyze/context.js';
import { recordToItem } from '../../src/ingest/jsonl.js';
import type { SourceItem } from '../../src/ingest/types.js';
import { synthRecord } from './synth.js';

async function* items(n: number): AsyncGenerator<SourceItem> {
  for (let i = 0; i < n; i++) yield recordToItem(synthRecord(7000 + i), `synth:${i}`);
}

test('with threads, the main thread loads no pipeline resources', async () => {
  const store = await openStore({ db: ':memory:' });
  const ctx = createContext();
  try {
    const s = await ingest(store, items(12), { ctx, threads: 1, batchSize: 5 });
    assert.equal(s.new, 12);
    assert.equal(ctx.resources.size, 0, [...ctx.resources.keys()].join(', '));
    assert.equal((await store.counts()).articles, 12);
  } finally {
    await store.close();
  }
});

test('without threads, the main thread analyses', async () => {
  const store = await openStore({ db: ':memory:' });
  const ctx = createContext();
  try {
    const s = await ingest(store, items(3), { ctx, threads: 0 });
    assert.equal(s.new, 3);
    assert.ok(ctx.resources.size > 0);
  } finally {
    await store.close();
  }
  assert.ok(POOL_AFTER > 0);
});
