// An analysis made ready for any store: its rows (flattened) and its JSON.
// Pure and CPU-bound, so ingest runs it on the analysis threads and the
// writing thread only executes SQL.
import type { Analysis } from '../model/analysis.js';
import { flattenAnalysis, type FlatArticle } from './flatten.js';

export interface PreparedArticle {
  flat: FlatArticle;
  /** the analysis as stored in articles.analysis */
  json: string;
}

export function prepareArticle(a: Analysis): PreparedArticle {
  return { flat: flattenAnalysis(a), json: JSON.stringify(a) };
}
