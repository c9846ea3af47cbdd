// What every reader yields: an article's text and metadata, or why a source
// could not be read. The ingest loop consumes these without knowing where
// they came from (file, JSONL line, feed item, URL).
import type { DocMeta } from '../model/analysis.js';

export interface RawArticle {
  /** where it came from, for messages: a path, path:line, or URL */
  source: string;
  text: string;
  meta: Partial<DocMeta>;
}

export type SourceItem =
  | { ok: true; article: RawArticle }
  | { ok: false; source: string; reason: string };

export function failed(source: string, reason: string): SourceItem {
  return { ok: false, source, reason };
}
