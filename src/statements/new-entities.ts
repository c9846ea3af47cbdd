// Speakers the entities layer did not find («مصدر عسكري», «سانا», «الوكالة»)
// become entities here, so that a statement can name who said it. Each new
// mention goes into doc.entities (a fresh e-id, or an existing entity it
// refers to) and into the statements layer's mention index.
import type { Entity, EntityType, MentionKind } from '../model/analysis.js';
import { invalidateMentionIndex } from '../analyze/entity-lookup.js';
import type { ScanContext } from './scan-context.js';
import { describe, type Gender, type GrammaticalNumber } from './mention-index.js';

export interface NewMention {
  start: number;
  end: number;
  kind: MentionKind;
}

export interface NewEntity {
  type: EntityType;
  name: string;
  name_en?: string;
  gender: Gender;
  number: GrammaticalNumber;
  media: boolean;
}

function freshId(ctx: ScanContext): string {
  const ids = new Set(ctx.doc.entities.map((e) => e.id));
  let n = 0;
  for (const id of ids) {
    const m = /^e(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  let id = 'e' + (n + 1);
  while (ids.has(id)) id = 'e' + ++n;
  return id;
}

/** Point the tokens inside the mention at it (unless a longer mention covers them). */
function indexMention(ctx: ScanContext, entity: Entity, m: NewMention): void {
  const hit = { entity, mention: { start: m.start, end: m.end, kind: m.kind } };
  let lo = 0;
  let hi = ctx.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.toks[mid].end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ctx.toks.length; k++) {
    const t = ctx.toks[k];
    if (t.start >= m.end) break;
    const cur = ctx.mi.at[k];
    if (!cur || cur.mention.end - cur.mention.start < m.end - m.start) ctx.mi.at[k] = hit;
  }
}

/** Add mentions to an existing entity. */
export function addMentions(ctx: ScanContext, entityId: string, mentions: NewMention[]): void {
  const e = ctx.doc.entities.find((x) => x.id === entityId);
  if (!e) return;
  for (const m of mentions) {
    if (m.end <= m.start || e.mentions.some((x) => x.start === m.start && x.end === m.end)) continue;
    e.mentions.push({ start: m.start, end: m.end, kind: m.kind });
    indexMention(ctx, e, m);
  }
  e.mentions.sort((a, b) => a.start - b.start);
  invalidateMentionIndex(ctx.doc);
}

/** Create an entity with its mentions; returns its id. */
export function createEntity(ctx: ScanContext, spec: NewEntity, mentions: NewMention[]): string {
  const e: Entity = { id: freshId(ctx), type: spec.type, name: spec.name, mentions: [] };
  if (spec.name_en) e.name_en = spec.name_en;
  ctx.doc.entities.push(e);
  const info = describe(ctx.doc, e, ctx.lex.words, ctx.mi.outletKey);
  info.gender = spec.gender;
  info.number = spec.number;
  info.media = spec.media;
  ctx.mi.info.set(e.id, info);
  addMentions(ctx, e.id, mentions);
  // the outlet test reads the mention texts
  const outlet = describe(ctx.doc, e, ctx.lex.words, ctx.mi.outletKey).outlet;
  info.outlet = outlet;
  return e.id;
}
