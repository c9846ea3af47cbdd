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

/**
 * Run the stages over one doc. A stage that throws on some odd input must not
 * cost the user the whole article: its layer is left as it was, and the
 * failure becomes a warning (the earlier layers are still right).
 */
export function runPipeline(doc: Doc, ctx: Context, stages: Stage[] = STAGES, timed = false): Doc {
  for (const stage of stages) {
    const t0 = timed ? performance.now() : 0;
    try {
      stage.run(doc, ctx);
    } catch (e) {
      if (ctx.options.strict ?? process.env.ISNAD_STRICT === '1') throw e;
      doc.warnings.push(`the ${stage.name} stage failed on this text (${(e as Error)?.message ?? e}); its layer may be incomplete`);
    }
    if (timed) stageTimes.set(stage.name, (stageTimes.get(stage.name) ?? 0) + performance.now() - t0);
  }
  return doc;
}

/** Analyse one text: the library's main entry point. */
export function analyzeText(text: string, meta: Partial<DocMeta> = {}, ctx: Context | AnalyzeOptions = {}): Analysis {
  const context = 'resources' in ctx ? (ctx as Context) : createContext(ctx as AnalyzeOptions);
  return toAnalysis(analyzeDoc(text, meta, context));
}

/** Analyse one text into a Doc; `ctx.options.published` is the fallback reference date. */
export function analyzeDoc(text: string, meta: Partial<DocMeta>, ctx: Context): Doc {
  const m = { ...meta };
  if (!m.published && ctx.options.published) m.published = ctx.options.published;
  return runPipeline(createDoc(text, m), ctx);
}
