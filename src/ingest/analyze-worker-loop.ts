// One analysis thread: receives texts, runs the pipeline, returns the SPEC
// analysis, flattened for the store. Resources (KB, models) load once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDoc } from '../analyze/pipeline.js';
import { toAnalysis } from '../analyze/doc.js';
import { prepareArticle } from '../store/prepare.js';
import { createContext, type AnalyzeOptions } from '../analyze/context.js';
import { adoptSharedTables } from '../ner/tagger.js';
import type { AnalyzeRequest, AnalyzeResponse, AnalyzeThreadData } from './analyze-pool.js';

const data = (workerData ?? {}) as Partial<AnalyzeThreadData>;
// the tagger's weight table, expanded once by the pool in shared memory (loaded lazily by the entities stage)
adoptSharedTables(Array.isArray(data.nerTables) ? data.nerTables : []);
const ctx = createContext((data.options ?? {}) as AnalyzeOptions);

parentPort!.on('message', (req: AnalyzeRequest) => {
  let res: AnalyzeResponse;
  try {
    const doc = analyzeDoc(req.text, req.meta, ctx);
    res = { id: req.id, prepared: prepareArticle(toAnalysis(doc)), warnings: doc.warnings };
  } catch (e) {
    res = { id: req.id, error: (e as Error)?.message ?? String(e) };
  }
  parentPort!.postMessage(res);
});
