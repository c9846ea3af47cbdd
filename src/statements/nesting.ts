// Nested statements: a cue inside another statement's content («أفادت وسائل
// إعلام أن لافروف وصف…», «وأضافت الوكالة: «أكّد كيم…»») is reported by the
// outer speaker, who heads its relay chain after the outer statement's own.
import type { Draft } from './draft.js';

/** Parents are sought among this many statements starting before the cue (keeps it linear). */
const WINDOW = 40;

const len = (d: Draft) => d.content.end - d.content.start;

export function nestStatements(drafts: Draft[]): void {
  const byStart = [...drafts].sort((a, b) => a.content.start - b.content.start);
  const starts = byStart.map((d) => d.content.start);
  const parentOf = new Map<Draft, Draft>();
  for (const d of drafts) {
    // last statement whose content starts at or before the cue
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= d.cue.start) lo = mid + 1;
      else hi = mid;
    }
    let parent: Draft | null = null;
    for (let i = lo - 1; i >= 0 && i >= lo - WINDOW; i--) {
      const p = byStart[i];
      if (p === d || d.cue.end > p.content.end) continue;
      if (len(p) <= len(d) && p.content.start >= d.content.start) continue;
      if (!parent || len(p) < len(parent)) parent = p;
    }
    if (parent) parentOf.set(d, parent);
  }
  // outer statements first, so that a parent's chain is complete before its children copy it
  for (const d of [...drafts].sort((a, b) => len(b) - len(a))) {
    const parent = parentOf.get(d);
    if (!parent) continue;
    d.parent = parent;
    const chain = [...parent.sources];
    if (parent.speaker && parent.speaker !== d.speaker) chain.push(parent.speaker);
    for (const s of d.sources) if (!chain.includes(s)) chain.push(s);
    d.sources = chain.filter((s) => s !== d.speaker);
    if (d.content.end > parent.content.end) d.content.end = parent.content.end;
  }
}
