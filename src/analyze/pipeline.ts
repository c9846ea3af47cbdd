// The pipeline: an ordered list of named stages over one shared Doc
// (DESIGN.md). Each stage reads earlier layers and adds its own.
import type { DocMeta } from '../model/analysis.js';
import type { Analysis } from '../model/analysis.js';
import { createDoc, toAnalysis, type Doc } from './doc.js';
import { createContext, type AnalyzeOptions, type Context } from './context.js';
import { textStage } from './stages/text.js';
import { quantitiesStage } from './stages/quantities.js';
import { timesStage } from './stages/times.js';
import { entitiesStage } from './stages/entities.js';
import { statementsStage } from './stages/statements.js';
import { eventsStage } from './stages/events.js';

export interface Stage {
  name: string;
  run(doc: Doc, ctx: Context): void;
}

export const STAGES: Stage[] = [textStage, quantitiesStage, timesStage, entitiesStage, statementsStage, eventsStage];

/** Per-stage wall time in ms, summed over all documents analysed (for bench). */
export const stageTimes = new Map<string, number>();

export function runPipeline(doc: Doc, ctx: Context, stages: Stage[] = STAGES, timed = false): Doc {
  for (const stage of stages) {
    if (timed) {
      const t0 = performance.now();
      stage.run(doc, ctx);
      stageTimes.set(stage.name, (stageTimes.get(stage.name) ?? 0) + performance.now() - t0);
    } else stage.run(doc, ctx);
  }
  return doc;
}

/** Analyse one text: the library's main entry point. */
export function analyzeText(text: string, meta: Partial<DocMeta> = {}, ctx: Context | AnalyzeOptions = {}): Analysis {
  const context = 'resources' in ctx ? (ctx as Context) : createContext(ctx as AnalyzeOptions);
  const m = { ...meta };
  if (!m.published && context.options.published) m.published = context.options.published;
  const doc = createDoc(text, m);
  runPipeline(doc, context);
  return toAnalysis(doc);
}

export function analyzeDoc(text: string, meta: Partial<DocMeta>, ctx: Context): Doc {
  const m = { ...meta };
  if (!m.published && ctx.options.published) m.published = ctx.options.published;
  return runPipeline(createDoc(text, m), ctx);
}
