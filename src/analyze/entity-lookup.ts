// Find which entity (and which of its mentions) covers a span of the text.
// Statements and events use it to turn words into actor ids.
import type { Entity, Mention } from '../model/analysis.js';
import type { Doc } from './doc.js';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/** All mentions of the doc, sorted by start offset (computed once per doc). */
export function sortedMentions(doc: Doc): MentionHit[] {
  let hits = doc.scratch['mentions.sorted'] as MentionHit[] | undefined;
  if (!hits) {
    hits = [];
    for (const entity of doc.entities) for (const mention of entity.mentions) hits.push({ entity, mention });
    hits.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    doc.scratch['mentions.sorted'] = hits;
  }
  return hits;
}

/** Mentions lying inside [start, end), in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): MentionHit[] {
  const all = sortedMentions(doc);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].mention.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionHit[] = [];
  for (let i = lo; i < all.length && all[i].mention.start < end; i++) if (all[i].mention.end <= end) out.push(all[i]);
  return out;
}

/** The longest mention overlapping [start, end), or null. */
export function mentionAt(doc: Doc, start: number, end: number): MentionHit | null {
  let best: MentionHit | null = null;
  for (const h of sortedMentions(doc)) {
    if (h.mention.start >= end) break;
    if (h.mention.end <= start) continue;
    if (!best || h.mention.end - h.mention.start > best.mention.end - best.mention.start) best = h;
  }
  return best;
}

/** Call after changing doc.entities so lookups see the new mentions. */
export function invalidateMentionIndex(doc: Doc): void {
  delete doc.scratch['mentions.sorted'];
}
