// The ingest loop: for each article, skip it cheaply if its URL or folded
// text is already known (before any analysis), else analyse it and write it
// with others in one transaction of `batchSize`. A killed run loses at most
// the open batch; re-running skips everything already stored.
import type { Store } from '../store/store.js';
import type { Analysis } from '../model/analysis.js';
import type { Context } from '../analyze/context.js';
import { analyzeDoc } from '../analyze/pipeline.js';
import { toAnalysis } from '../analyze/doc.js';
import { textHash } from '../store/keys.js';
import type { SourceItem } from './types.js';
import { addFailure, emptySummary, type IngestSummary } from './summary.js';

export interface IngestOptions {
  ctx: Context;
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

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, o: IngestOptions): Promise<IngestSummary> {
  const s = emptySummary();
  const t0 = performance.now();
  const batchSize = Math.max(1, o.batchSize ?? 100);
  let batch: Analysis[] = [];
  let batchSources: string[] = [];
  // keys of the open batch: not yet visible in the store
  const pendingUrls = new Set<string>();
  const pendingHashes = new Set<string>();

  const flush = async () => {
    if (!batch.length) return;
    const results = await store.putMany(batch);
    results.forEach((r) => (r.created ? s.new++ : s.duplicate++));
    batch = [];
    batchSources = [];
    pendingUrls.clear();
    pendingHashes.clear();
  };

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
          try {
            const doc = analyzeDoc(text, { ...meta, id: meta.id ?? url ?? hash.slice(0, 16) }, o.ctx);
            for (const w of doc.warnings) o.onWarning?.(source, w);
            batch.push(toAnalysis(doc));
            batchSources.push(source);
            if (url) pendingUrls.add(url);
            pendingHashes.add(hash);
          } catch (e) {
            addFailure(s, source, `analysis failed: ${(e as Error)?.message ?? e}`);
          }
          if (batch.length >= batchSize) await flush();
        }
      }
    }
    o.onProgress?.(s);
    if (o.shouldStop?.()) break;
  }
  await flush();
  s.seconds = (performance.now() - t0) / 1000;
  o.onProgress?.(s);
  return s;
}
