// Mentions (NER, SPEC §4): gold `name` mentions against system `name`
// mentions. Strict = same span and class, partial = overlapping spans and
// same class. GPE and LOC are one class; MISC is not scored. A system name
// that overlaps no scored gold name but lies on a gold mention that is not
// scored (a title, a metonym, a MISC name) is ignored rather than counted
// wrong.
import type { Entity, EntityType, Span } from '../model/analysis.js';
import type { GoldEntity } from './gold.js';
import { type Counts, emptyCounts } from './prf.js';
import { type Finding, finding } from './finding.js';
import { maxMatching } from './matching.js';
import { iou, overlaps, sameSpan, snippet } from './spans.js';

type NerClass = 'PER' | 'ORG' | 'LOC';

/** The scored class of an entity type; null for MISC (not scored). */
export function nerClass(type: EntityType | string): NerClass | null {
  if (type === 'PER' || type === 'ORG') return type;
  if (type === 'GPE' || type === 'LOC') return 'LOC';
  return null;
}

interface Item extends Span {
  cls: NerClass;
}

export interface MentionScore {
  strict: Counts;
  partial: Counts;
  findings: Finding[];
}

export function scoreMentions(gold: GoldEntity[], system: Entity[], text: string): MentionScore {
  const goldNames: Item[] = [];
  const unscored: Span[] = [];
  for (const e of gold) {
    const cls = nerClass(e.type);
    for (const m of e.mentions) {
      if (m.kind === 'name' && cls) goldNames.push({ start: m.start, end: m.end, cls });
      else unscored.push(m);
    }
  }
  const sysNames: Item[] = [];
  for (const e of system) {
    const cls = nerClass(e.type);
    if (!cls) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      const onGoldName = goldNames.some((g) => overlaps(g, m));
      if (!onGoldName && unscored.some((u) => overlaps(u, m))) continue;
      sysNames.push({ start: m.start, end: m.end, cls });
    }
  }
  // Deterministic preference for partial matches: higher IoU, then position.
  const bySpan = (a: number, b: number) => sysNames[a]!.start - sysNames[b]!.start || sysNames[a]!.end - sysNames[b]!.end;
  const strictEdges = goldNames.map((g) =>
    sysNames.flatMap((s, j) => (s.cls === g.cls && sameSpan(s, g) ? [j] : [])));
  const partialEdges = goldNames.map((g) =>
    sysNames
      .flatMap((s, j) => (s.cls === g.cls && overlaps(s, g) ? [j] : []))
      .sort((a, b) => iou(sysNames[b]!, g) - iou(sysNames[a]!, g) || bySpan(a, b)));
  const strictMatch = maxMatching(goldNames.length, sysNames.length, strictEdges);
  const partialMatch = maxMatching(goldNames.length, sysNames.length, partialEdges);

  const strict: Counts = { ...emptyCounts(), sys: sysNames.length, gold: goldNames.length };
  const partial: Counts = { ...emptyCounts(), sys: sysNames.length, gold: goldNames.length };
  strict.tp = strictMatch.filter((j) => j >= 0).length;
  partial.tp = partialMatch.filter((j) => j >= 0).length;

  const findings: Finding[] = [];
  const usedPartial = new Set(partialMatch.filter((j) => j >= 0));
  goldNames.forEach((g, i) => {
    const j = partialMatch[i]!;
    if (j < 0) {
      findings.push(finding('missed', g.start, `${g.cls} «${snippet(text, g)}» [${g.start},${g.end})`));
    } else if (strictMatch[i]! < 0) {
      const s = sysNames[j]!;
      findings.push(finding('wrong', g.start, `boundary: gold «${snippet(text, g)}» [${g.start},${g.end}), system «${snippet(text, s)}» [${s.start},${s.end})`));
    }
  });
  sysNames.forEach((s, j) => {
    if (usedPartial.has(j)) return;
    const under = goldNames.find((g) => overlaps(g, s));
    const note = under ? ` (gold says ${under.cls} «${snippet(text, under)}»)` : '';
    findings.push(finding('spurious', s.start, `${s.cls} «${snippet(text, s)}» [${s.start},${s.end})${note}`));
  });
  return { strict, partial, findings };
}
