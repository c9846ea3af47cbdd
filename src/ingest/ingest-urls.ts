// Ingest of URLs and feeds for the HTTP API (POST /api/ingest): the same
// readers and loop as `isnad ingest`, with a summary the API returns.
import type { Store } from '../store/store.js';
import type { Context } from '../analyze/context.js';
import type { FetchOptions } from './fetch.js';
import { readSources } from './sources.js';
import { ingest } from './ingest.js';

export interface UrlIngestResult {
  read: number;
  new: number;
  duplicate: number;
  failed: Array<{ source: string; reason: string }>;
}

export function makeIngestUrls(store: Store, ctx: Context, fetch: FetchOptions = {}): (urls: string[]) => Promise<UrlIngestResult> {
  return async (urls) => {
    const bad = urls.filter((u) => !/^https?:\/\//i.test(u));
    const s = await ingest(store, readSources(urls.filter((u) => !bad.includes(u)), { fetch }), { ctx, batchSize: 20 });
    return {
      read: s.read + bad.length, new: s.new, duplicate: s.duplicate,
      failed: [...bad.map((source) => ({ source, reason: 'not an http(s) URL' })), ...s.failedList],
    };
  };
}
