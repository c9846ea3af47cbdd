// Scoring one analysis against one gold file, and adding files up
// (micro-average, SPEC §4). An analysis that is not valid SPEC JSON, or whose
// text differs from the gold text, is scored as empty and reported.
import type { Analysis } from '../model/analysis.js';
import type { Gold } from './gold.js';
import { validateAnalysis } from './schema.js';
import { mapEntities } from './entity-map.js';
import { scoreMentions } from './mentions.js';
import { scoreStatements } from './statements.js';
import { scoreEvents } from './events.js';
import { scoreQuantities, scoreTimes } from './values.js';
import { scoreCoref } from './coref.js';
import { type Counts, type Ratio, addCounts, addRatio, emptyCounts, emptyRatio } from './prf.js';
import type { Finding } from './finding.js';

export interface LayerCounts {
  mentionsStrict: Counts;
  mentionsPartial: Counts;
  corefP: Ratio;
  corefR: Ratio;
  attribution: Counts;
  sources: Counts;
  speakerAcc: Ratio;
  kindAcc: Ratio;
  contentIou: Ratio;
  events: Counts;
  quantities: Counts;
  times: Counts;
}

export type Layer = 'mentions' | 'statements' | 'events' | 'quantities' | 'times';

export interface FileScore {
  id: string;
  /** ok; invalid / text-mismatch / missing: scored as an empty analysis */
  status: 'ok' | 'invalid' | 'text-mismatch' | 'missing';
  problems: string[];
  counts: LayerCounts;
  findings: Record<Layer, Finding[]>;
}

export function emptyLayerCounts(): LayerCounts {
  return {
    mentionsStrict: emptyCounts(), mentionsPartial: emptyCounts(), corefP: emptyRatio(), corefR: emptyRatio(),
    attribution: emptyCounts(), sources: emptyCounts(), speakerAcc: emptyRatio(), kindAcc: emptyRatio(),
    contentIou: emptyRatio(), events: emptyCounts(), quantities: emptyCounts(), times: emptyCounts(),
  };
}

export function addLayerCounts(a: LayerCounts, b: LayerCounts): LayerCounts {
  const out = emptyLayerCounts();
  for (const k of Object.keys(out) as Array<keyof LayerCounts>) {
    const x = a[k] as Counts & Ratio;
    const y = b[k] as Counts & Ratio;
    (out[k] as unknown) = 'tp' in x ? addCounts(x, y) : addRatio(x, y);
  }
  return out;
}

export function emptyAnalysis(gold: Gold): Analysis {
  return {
    schema: 'isnad.analysis/1', doc: { id: gold.id, lang: 'ar' }, text: gold.text,
    sentences: [], entities: [], statements: [], events: [], quantities: [], times: [],
  };
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return n;
}

/**
 * Validate `pred` (any JSON, or undefined when there is none) and score it;
 * `unreadable` says why there is no usable JSON at all.
 */
export function scoreFile(gold: Gold, pred: unknown, unreadable?: string): FileScore {
  let status: FileScore['status'] = 'ok';
  const problems: string[] = [];
  let analysis = emptyAnalysis(gold);
  if (unreadable !== undefined) {
    status = 'invalid';
    problems.push(unreadable);
  } else if (pred === undefined) {
    status = 'missing';
    problems.push('no analysis');
  } else {
    const v = validateAnalysis(pred);
    if (!v.ok) {
      status = 'invalid';
      problems.push(...v.errors);
    } else if (v.analysis.text !== gold.text) {
      status = 'text-mismatch';
      const at = firstDifference(v.analysis.text, gold.text);
      problems.push(`text differs from the gold text at offset ${at} (lengths ${v.analysis.text.length} and ${gold.text.length})`);
    } else analysis = v.analysis;
  }
  return { id: gold.id, status, problems, ...scoreAnalysis(gold, analysis) };
}

/** Score a valid analysis over the gold text. */
export function scoreAnalysis(gold: Gold, a: Analysis): Pick<FileScore, 'counts' | 'findings'> {
  const text = gold.text;
  const map = mapEntities(a.entities, gold.entities);
  const men = scoreMentions(gold.entities, a.entities, text);
  const coref = scoreCoref(gold.entities, a.entities);
  const st = scoreStatements(gold.statements, a.statements, map, gold.entities, a.entities, text);
  const ev = scoreEvents(gold.events, a.events, map, gold.entities, a.entities, text);
  const qu = scoreQuantities(gold.quantities, a.quantities, text);
  const ti = scoreTimes(gold.times, a.times, text);
  return {
    counts: {
      mentionsStrict: men.strict, mentionsPartial: men.partial, corefP: coref.p, corefR: coref.r,
      attribution: st.attribution, sources: st.sources, speakerAcc: st.speakerAcc, kindAcc: st.kindAcc,
      contentIou: st.contentIou, events: ev.counts, quantities: qu.counts, times: ti.counts,
    },
    findings: {
      mentions: men.findings, statements: st.findings, events: ev.findings,
      quantities: qu.findings, times: ti.findings,
    },
  };
}

export function totalCounts(files: FileScore[]): LayerCounts {
  return files.reduce((acc, f) => addLayerCounts(acc, f.counts), emptyLayerCounts());
}
