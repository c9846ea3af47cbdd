// An ingest worker: takes jobs from the queue, skips articles already stored,
// analyses the rest and writes them to the shared store, the articles of the
// jobs it holds together (write-batcher.ts). Safe to run any number of times
// in parallel: the store's writes are idempotent and keyed by URL and folded
// text, and a retried job finds its article already there.
import { Worker, type Job } from 'bullmq';
import type { Store, PutResult } from '../store/store.js';
import type { Context } from '../analyze/context.js';
import { analyzeDoc } from '../analyze/pipeline.js';
import { toAnalysis } from '../analyze/doc.js';
import { textHash } from '../store/keys.js';
import { prepareArticle, type PreparedArticle } from '../store/prepare.js';
import { checkRedis, bullConnection } from './redis.js';
import { WriteBatcher } from './write-batcher.js';
import { DEFAULT_CONCURRENCY, type IngestJob } from './names.js';

export interface WorkerOptions {
  redis: string;
  queueName: string;
  store: Store;
  ctx: Context;
  /** jobs held at once (default DEFAULT_CONCURRENCY): analysed one after another, then written in one transaction */
  concurrency?: number;
  /** a job failed for good (after its last retry) */
  onFailed?: (source: string, reason: string) => void;
  onError?: (e: Error) => void;
}

export interface WorkerStats {
  done: number;
  created: number;
  duplicate: number;
  failed: number;
}

export interface WorkerHandle {
  worker: Worker<IngestJob, PutResult>;
  batcher: WriteBatcher;
  stats: WorkerStats;
  close(): Promise<void>;
}

export async function processJob(store: Store, ctx: Context, job: Pick<Job<IngestJob>, 'data'>, batcher?: WriteBatcher): Promise<PutResult> {
  batcher?.enter();
  let prepared: PreparedArticle;
  try {
    const { text, meta } = job.data;
    if (typeof text !== 'string' || !text.trim()) throw new Error('job without text');
    const hash = textHash(text);
    // nothing to analyse when a previous attempt or another worker already stored it
    if (await store.hasArticle(meta?.url || undefined, hash)) {
      batcher?.leave();
      return { articleId: -1, created: false };
    }
    await batcher?.turn();
    const doc = analyzeDoc(text, { ...meta, id: meta?.id ?? meta?.url ?? hash.slice(0, 16) }, ctx);
    prepared = prepareArticle(toAnalysis(doc));
  } catch (e) {
    batcher?.leave();
    throw e;
  }
  return batcher ? batcher.write(prepared) : (await store.putPrepared([prepared]))[0];
}

export async function startWorker(o: WorkerOptions): Promise<WorkerHandle> {
  await checkRedis(o.redis);
  const connection = bullConnection(o.redis);
  const stats: WorkerStats = { done: 0, created: 0, duplicate: 0, failed: 0 };
  const concurrency = o.concurrency ?? DEFAULT_CONCURRENCY;
  // the jobs held at once share their write: one transaction for up to `concurrency` articles
  const batcher = new WriteBatcher(o.store, concurrency);
  const worker = new Worker<IngestJob, PutResult>(o.queueName, (job) => processJob(o.store, o.ctx, job, batcher), {
    connection,
    concurrency,
  });
  // BullMQ emits connection and processing errors here; without a listener they would crash the process
  worker.on('error', (e) => o.onError?.(e));
  worker.on('completed', (_job, r) => {
    stats.done++;
    if (r?.created) stats.created++;
    else stats.duplicate++;
  });
  worker.on('failed', (job, err) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade >= attempts) {
      stats.failed++;
      o.onFailed?.(job.data?.source ?? String(job.id), err?.message ?? String(err));
    }
  });
  await worker.waitUntilReady();
  return {
    worker,
    batcher,
    stats,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
