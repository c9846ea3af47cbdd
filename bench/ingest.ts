// Ingest throughput. SQLite: N articles of the ANT corpus into a fresh
// database, articles/s and peak RSS. PostgreSQL (--pg URL): the same
// articles queued once, then processed by 1 and by 2 worker processes.
//   node --import tsx bench/ingest.ts [--n 2000] [--file F.jsonl.gz] [--db out.db]
//   node --import tsx bench/ingest.ts --pg postgres://postgres@127.0.0.1/test [--n 500] [--workers 1,2] [--concurrency 16]
//     [--warmup 1000] [--worker-node-flags=--single-threaded (default, as isnad worker; empty for V8's helper threads)]
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
import { procCpu, postgresCpu, helperThreadsCpu, pidsNamed } from './proc-cpu.js';

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
    concurrency: { type: 'string' }, // jobs each worker holds (and writes together); default: the worker's
    // articles each worker analyses (unstored) before the clock starts: workers run for hours, so their steady state is what scales
    warmup: { type: 'string', default: '1000' },
    // as `isnad worker` runs by default (src/cli/one-core.ts): one core per worker; `--worker-node-flags=` for V8's helper threads too
    'worker-node-flags': { type: 'string', default: '--single-threaded' },
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

async function workerMode(queueName: string, schema: string, n: number): Promise<void> {
  const { startWorker } = await import('../src/queue/worker.js');
  const store = await openStore({ pg: args.pg, schema, poolSize: 2 });
  const ctx = createContext();
  // load the pipeline's resources and let the JIT settle before saying ready: start-up is not
  // throughput. Each worker analyses the same articles, from after the measured ones (the 1- and
  // 2-worker runs are otherwise each worker's first articles, and V8 compiles for a long while)
  const { analyzeText } = await import('../src/analyze/pipeline.js');
  analyzeText('قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار.', {}, ctx);
  let k = 0;
  for await (const it of readJsonl(args.file!)) {
    if (k++ < n) continue;
    if (k > n + Number(args.warmup)) break;
    if (it.ok) analyzeText(it.article.text, it.article.meta, ctx);
  }
  // where this process spends its CPU. Writes: the store's write calls (while one runs, every
  // held job waits for it). Analysis: once a job may analyse (the batcher's turn) it goes on
  // synchronously to handing its article over, so the CPU from then to the next turn of the
  // event loop is analysis. The rest: the "already stored?" checks, BullMQ, the pg and Redis clients.
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const t = { analyseCpu: 0, writeCpu: 0, writeWall: 0, writes: 0, articles: 0 };
  const putPrepared = store.putPrepared.bind(store);
  store.putPrepared = async (list) => {
    const c0 = cpu(); const w0 = performance.now();
    try { return await putPrepared(list); } finally {
      t.writeCpu += cpu() - c0; t.writeWall += (performance.now() - w0) / 1000; t.writes++; t.articles += list.length;
    }
  };
  const h = await startWorker({ redis: args.redis!, queueName, store, ctx, onError: () => undefined, concurrency: args.concurrency ? Number(args.concurrency) : undefined });
  let since: number | null = null;
  const turn = h.batcher.turn.bind(h.batcher);
  h.batcher.turn = async () => {
    await turn();
    if (since === null) {
      since = cpu();
      setImmediate(() => { t.analyseCpu += cpu() - since!; since = null; });
    }
  };
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.once('SIGUSR2', () => resolve()));
  process.stdout.write('stats ' + JSON.stringify(t) + '\n');
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
      spawn(process.execPath, [...(args['worker-node-flags']?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', fileURLToPath(import.meta.url), '--worker-mode', `${queueName}:${schema}`, '--pg', args.pg!, '--redis', args.redis!, '--n', String(n), '--warmup', args.warmup!, ...(args.concurrency ? ['--concurrency', args.concurrency] : [])], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const c = new pg.Client({ connectionString: args.pg });
    let stored = 0;
    let secs = 0;
    let cpuMs: Record<string, number> = {};
    let wallMs: Record<string, number> = {};
    try {
      await Promise.all(procs.map((p) => new Promise<void>((resolve, reject) => {
        p.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
        p.on('exit', (code) => reject(new Error(`bench worker exited with ${code}`)));
      })));
      // the jobs go on the paused queue first: reading and queueing the corpus is the producer's
      // work, not the workers', and every worker then starts on a full queue at the same moment
      await queue.pause();
      await enqueueSources(firstN(args.file!, n), { redis: args.redis!, queueName });
      const redisPids = pidsNamed('redis-server');
      const cpuNow = () => ({
        workers: procs.map((p) => procCpu(p.pid!)), helpers: procs.map((p) => helperThreadsCpu(p.pid!)), postgres: postgresCpu(), redis: redisPids.reduce((a, pid) => a + procCpu(pid), 0),
        bench: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
      });
      const cpu0 = cpuNow();
      const t0 = performance.now(); // workers warm: from the queue's start to the last job done
      await queue.resume();
      for (;;) {
        const jc = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (!jc.waiting && !jc.active && !jc.delayed && !jc.prioritized) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      secs = (performance.now() - t0) / 1000;
      const cpu1 = cpuNow();
      await c.connect();
      stored = Number((await c.query(`SELECT COUNT(*) AS n FROM "${schema}".articles`)).rows[0].n);
      // each worker's own account of where its CPU went
      const inner = await Promise.all(procs.map((p) => new Promise<Record<string, number>>((resolve) => {
        let buf = '';
        p.stdout!.on('data', (d: Buffer) => {
          buf += d.toString();
          const m = /stats (\{.*\})\n/.exec(buf);
          if (m) resolve(JSON.parse(m[1]));
        });
        p.kill('SIGUSR2');
      })));
      const sum = (k: string) => inner.reduce((a, x) => a + x[k], 0);
      const per = (x: number) => +((x / Math.max(1, stored)) * 1000).toFixed(2); // ms per article
      const workersTotal = cpu1.workers.reduce((a, x, i) => a + x - cpu0.workers[i], 0);
      cpuMs = {
        workersTotal: per(workersTotal), workerHelperThreads: per(cpu1.helpers.reduce((a, x, i) => a + x - cpu0.helpers[i], 0)), workerAnalyse: per(sum('analyseCpu')), workerWrite: per(sum('writeCpu')),
        workerOther: per(workersTotal - sum('analyseCpu') - sum('writeCpu')),
        postgres: per(cpu1.postgres - cpu0.postgres), redis: per(cpu1.redis - cpu0.redis), bench: per(cpu1.bench - cpu0.bench),
      };
      wallMs = { writePerArticle: per(sum('writeWall')), articlesPerWrite: +(sum('articles') / Math.max(1, sum('writes'))).toFixed(1) };
      cpuMs.all = +(cpuMs.workersTotal + cpuMs.postgres + cpuMs.redis + cpuMs.bench).toFixed(2);
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
    console.log(JSON.stringify({ bench: 'ingest-pg', workers: w, articles: stored, seconds: +secs.toFixed(2), articlesPerSecond: +(stored / secs).toFixed(1), cpuMsPerArticle: cpuMs, wallMsPerArticle: wallMs, coresBusy: +((cpuMs.all ?? 0) * stored / 1000 / secs).toFixed(2) }));
  }
  if (results[1] && results[2]) console.error(`PostgreSQL: 2 workers / 1 worker = ${(results[2] / results[1]).toFixed(2)}× (target ≥ 1.6×)`);
}

const n = Number(args.n);
if (args['worker-mode']) {
  const [q, s] = args['worker-mode'].split(':');
  await workerMode(q, s, n);
} else if (!existsSync(args.file!)) {
  console.error(`bench: ${args.file} not found (the ANT corpus lives in ../shared/data/corpus)`);
  process.exit(1);
} else if (args.pg) await benchPg(n);
else await benchSqlite(n);
