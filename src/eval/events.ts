// Events (SPEC §4). A system event matches a gold one when its type is among
// the gold's accepted types and every system actor on each side maps to one of
// the gold side's accepted entities; CONSULT, AGREE and COOPERATE also match
// with the sides swapped. Maximum one-to-one matching, required gold first.
// A system event repeating a matched one (same type, same actors) is
// neutral; unmatched ones count once per distinct (type, actors).
//
// Reading chosen: a gold side that is not empty needs at least one system
// actor on that side (SPEC §3: "a system actor set matches when it contains
// at least one of them") besides every system actor being accepted (§4). An
// empty gold side is not checked at all. Actors compare through the entity
// map, so repeats are judged on the gold entities they stand for; for the
// symmetric types the two sides form an unordered pair.
import type { Entity, Event, PloverType } from '../model/analysis.js';
import type { GoldEntity, GoldEvent } from './gold.js';
import { type EntityMap, mappedId } from './entity-map.js';
import { type Counts, emptyCounts } from './prf.js';
import { type Finding, finding } from './finding.js';
import { matchRequiredFirst } from './matching.js';
import { iou, snippet } from './spans.js';

export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

function sideOk(goldSide: string[], sysSide: string[], map: EntityMap): boolean {
  if (goldSide.length === 0) return true;
  if (sysSide.length === 0) return false;
  return sysSide.every((x) => goldSide.includes(mappedId(map, x)));
}

export function eventMatches(g: GoldEvent, s: Event, map: EntityMap): boolean {
  if (!g.type.includes(s.type)) return false;
  if (sideOk(g.source, s.source, map) && sideOk(g.target, s.target, map)) return true;
  return SYMMETRIC_TYPES.has(s.type) && sideOk(g.source, s.target, map) && sideOk(g.target, s.source, map);
}

/** (type, actors) identity of a system event, in gold terms where mapped. */
export function eventKey(s: Event, map: EntityMap): string {
  const side = (xs: string[]) => [...new Set(xs.map((x) => mappedId(map, x)))].sort().join('+');
  let sides = [side(s.source), side(s.target)];
  if (SYMMETRIC_TYPES.has(s.type)) sides = sides.sort();
  return `${s.type}|${sides.join('>')}`;
}

export function scoreEvents(
  gold: GoldEvent[],
  system: Event[],
  map: EntityMap,
  goldEntities: GoldEntity[],
  sysEntities: Entity[],
  text: string,
): { counts: Counts; findings: Finding[] } {
  const goldName = new Map(goldEntities.map((e) => [e.id, e.name]));
  const sysName = new Map(sysEntities.map((e) => [e.id, e.name]));
  const names = (ids: string[], m: Map<string, string>) => ids.map((x) => m.get(x) ?? x).join(', ') || '∅';

  const pairs: Array<{ l: number; r: number; pref: number }> = [];
  gold.forEach((g, l) =>
    system.forEach((s, r) => {
      if (eventMatches(g, s, map)) pairs.push({ l, r, pref: iou(g.anchor, s.anchor) });
    }));
  // Anchors do not decide a match; they only steer which of several equal
  // candidates is taken, so that the pairs shown in reports make sense.
  pairs.sort((a, b) => b.pref - a.pref || a.l - b.l
    || system[a.r]!.anchor.start - system[b.r]!.anchor.start || eventKey(system[a.r]!, map).localeCompare(eventKey(system[b.r]!, map)));
  const edges = gold.map(() => [] as number[]);
  for (const p of pairs) edges[p.l]!.push(p.r);
  const match = matchRequiredFirst(gold.map((g) => g.optional), system.length, edges, pairs.map((p) => [p.l, p.r]));

  const counts = emptyCounts();
  const findings: Finding[] = [];
  const matchedKeys = new Set<string>();
  const matchedSys = new Set<number>();
  gold.forEach((g, l) => {
    const r = match[l]!;
    if (r >= 0) {
      matchedSys.add(r);
      matchedKeys.add(eventKey(system[r]!, map));
    }
    if (g.optional) return;
    counts.gold++;
    if (r >= 0) counts.tp++;
    else {
      findings.push(finding('missed', g.anchor.start,
        `${g.type.join('/')} ${names(g.source, goldName)} → ${names(g.target, goldName)} «${snippet(text, g.anchor)}»`));
    }
  });
  const spuriousKeys = new Set<string>();
  system.forEach((s, r) => {
    if (matchedSys.has(r)) return;
    const key = eventKey(s, map);
    if (matchedKeys.has(key) || spuriousKeys.has(key)) return;
    spuriousKeys.add(key);
    findings.push(finding('spurious', s.anchor.start,
      `${s.type} ${names(s.source, sysName)} → ${names(s.target, sysName)} «${snippet(text, s.anchor)}»`));
  });
  counts.sys = counts.tp + spuriousKeys.size;
  return { counts, findings };
}
