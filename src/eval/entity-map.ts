// Entity identity (SPEC §4): each system entity maps to at most one gold
// entity. Every system mention votes, weighted by IoU, for the gold entity of
// the gold mention it overlaps best; the highest total wins.
//
// Reading chosen: the mapping is many-to-one (two system clusters that split
// one referent both map to it), because the SPEC says "at most one gold
// entity" per system entity and puts no limit on the gold side; the split is
// what coreference B³ penalises. Ties go to the gold entity listed first, so
// the result never depends on the order of the system's lists.
import type { Entity, Span } from '../model/analysis.js';
import type { GoldEntity } from './gold.js';
import { iou } from './spans.js';

export interface GoldMentionRef extends Span {
  entity: string;
  /** position of the entity in the gold list, for deterministic ties */
  order: number;
}

export function goldMentionIndex(gold: GoldEntity[]): GoldMentionRef[] {
  const out: GoldMentionRef[] = [];
  gold.forEach((e, order) => {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e.id, order });
  });
  return out;
}

/** The gold mention overlapping `span` best by IoU (null when none overlaps). */
export function bestGoldMention(span: Span, index: GoldMentionRef[]): { ref: GoldMentionRef; iou: number } | null {
  let best: { ref: GoldMentionRef; iou: number } | null = null;
  for (const ref of index) {
    const v = iou(span, ref);
    if (v <= 0) continue;
    if (!best || v > best.iou || (v === best.iou && ref.order < best.ref.order)) best = { ref, iou: v };
  }
  return best;
}

/** system entity id → gold entity id (absent: maps to nothing). */
export type EntityMap = Map<string, string>;

export function mapEntities(system: Entity[], gold: GoldEntity[]): EntityMap {
  const index = goldMentionIndex(gold);
  const order = new Map(gold.map((e, i) => [e.id, i]));
  const map: EntityMap = new Map();
  for (const e of system) {
    const votes = new Map<string, number>();
    for (const m of e.mentions) {
      const best = bestGoldMention(m, index);
      if (best) votes.set(best.ref.entity, (votes.get(best.ref.entity) ?? 0) + best.iou);
    }
    let winner: string | null = null;
    let top = 0;
    for (const [g, v] of votes) {
      if (v > top || (v === top && winner !== null && order.get(g)! < order.get(winner)!)) {
        winner = g;
        top = v;
      }
    }
    if (winner !== null) map.set(e.id, winner);
  }
  return map;
}

/** The gold id an actor maps to, or a key that matches no gold id. */
export function mappedId(map: EntityMap, systemId: string): string {
  return map.get(systemId) ?? `\u0000unmapped:${systemId}`;
}
