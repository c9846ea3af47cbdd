// Scores as numbers (for --json, tests and the golden bars) and as the table
// `isnad eval` prints. n/a (a layer empty in gold and system alike) is null.
import { type Counts, type Ratio, prf, ratioValue } from './prf.js';
import type { LayerCounts } from './score.js';

export interface PrfSummary {
  p: number | null;
  r: number | null;
  f1: number | null;
  tp: number;
  sys: number;
  gold: number;
}

export interface Summary {
  entities: { mentions_strict: PrfSummary; mentions_partial: PrfSummary; coreference_b3: { p: number | null; r: number | null; f1: number | null; mentions: number } };
  statements: { attribution: PrfSummary; sources: PrfSummary; speaker_accuracy: number | null; kind_accuracy: number | null; content_iou: number | null; matched: number };
  events: PrfSummary;
  quantities: PrfSummary;
  times: PrfSummary;
}

function prfSummary(c: Counts): PrfSummary {
  const s = prf(c);
  return s.na ? { p: null, r: null, f1: null, ...c } : { p: s.p, r: s.r, f1: s.f1, ...c };
}

function b3(p: Ratio, r: Ratio) {
  const pv = ratioValue(p);
  const rv = ratioValue(r);
  const f1 = pv === null || rv === null ? null : pv + rv ? (2 * pv * rv) / (pv + rv) : 0;
  return { p: pv, r: rv, f1, mentions: p.den };
}

export function summarize(c: LayerCounts): Summary {
  return {
    entities: {
      mentions_strict: prfSummary(c.mentionsStrict),
      mentions_partial: prfSummary(c.mentionsPartial),
      coreference_b3: b3(c.corefP, c.corefR),
    },
    statements: {
      attribution: prfSummary(c.attribution),
      sources: prfSummary(c.sources),
      speaker_accuracy: ratioValue(c.speakerAcc),
      kind_accuracy: ratioValue(c.kindAcc),
      content_iou: ratioValue(c.contentIou),
      matched: c.kindAcc.den,
    },
    events: prfSummary(c.events),
    quantities: prfSummary(c.quantities),
    times: prfSummary(c.times),
  };
}

const pct = (v: number | null) => (v === null ? '   n/a' : (100 * v).toFixed(1).padStart(6));
const counts = (s: PrfSummary) => `  (${s.tp} correct, ${s.sys} system, ${s.gold} gold)`;

function row(label: string, s: PrfSummary): string {
  return `  ${label.padEnd(22)}${pct(s.p)}${pct(s.r)}${pct(s.f1)}${counts(s)}`;
}

export function formatSummary(s: Summary, nFiles: number): string {
  const head = `  ${''.padEnd(22)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`;
  const b = s.entities.coreference_b3;
  const st = s.statements;
  return [
    `isnad eval: ${nFiles} file${nFiles === 1 ? '' : 's'}, micro-averaged (SPEC §4)`,
    '',
    'entities',
    head,
    row('mentions strict', s.entities.mentions_strict),
    row('mentions partial', s.entities.mentions_partial),
    `  ${'coreference B³'.padEnd(22)}${pct(b.p)}${pct(b.r)}${pct(b.f1)}  (${b.mentions} gold mentions)`,
    '',
    'statements',
    head,
    row('attribution', st.attribution),
    row('sources', st.sources),
    `  ${'speaker accuracy'.padEnd(22)}${pct(st.speaker_accuracy)}`,
    `  ${'kind accuracy'.padEnd(22)}${pct(st.kind_accuracy)}`,
    `  ${'content IoU (mean)'.padEnd(22)}${pct(st.content_iou)}  (${st.matched} matched)`,
    '',
    'events, quantities, times',
    head,
    row('events', s.events),
    row('quantities', s.quantities),
    row('times', s.times),
  ].join('\n');
}
