// Statements (SPEC §4). A system statement matches a gold one when their
// content spans overlap by at least half of the longer; required gold is
// matched first, and among candidates higher IoU is preferred. Matches to
// optional gold are neutral: they count in no denominator.
//
// Readings chosen: speaker accuracy, kind accuracy, content IoU and sources
// are measured over pairs matched to *required* gold (optional ones are
// "neither credited nor penalised"); speaker accuracy skips pairs whose gold
// speaker is null, as attribution does.
import type { Entity, Statement } from '../model/analysis.js';
import type { GoldEntity, GoldStatement } from './gold.js';
import { type EntityMap, mappedId } from './entity-map.js';
import { type Counts, type Ratio, emptyCounts, emptyRatio } from './prf.js';
import { type Finding, finding } from './finding.js';
import { matchRequiredFirst } from './matching.js';
import { iou, overlapLength, snippet } from './spans.js';

export interface StatementScore {
  attribution: Counts;
  sources: Counts;
  speakerAcc: Ratio;
  kindAcc: Ratio;
  contentIou: Ratio;
  findings: Finding[];
}

export function contentsMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 && overlapLength(a, b) >= longer / 2;
}

export function scoreStatements(
  gold: GoldStatement[],
  system: Statement[],
  map: EntityMap,
  goldEntities: GoldEntity[],
  sysEntities: Entity[],
  text: string,
): StatementScore {
  const goldName = new Map(goldEntities.map((e) => [e.id, e.name]));
  const sysEnt = new Map(sysEntities.map((e) => [e.id, e]));
  const sysSpeakerLabel = (id: string | null) => {
    if (id == null) return 'none';
    const g = map.get(id);
    return `${sysEnt.get(id)?.name ?? id}${g ? ` (= ${g})` : ' (no gold entity)'}`;
  };
  const speakerOk = (g: GoldStatement, s: Statement) =>
    g.speaker == null || (s.speaker != null && map.get(s.speaker) === g.speaker);

  const pairs: Array<{ l: number; r: number; iou: number; ok: boolean }> = [];
  gold.forEach((g, l) =>
    system.forEach((s, r) => {
      if (contentsMatch(g.content, s.content)) pairs.push({ l, r, iou: iou(g.content, s.content), ok: speakerOk(g, s) });
    }));
  // Ties in IoU go to a pair with the right speaker, then to the earlier
  // content span: never to the system list's order.
  pairs.sort((a, b) => b.iou - a.iou || Number(b.ok) - Number(a.ok) || a.l - b.l
    || system[a.r]!.content.start - system[b.r]!.content.start || system[a.r]!.content.end - system[b.r]!.content.end);
  const edges = gold.map(() => [] as number[]);
  for (const p of pairs) edges[p.l]!.push(p.r);
  const match = matchRequiredFirst(gold.map((g) => g.optional), system.length, edges, pairs.map((p) => [p.l, p.r]));

  const attribution = emptyCounts();
  const sources = emptyCounts();
  const speakerAcc = emptyRatio();
  const kindAcc = emptyRatio();
  const contentIou = emptyRatio();
  const findings: Finding[] = [];
  const matchedSys = new Set<number>();

  gold.forEach((g, l) => {
    const r = match[l]!;
    if (r >= 0) matchedSys.add(r);
    if (g.optional) return;
    attribution.gold++;
    const who = g.speaker ? `${goldName.get(g.speaker) ?? g.speaker} (${g.speaker})` : 'unspecified';
    if (r < 0) {
      findings.push(finding('missed', g.content.start, `${who}: «${snippet(text, g.content)}»`));
      return;
    }
    const s = system[r]!;
    attribution.sys++;
    if (speakerOk(g, s)) attribution.tp++;
    else findings.push(finding('wrong', g.content.start, `speaker: gold ${who}, system ${sysSpeakerLabel(s.speaker)}: «${snippet(text, g.content, 50)}»`));
    if (g.speaker != null) {
      speakerAcc.den++;
      if (speakerOk(g, s)) speakerAcc.num++;
    }
    kindAcc.den++;
    if (g.kind === s.kind) kindAcc.num++;
    else findings.push(finding('wrong', g.content.start, `kind: gold ${g.kind}, system ${s.kind}: «${snippet(text, g.content, 50)}»`));
    contentIou.den++;
    contentIou.num += iou(g.content, s.content);
    if (g.sources_scored) {
      const want = new Set(g.sources);
      const got = new Set(s.sources.map((x) => mappedId(map, x)));
      let hit = 0;
      for (const x of got) if (want.has(x)) hit++;
      sources.tp += hit;
      sources.sys += got.size;
      sources.gold += want.size;
      if (hit < want.size || hit < got.size) {
        const gs = [...want].map((x) => goldName.get(x) ?? x).join(', ') || 'none';
        const ss = s.sources.map((x) => sysEnt.get(x)?.name ?? x).join(', ') || 'none';
        findings.push(finding('wrong', g.content.start, `sources: gold [${gs}], system [${ss}]: «${snippet(text, g.content, 50)}»`));
      }
    }
  });
  system.forEach((s, r) => {
    if (matchedSys.has(r)) return;
    attribution.sys++;
    findings.push(finding('spurious', s.content.start, `${sysSpeakerLabel(s.speaker)}: «${snippet(text, s.content)}»`));
  });
  return { attribution, sources, speakerAcc, kindAcc, contentIou, findings };
}
