// `isnad worker` as users run it: it re-runs itself as a one-core process
// (V8 --single-threaded), does the work, stops cleanly on SIGTERM given to
// the command, and its one-core child does not outlive a killed parent.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Queue } from 'bullmq';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { bullConnection } from '../../src/queue/redis.js';
import { recordToItem } from '../../src/ingest/jsonl.js';
import type { SourceItem } from '../../src/ingest/types.js';
import { synthRecord } from '../ingest/synth.js';
import { TEST_PG, TEST_REDIS, pgUnavailable, redisUnavailable, uniqueName, dropSchema } from '../store/pg-env.js';

const why = (await pgUnavailable()) ?? (await redisUnavailable());
const BIN = fileURLToPath(new URL('../../bin/isnad.js', import.meta.url));

async function* items(n: number): AsyncGenerator<SourceItem> {
  for (let i = 0; i < n; i++) yield recordToItem(synthRecord(500 + i), `synth-cli:${i}`);
}

function startWorker(queueName: string, schema: string): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  // PGOPTIONS puts the worker's tables in the test's own schema
  const child = spawn(process.execPath, [BIN, 'worker', '--pg', TEST_PG, '--redis', TEST_REDIS, '--queue-name', queueName], {
    env: { ...process.env, PGOPTIONS: `-c search_path=${schema}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('isnad worker (the command)', { skip: why ?? false }, () => {
  const schema = uniqueName('isnad_wcli');
  const queueName = uniqueName('isnad-wcli');
  const client = new pg.Client({ connectionString: TEST_PG });

  after(async () => {
    await client.end().catch(() => undefined);
    await dropSchema(schema);
    const connection = bullConnection(TEST_REDIS);
    const q = new Queue(queueName, { connection });
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
    await connection.quit();
  });

  it('runs on one core, stores what is queued, and stops on SIGTERM with a summary', async () => {
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    const w = startWorker(queueName, schema);
    await until(() => /waiting for jobs/.test(w.stderr()), 'the worker to start');
    assert.match(w.stderr(), /\(one core\) waiting for jobs/);
    await enqueueSources(items(3), { redis: TEST_REDIS, queueName });
    await until(async () => {
      const r = await client.query(`SELECT count(*)::int AS n FROM "${schema}".articles`).catch(() => ({ rows: [{ n: 0 }] }));
      return r.rows[0].n === 3;
    }, 'three stored articles');
    w.child.kill('SIGTERM');
    assert.equal(await w.exited, 0, w.stderr());
    assert.match(w.stderr(), /3 done \(3 new, 0 duplicate\), 0 failed/);
  });

  it('its one-core process stops when the command is killed', async () => {
    const w = startWorker(queueName, schema);
    await until(() => /waiting for jobs/.test(w.stderr()), 'the worker to start');
    const pid = Number(/worker (\d+) \(one core\)/.exec(w.stderr())?.[1]);
    assert.ok(pid > 0 && pid !== w.child.pid, 'the one-core child reports its own pid');
    w.child.kill('SIGKILL');
    await until(() => !alive(pid), 'the one-core child to stop', 20_000);
  });
});
