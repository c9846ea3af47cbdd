// Two workers against the real Redis and PostgreSQL: every article stored
// once, duplicates and re-queued jobs write nothing, a bad job is retried
// and then reported as failed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Queue } from 'bullmq';
import { openStore } from '../../src/store/open.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { createContext } from '../../src/analyze/context.js';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { startWorker, processJob, type WorkerHandle } from '../../src/queue/worker.js';
import { bullConnection } from '../../src/queue/redis.js';
import type { SourceItem } from '../../src/ingest/types.js';
import { TEST_PG, TEST_REDIS, pgUnavailable, redisUnavailable, uniqueName, dropSchema } from '../store/pg-env.js';
import { synthRecord } from '../ingest/synth.js';
import { recordToItem } from '../../src/ingest/jsonl.js';

const why = (await pgUnavailable()) ?? (await redisUnavailable());

async function* items(n: number, from = 0): AsyncGenerator<SourceItem> {
  for (let i = from; i < from + n; i++) yield recordToItem(synthRecord(i), `synth:${i}`);
}

describe('queue and workers', { skip: why ?? false }, () => {
  const schema = uniqueName('isnad_q');
  const queueName = uniqueName('isnad-test');
  const stores: SqlStore[] = [];
  const workers: WorkerHandle[] = [];
  const failures: string[] = [];
  const writes: number[] = []; // articles per write transaction
  let queue: Queue;
  let connection: ReturnType<typeof bullConnection>;

  before(async () => {
    connection = bullConnection(TEST_REDIS);
    queue = new Queue(queueName, { connection });
    for (let i = 0; i < 2; i++) {
      const store = await openStore({ pg: TEST_PG, schema, poolSize: 2 });
      const put = store.putPrepared.bind(store);
      store.putPrepared = (list) => (writes.push(list.length), put(list));
      stores.push(store);
      workers.push(await startWorker({
        redis: TEST_REDIS, queueName, store, ctx: createContext(),
        onFailed: (src, reason) => failures.push(`${src}: ${reason}`), onError: () => undefined,
      }));
    }
  });

  after(async () => {
    for (const w of workers) await w.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    connection?.disconnect();
    for (const s of stores) await s.close();
    await dropSchema(schema);
  });

  async function settled(): Promise<Record<string, number>> {
    for (let i = 0; i < 600; i++) {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children');
      if (!c.waiting && !c.active && !c.delayed && !c.prioritized) return c;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('queue did not drain');
  }

  it('two workers store each queued article once', async () => {
    const s = await enqueueSources((async function* () {
      yield* items(24);
      yield* items(4); // the same articles again in the same run
    })(), { redis: TEST_REDIS, queueName });
    assert.equal(s.new, 24);
    assert.equal(s.duplicate, 4);
    await settled();
    assert.equal((await stores[0].counts()).articles, 24);
    const done = workers.map((w) => w.stats.done);
    assert.equal(done[0] + done[1], 24);
    assert.ok(done[0] > 0 && done[1] > 0, `both workers took jobs: ${done}`);
    // each worker writes the articles of the jobs it holds together
    assert.equal(writes.reduce((a, n) => a + n, 0), 24);
    assert.ok(writes.length < 24 && Math.max(...writes) > 1, `articles per write: ${writes}`);
  });

  it('re-queueing the same articles writes nothing twice', async () => {
    const s = await enqueueSources(items(30), { redis: TEST_REDIS, queueName });
    assert.equal(s.new, 30); // submitted; BullMQ ignores the ids it already holds
    await settled();
    assert.equal((await stores[0].counts()).articles, 30);
    // a job run twice (a retry after a crash) finds its article stored
    const job = { data: { source: 'x', text: synthRecord(3).text, meta: { url: 'http://other.example/3' } } };
    assert.equal((await processJob(stores[1], createContext(), job)).created, false);
  });

  it('retries a failing job with backoff, then reports it', async () => {
    await queue.add('analyze', { source: 'bad-job', text: '', meta: {} } as never, { jobId: 'bad-1', attempts: 2, backoff: { type: 'fixed', delay: 50 } });
    const c = await settled();
    assert.equal(c.failed, 1);
    assert.deepEqual(failures, ['bad-job: job without text']);
    assert.equal(workers[0].stats.failed + workers[1].stats.failed, 1);
  });
});
