// Span arithmetic for scoring: half-open [start, end) ranges (SPEC §1).
import type { Span } from '../model/analysis.js';

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Two spans overlap when they share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

/** Intersection over union; 0 for disjoint spans. Two equal empty spans count as 1. */
export function iou(a: Span, b: Span): number {
  const inter = overlapLength(a, b);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  if (union <= 0) return a.start === b.start && a.end === b.end ? 1 : 0;
  return inter / union;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The covered text, with runs of whitespace collapsed, shortened for reports. */
export function snippet(text: string, span: Span, max = 80): string {
  const s = text.slice(Math.max(0, span.start), Math.max(0, span.end)).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
