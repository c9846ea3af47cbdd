// Nested statements: a cue inside another statement's content («أفادت وسائل
// إعلام أن لافروف وصف…», «وأضافت الوكالة: «أكّد كيم…»») is reported by the
// outer speaker, who heads its relay chain after the outer statement's own.
import type { Draft } from './draft.js';

export function nestStatements(drafts: Draft[]): void {
  const byLength = [...drafts].sort((a, b) => (b.content.end - b.content.start) - (a.content.end - a.content.start));
  for (const d of byLength) {
    let parent: Draft | null = null;
    for (const p of drafts) {
      if (p === d || p.content.start > d.cue.start || d.cue.end > p.content.end) continue;
      if (p.content.end - p.content.start <= d.content.end - d.content.start && p.content.start >= d.content.start) continue;
      if (!parent || p.content.end - p.content.start < parent.content.end - parent.content.start) parent = p;
    }
    if (!parent) continue;
    d.parent = parent;
    const chain = [...parent.sources];
    if (parent.speaker && parent.speaker !== d.speaker) chain.push(parent.speaker);
    for (const s of d.sources) if (!chain.includes(s)) chain.push(s);
    d.sources = chain.filter((s) => s !== d.speaker);
    if (d.content.end > parent.content.end) d.content.end = parent.content.end;
  }
}
