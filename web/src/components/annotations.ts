// Turns an analysis into non-overlapping text segments, each carrying the
// annotations that cover it, so the article renders as plain text nodes
// (never HTML) with highlights.
import type { Analysis } from '../api';

export type Ann =
  | { kind: 'mention'; entity: string; mention: number; type: string; mkind: string }
  | { kind: 'cue'; statement: string }
  | { kind: 'content'; statement: string }
  | { kind: 'anchor'; event: string }
  | { kind: 'quantity'; index: number }
  | { kind: 'time'; index: number };

export interface Segment { start: number; end: number; anns: Ann[] }

export function annotations(a: Analysis): Array<{ start: number; end: number; ann: Ann }> {
  const out: Array<{ start: number; end: number; ann: Ann }> = [];
  for (const e of a.entities) e.mentions.forEach((m, i) => out.push({ start: m.start, end: m.end, ann: { kind: 'mention', entity: e.id, mention: i, type: e.type, mkind: m.kind } }));
  for (const s of a.statements) {
    out.push({ start: s.cue.start, end: s.cue.end, ann: { kind: 'cue', statement: s.id } });
    out.push({ start: s.content.start, end: s.content.end, ann: { kind: 'content', statement: s.id } });
  }
  for (const v of a.events) out.push({ start: v.anchor.start, end: v.anchor.end, ann: { kind: 'anchor', event: v.id } });
  a.quantities.forEach((q, i) => out.push({ start: q.start, end: q.end, ann: { kind: 'quantity', index: i } }));
  a.times.forEach((t, i) => out.push({ start: t.start, end: t.end, ann: { kind: 'time', index: i } }));
  return out.filter((x) => x.start >= 0 && x.end <= a.text.length && x.start < x.end);
}

export function segments(a: Analysis): Segment[] {
  const anns = annotations(a);
  const cuts = new Set<number>([0, a.text.length]);
  for (const x of anns) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const points = [...cuts].sort((p, q) => p - q);
  const segs: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    segs.push({ start, end, anns: anns.filter((x) => x.start <= start && x.end >= end).map((x) => x.ann) });
  }
  return segs;
}

const PRIORITY: Record<Ann['kind'], number> = { mention: 0, cue: 1, anchor: 2, quantity: 3, time: 4, content: 5 };

/** The annotation a click on this segment should open first. */
export function primary(anns: Ann[]): Ann | undefined {
  return [...anns].sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind])[0];
}
