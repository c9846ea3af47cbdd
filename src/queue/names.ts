// What ingest and workers agree on: defaults, the job's shape, its id.
import type { DocMeta } from '../model/analysis.js';

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'isnad-ingest';
/** jobs a worker holds at once, and so articles per write transaction */
export const DEFAULT_CONCURRENCY = 16;

export interface IngestJob {
  source: string;
  text: string;
  meta: Partial<DocMeta>;
}

/** One job per distinct text: a re-queued or duplicated article is the same job. */
export function jobIdFor(textHash: string): string {
  return 'doc-' + textHash;
}

/** Retries with exponential backoff, then the job stays failed for the report. */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
