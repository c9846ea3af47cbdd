// Ingest throughput. SQLite: N articles of the ANT corpus into a fresh
// database, articles/s and peak RSS. PostgreSQL (--pg URL): the same
// articles queued once, then processed by 1 and by 2 worker processes.
//   node --import tsx bench/ingest.ts [--n 2000] [--file F.jsonl.gz] [--db out.db]
//   node --import tsx bench/ingest.ts --pg postgres://postgres@127.0.0.1/test [--n 500] [--workers 1,2]
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open.js';
import { createContext } from '../src/analyze/context.js';
import { readJsonl } from '../src/ingest/jsonl.js';
import { ingest } from '../src/ingest/ingest.js';
import type { SourceItem } from '../src/ingest/types.js';
import { defaultThreads } from '../src/ingest/analyze-pool.js';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    file: { type: 'string', default: fileURLToPath(new URL('../../shared/data/corpus/ant-multisource.jsonl.gz', import.meta.url)) },
    db: { type: 'string' },
    batch: { type: 'string', default: '100' },
    threads: { type: 'string' },
    pg: { type: 'string' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    workers: { type: 'string', default: '1,2' },
    'worker-mode': { type: 'string' }, // internal: run as one worker process
  },
});

async function* firstN(path: string, n: number): AsyncGenerator<SourceItem> {
  let k = 0;
  for await (const it of readJsonl(path)) {
    if (k++ >= n) return;
    yield it;
  }
}

// maxRSS covers the whole process, analysis threads included
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function benchSqlite(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  const db = args.db ?? join(dir, 'bench.db');
  if (args.db && existsSync(db)) throw new Error(`${db} exists: the bench wants a fresh database`);
  const store = await openStore({ db });
  const threads = args.threads === undefined ? defaultThreads() : Number(args.threads);
  // the main thread's own share (the analysis threads' heaps are only in the RSS)
  const main = { heapMb: 0, externalMb: 0 };
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    main.heapMb = Math.max(main.heapMb, m.heapUsed / 1048576);
    main.externalMb = Math.max(main.externalMb, m.external / 1048576);
  }, 500);
  sample.unref();
  try {
    const s = await ingest(store, firstN(args.file!, n), { ctx: createContext(), batchSize: Number(args.batch), threads });
    clearInterval(sample);
    const out = {
      bench: 'ingest-sqlite', threads, articles: s.read, new: s.new, duplicate: s.duplicate, failed: s.failed,
      seconds: +s.seconds.toFixed(2), analyseSeconds: +s.analyseSeconds.toFixed(2), storeSeconds: +s.storeSeconds.toFixed(2), articlesPerSecond: +(s.read / s.seconds).toFixed(1), peakRssMb: +peakRssMb().toFixed(0),
      mainPeakHeapMb: +main.heapMb.toFixed(0), mainPeakExternalMb: +main.externalMb.toFixed(0),
      counts: await store.counts(),
    };
    console.log(JSON.stringify(out));
    console.error(`SQLite: ${out.articles} articles in ${out.seconds} s = ${out.articlesPerSecond} articles/s, peak RSS ${out.peakRssMb} MB (targets: ≥ 100/s, ≤ 1024 MB)`);
  } finally {
    await store.close();
    if (!args.db) rmSync(dir, { recursive: true, force: true });
  }
}

async function workerMode(queueName: string, schema: string): Promise<void> {
  const { startWorker } = await import('../src/queue/worker.js');
  const store = await openStore({ pg: args.pg, schema, poolSize: 2 });
  const ctx = createContext();
  // load the pipeline's resources before saying ready: start-up is not throughput
  const { analyzeText } = await import('../src/analyze/pipeline.js');
  analyzeText('قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار.', {}, ctx);
  const h = await startWorker({ redis: args.redis!, queueName, store, ctx, onError: () => undefined });
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await h.close();
  await store.close();
}

async function benchPg(n: number): Promise<void> {
  const { Queue } = await import('bullmq');
  const { bullConnection } = await import('../src/queue/redis.js');
  const { enqueueSources } = await import('../src/queue/enqueue.js');
  const pg = (await import('pg')).default;
  const results: Record<string, number> = {};
  for (const w of args.workers!.split(',').map(Number)) {
    const tag = `${process.pid}_${w}_${Date.now().toString(36)}`;
    const schema = `isnad_bench_${tag}`;
    const queueName = `isnad-bench-${tag}`;
    await (await openStore({ pg: args.pg, schema })).close(); // migrate before the workers race to
    const connection = bullConnection(args.redis!);
    const queue = new Queue(queueName, { connection });
    const procs = Array.from({ length: w }, () =>
      spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--worker-mode', `${queueName}:${schema}`, '--pg', args.pg!, '--redis', args.redis!], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const c = new pg.Client({ connectionString: args.pg });
    let stored = 0;
    let secs = 0;
    try {
      await Promise.all(procs.map((p) => new Promise<void>((resolve, reject) => {
        p.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
        p.on('exit', (code) => reject(new Error(`bench worker exited with ${code}`)));
      })));
      const t0 = performance.now(); // workers warm: from the first job queued to the last one done
      await enqueueSources(firstN(args.file!, n), { redis: args.redis!, queueName });
      for (;;) {
        const jc = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (!jc.waiting && !jc.active && !jc.delayed && !jc.prioritized) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      secs = (performance.now() - t0) / 1000;
      await c.connect();
      stored = Number((await c.query(`SELECT COUNT(*) AS n FROM "${schema}".articles`)).rows[0].n);
    } finally {
      // leave nothing behind: worker processes, the schema, the queue
      for (const p of procs) if (p.exitCode === null) p.kill('SIGTERM');
      await Promise.all(procs.map((p) => (p.exitCode === null ? new Promise((r) => p.on('exit', r)) : null)));
      if (!stored) await c.connect().catch(() => undefined);
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await c.end().catch(() => undefined);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      connection.disconnect();
    }
    results[w] = stored / secs;
    console.log(JSON.stringify({ bench: 'ingest-pg', workers: w, articles: stored, seconds: +secs.toFixed(2), articlesPerSecond: +(stored / secs).toFixed(1) }));
  }
  if (results[1] && results[2]) console.error(`PostgreSQL: 2 workers / 1 worker = ${(results[2] / results[1]).toFixed(2)}× (target ≥ 1.6×)`);
}

const n = Number(args.n);
if (args['worker-mode']) {
  const [q, s] = args['worker-mode'].split(':');
  await workerMode(q, s);
} else if (!existsSync(args.file!)) {
  console.error(`bench: ${args.file} not found (the ANT corpus lives in ../shared/data/corpus)`);
  process.exit(1);
} else if (args.pg) await benchPg(n);
else await benchSqlite(n);
