// A gold file turned into the analysis a perfect system would give: the
// reference point of the scorer's own tests (every layer must score 100).
import type { Analysis } from '../model/analysis.js';
import type { Gold } from './gold.js';

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

export function goldAsAnalysis(gold: Gold): Analysis {
  return {
    schema: 'isnad.analysis/1',
    doc: { id: gold.id, lang: 'ar', ...(gold.published ? { published: gold.published } : {}) },
    text: gold.text,
    sentences: [],
    entities: gold.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name,
      ...(e.name_en[0] ? { name_en: e.name_en[0] } : {}),
      ...(e.kb ? { kb: e.kb } : {}),
      mentions: e.mentions.map((m) => ({ ...span(m), kind: m.kind })),
    })),
    statements: gold.statements.map((s) => ({
      id: s.id, speaker: s.speaker, cue: span(s.cue), content: span(s.content), kind: s.kind,
      sources: s.sources, parent: s.parent,
    })),
    events: gold.events.map((v) => ({
      id: v.id, type: v.type[0]!, source: v.source, target: v.target, anchor: span(v.anchor),
    })),
    quantities: gold.quantities.map((q) => ({ ...span(q), value: q.value, approx: null })),
    times: gold.times.map((t) => ({ ...span(t), kind: t.kind as Analysis['times'][number]['kind'], value: t.value })),
  };
}
