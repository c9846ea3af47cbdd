// Quantities and times (SPEC §4): a system item matches a gold one when the
// spans overlap and the value is the same (a number for quantities, an ISO
// 8601 value for times). One-to-one, maximum matching.
import type { Quantity, Span, TimeExpr } from '../model/analysis.js';
import type { Gold } from './gold.js';
import { type Counts } from './prf.js';
import { type Finding, finding } from './finding.js';
import { maxMatching } from './matching.js';
import { iou, overlaps, snippet } from './spans.js';
import { sameTimeValue } from './iso-value.js';

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function scoreSpanValues<G extends Span, S extends Span>(
  gold: G[],
  system: S[],
  same: (g: G, s: S) => boolean,
  show: (x: G | S) => string,
  text: string,
): { counts: Counts; findings: Finding[] } {
  const edges = gold.map((g) =>
    system
      .flatMap((s, j) => (overlaps(g, s) && same(g, s) ? [j] : []))
      .sort((a, b) => iou(system[b]!, g) - iou(system[a]!, g) || system[a]!.start - system[b]!.start || system[a]!.end - system[b]!.end));
  const match = maxMatching(gold.length, system.length, edges);
  const used = new Set(match.filter((j) => j >= 0));
  const findings: Finding[] = [];
  gold.forEach((g, i) => {
    if (match[i]! >= 0) return;
    const near = system.find((s) => overlaps(g, s));
    const note = near ? ` (system has ${show(near)} there)` : '';
    findings.push(finding('missed', g.start, `«${snippet(text, g)}» = ${show(g)}${note}`));
  });
  system.forEach((s, j) => {
    if (!used.has(j)) findings.push(finding('spurious', s.start, `«${snippet(text, s)}» = ${show(s)}`));
  });
  return { counts: { tp: used.size, sys: system.length, gold: gold.length }, findings };
}

export function scoreQuantities(gold: Gold['quantities'], system: Quantity[], text: string) {
  return scoreSpanValues(gold, system, (g, s) => sameNumber(g.value, s.value), (x) => String(x.value), text);
}

export function scoreTimes(gold: Gold['times'], system: TimeExpr[], text: string) {
  return scoreSpanValues(gold, system, (g, s) => sameTimeValue(g.value, s.value), (x) => x.value, text);
}
