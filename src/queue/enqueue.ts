// `isnad ingest --queue`: put each readable article on the BullMQ queue,
// jobId = hash of its folded text, so a re-run or a duplicate adds nothing.
import { Queue } from 'bullmq';
import type { SourceItem } from '../ingest/types.js';
import { addFailure, emptySummary, type IngestSummary } from '../ingest/summary.js';
import { textHash } from '../store/keys.js';
import { checkRedis, bullConnection } from './redis.js';
import { JOB_OPTIONS, jobIdFor, type IngestJob } from './names.js';

export interface EnqueueOptions {
  redis: string;
  queueName: string;
  published?: string;
  onProgress?: (s: IngestSummary) => void;
  shouldStop?: () => boolean;
  /** jobs per round trip */
  chunk?: number;
}

/** In the summary, `new` counts jobs queued; `duplicate`, articles repeated within this run. */
export async function enqueueSources(items: AsyncIterable<SourceItem>, o: EnqueueOptions): Promise<IngestSummary> {
  await checkRedis(o.redis);
  const connection = bullConnection(o.redis);
  const queue = new Queue<IngestJob>(o.queueName, { connection });
  queue.on('error', () => undefined);
  const s = emptySummary();
  const t0 = performance.now();
  const seen = new Set<string>();
  let pending: Array<{ name: string; data: IngestJob; opts: typeof JOB_OPTIONS & { jobId: string } }> = [];
  const flush = async () => {
    if (!pending.length) return;
    await queue.addBulk(pending);
    s.new += pending.length;
    pending = [];
  };
  try {
    for await (const item of items) {
      s.read++;
      if (!item.ok) addFailure(s, item.source, item.reason);
      else if (!item.article.text.trim()) addFailure(s, item.article.source, 'empty text');
      else {
        const hash = textHash(item.article.text);
        if (seen.has(hash)) s.duplicate++;
        else {
          seen.add(hash);
          const meta = { ...item.article.meta };
          if (!meta.published && o.published) meta.published = o.published;
          pending.push({ name: 'analyze', data: { source: item.article.source, text: item.article.text, meta }, opts: { ...JOB_OPTIONS, jobId: jobIdFor(hash) } });
          if (pending.length >= (o.chunk ?? 100)) await flush();
        }
      }
      o.onProgress?.(s);
      if (o.shouldStop?.()) break;
    }
    await flush();
  } finally {
    await queue.close();
    connection.disconnect();
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}
