// The ingest loop: for each article, skip it cheaply if its URL or folded
// text is already known (before any analysis), else analyse it (on worker
// threads when a pool is given, in order) and write it with others in one
// transaction of `batchSize`. A killed run loses at most the open batch;
// re-running skips everything already stored.
//
// With threads, the main thread only reads, dedups and writes: it never loads
// the pipeline (a second copy of every model and cache), and enough articles
// are in flight that the threads keep analysing while a batch is written.
import type { Store } from '../store/store.js';
import type { DocMeta } from '../model/analysis.js';
import type { Context } from '../analyze/context.js';
import { analyzeDoc } from '../analyze/pipeline.js';
import { toAnalysis } from '../analyze/doc.js';
import { textHash } from '../store/keys.js';
import { prepareArticle, type PreparedArticle } from '../store/prepare.js';
import type { SourceItem } from './types.js';
import { AnalyzePool, type AnalyzeResponse } from './analyze-pool.js';
import { addFailure, emptySummary, type IngestSummary } from './summary.js';

export interface IngestOptions {
  ctx: Context;
  /**
   * analyse on this many worker threads (0: on this thread). One starts with
   * the first article; the others only once POOL_AFTER articles have been
   * sent: each pays the pipeline's start-up, which a small ingest should not.
   */
  threads?: number;
  /** articles per transaction (default 100) */
  batchSize?: number;
  /** called after every article */
  onProgress?: (s: IngestSummary) => void;
  /** checked between articles: stop early (e.g. on Ctrl-C), keeping what is written */
  shouldStop?: () => boolean;
  /** per-article warnings from the pipeline */
  onWarning?: (source: string, warning: string) => void;
}

const MAX_TEXT_CHARS = 2_000_000;
export const POOL_AFTER = 64;

interface Outcome {
  prepared?: PreparedArticle;
  warnings?: string[];
  error?: string;
}

interface InFlight {
  source: string;
  url?: string;
  hash: string;
  outcome: Promise<Outcome>;
}

function analyzeHere(text: string, meta: Partial<DocMeta>, ctx: Context): Outcome {
  try {
    const doc = analyzeDoc(text, meta, ctx);
    return { prepared: prepareArticle(toAnalysis(doc)), warnings: doc.warnings };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, o: IngestOptions): Promise<IngestSummary> {
  const s = emptySummary();
  const t0 = performance.now();
  const batchSize = Math.max(1, o.batchSize ?? 100);
  let pool: AnalyzePool | undefined;
  let sent = 0;
  let maxInFlight = 1;
  let batch: InFlight[] = [];
  let analyses: PreparedArticle[] = [];
  const inFlight: InFlight[] = [];
  // keys analysed or being analysed but not yet visible in the store
  const pendingUrls = new Set<string>();
  const pendingHashes = new Set<string>();
  const forget = (x: InFlight) => {
    if (x.url) pendingUrls.delete(x.url);
    pendingHashes.delete(x.hash);
  };

  const flush = async () => {
    if (!analyses.length) return;
    const t = performance.now();
    const results = await store.putPrepared(analyses);
    s.storeSeconds += (performance.now() - t) / 1000;
    results.forEach((r) => (r.created ? s.new++ : s.duplicate++));
    batch.forEach(forget);
    batch = [];
    analyses = [];
  };

  // take the oldest analysis off the line (results stay in input order)
  const settleOne = async () => {
    const x = inFlight.shift()!;
    const t = performance.now();
    const r = await x.outcome;
    if (pool) s.analyseSeconds += (performance.now() - t) / 1000; // time spent waiting for the threads
    if (r.error !== undefined || !r.prepared) {
      addFailure(s, x.source, `analysis failed: ${r.error}`);
      forget(x);
    } else {
      for (const w of r.warnings ?? []) o.onWarning?.(x.source, w);
      batch.push(x);
      analyses.push(r.prepared);
      if (analyses.length >= batchSize) await flush();
    }
    o.onProgress?.(s);
  };

  try {
    for await (const item of items) {
      s.read++;
      if (!item.ok) addFailure(s, item.source, item.reason);
      else {
        const { text, meta, source } = item.article;
        const url = meta.url;
        if (!text.trim()) addFailure(s, source, 'empty text');
        else if (text.length > MAX_TEXT_CHARS) addFailure(s, source, `text over ${MAX_TEXT_CHARS} characters`);
        else if (url && (pendingUrls.has(url) || (await store.hasUrl(url)))) s.duplicate++;
        else {
          const hash = textHash(text);
          if (pendingHashes.has(hash) || (await store.hasTextHash(hash))) s.duplicate++;
          else {
            const m = { ...meta, id: meta.id ?? url ?? hash.slice(0, 16) };
            if (url) pendingUrls.add(url);
            pendingHashes.add(hash);
            let outcome: Promise<Outcome>;
            const threads = o.threads ?? 0;
            if (threads > 0 && (!pool || (sent === POOL_AFTER && pool.size < threads))) {
              pool ??= new AnalyzePool(1, o.ctx.options);
              if (sent >= POOL_AFTER) pool.grow(threads);
              // a few queued per thread, plus a batch's worth so they keep working while it is written
              maxInFlight = pool.size * 4 + batchSize;
            }
            sent++;
            if (pool) {
              const p = pool;
              const settle = (r: AnalyzeResponse, retry: boolean): Outcome | Promise<Outcome> => {
                if (r.error === undefined) return { prepared: r.prepared, warnings: r.warnings };
                if (!r.crashed) return { error: r.error };
                // a dead thread (most often out of heap) is not the article's fault: try a fresh
                // thread once, then analyse it here (which loads the pipeline on this thread)
                return retry ? p.analyze(text, m).then((r2) => settle(r2, false)) : analyzeHere(text, m, o.ctx);
              };
              outcome = p.analyze(text, m).then((r) => settle(r, true));
            } else {
              const t = performance.now();
              outcome = Promise.resolve(analyzeHere(text, m, o.ctx));
              s.analyseSeconds += (performance.now() - t) / 1000;
            }
            inFlight.push({ source, url, hash, outcome });
            while (inFlight.length >= maxInFlight) await settleOne();
          }
        }
      }
      o.onProgress?.(s);
      if (o.shouldStop?.()) break;
    }
    while (inFlight.length) await settleOne();
    await flush();
  } finally {
    await pool?.close();
  }
  s.seconds = (performance.now() - t0) / 1000;
  o.onProgress?.(s);
  return s;
}
