// Analysis on worker threads gives the same library as analysis in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, POOL_AFTER } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open.js';
import { createContext } from '../../src/analyze/context.js';
import { recordToItem } from '../../src/ingest/jsonl.js';
import type { SourceItem } from '../../src/ingest/types.js';
import { synthRecord } from './synth.js';

async function* items(n: number): AsyncGenerator<SourceItem> {
  for (let i = 0; i < n; i++) yield recordToItem(synthRecord(9000 + (i % (n - 5))), `synth:${i}`); // the last 5 repeat
}

test('threads and the main thread store the same articles, in the same order', async () => {
  const n = POOL_AFTER + 40;
  const results = [];
  for (const threads of [0, 2]) {
    const store = await openStore({ db: ':memory:' });
    try {
      const s = await ingest(store, items(n), { ctx: createContext(), threads, batchSize: 16 });
      assert.equal(s.new, n - 5);
      assert.equal(s.duplicate, 5);
      const page = await store.listArticles({ limit: 500 });
      results.push({ counts: await store.counts(), ids: page.items.map((a) => `${a.id}:${a.docId}`) });
    } finally {
      await store.close();
    }
  }
  assert.deepEqual(results[1], results[0]);
});

test('a dead analysis thread answers its jobs as crashed and is replaced', async () => {
  const { AnalyzePool } = await import('../../src/ingest/analyze-pool.js');
  const pool = new AnalyzePool(1);
  try {
    const ok = await pool.analyze('قال الوزير إن الاجتماع كان مثمرا.', { id: 'x' });
    assert.equal(ok.error, undefined);
    const pending = pool.analyze('نص آخر', { id: 'y' });
    await (pool as unknown as { slots: Array<{ worker: { terminate(): Promise<number> } }> }).slots[0].worker.terminate();
    const r = await pending;
    assert.ok(r.error !== undefined && 'crashed' in r && r.crashed, JSON.stringify(r));
    const again = await pool.analyze('قال الوزير', { id: 'z' });
    assert.equal(again.error, undefined);
  } finally {
    await pool.close();
  }
});
