// `isnad analyze --format text`: an analysis as a person reads it. Arabic
// as written, English glosses beside it (entity names, units, event types);
// statements as «speaker ← relay ← relay: «content»». Written against the
// SPEC types only, and tolerant of dangling ids.
import type { Analysis, Entity, Span } from '../model/analysis.js';

const MAX_QUOTE = 220;

function slice(text: string, span: Span | undefined): string {
  if (!span || span.start < 0 || span.end > text.length || span.end < span.start) return '';
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

function clip(s: string, max = MAX_QUOTE): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

function heading(en: string, ar: string, n: number): string {
  return `\n${en} · ${ar} (${n})`;
}

/** Render one analysis as readable text (no trailing newline). */
export function formatAnalysisText(a: Analysis, warnings: readonly string[] = []): string {
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null | undefined): string => {
    if (!id) return '(unknown · غير معروف)';
    const e = byId.get(id);
    if (!e) return id;
    return e.name_en ? `${e.name} (${e.name_en})` : e.name;
  };
  const names = (ids: readonly string[] | undefined) => (ids && ids.length ? ids.map(name).join('، ') : '—');
  const out: string[] = [];

  const d = a.doc;
  out.push(d.title ? d.title : `(untitled · بلا عنوان) ${d.id}`);
  const line = [d.outlet && `outlet: ${d.outlet}`, d.desk && `desk: ${d.desk}`, d.published && `published: ${d.published}`, d.credit && `credit: ${d.credit}`]
    .filter(Boolean)
    .join(' · ');
  if (line) out.push(line);
  out.push(`id: ${d.id} · lang: ${d.lang} · ${a.text.length} characters · ${a.sentences.length} sentences`);
  for (const w of warnings) out.push(`warning: ${w}`);
  if (d.url) out.push(d.url);

  out.push(heading('Entities', 'الكيانات', a.entities.length));
  for (const e of a.entities) {
    const en = e.name_en ? ` — ${e.name_en}` : '';
    const kb = e.kb ? ` [${e.kb}]` : '';
    out.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(4)} ${e.name}${en}${kb} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`);
  }

  out.push(heading('Statements', 'التصريحات', a.statements.length));
  for (const s of a.statements) {
    // sources are outermost first; the chain reads from the speaker outwards
    const chain = [name(s.speaker), ...[...s.sources].reverse().map(name)].join(' ← ');
    const content = clip(slice(a.text, s.content));
    out.push(`  ${s.id.padEnd(4)} ${chain}: «${content}»`);
    const cue = slice(a.text, s.cue);
    const extra = [`cue: ${cue || '—'}${s.cue?.lemma && s.cue.lemma !== cue ? ` (${s.cue.lemma})` : ''}`, s.kind, s.stance, s.parent && `inside ${s.parent}`]
      .filter(Boolean)
      .join(' · ');
    out.push(`       ${extra}`);
  }

  out.push(heading('Events', 'الأحداث', a.events.length));
  for (const v of a.events) {
    const actors = `${names(v.source)} → ${names(v.target)}`;
    const facts = [
      v.cameo && `CAMEO ${v.cameo}`,
      v.mode,
      v.modality && v.modality !== 'asserted' ? v.modality : undefined,
      v.date && `date: ${v.date}`,
      v.location && `place: ${name(v.location)}`,
      v.statement && `reported in ${v.statement}`,
      v.sources && v.sources.length ? `according to ${names(v.sources)}` : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    out.push(`  ${v.id.padEnd(4)} ${v.type.padEnd(9)} ${actors} «${clip(slice(a.text, v.anchor), 80)}»`);
    if (facts) out.push(`       ${facts}`);
  }

  out.push(heading('Numbers', 'الأعداد', a.quantities.length));
  for (const q of a.quantities) {
    const approx = q.approx ? ` (${q.approx.replace('_', ' ')})` : '';
    const unit = q.unit ? ` ${q.unit}${q.unit_en ? ` (${q.unit_en})` : ''}` : q.unit_en ? ` ${q.unit_en}` : '';
    out.push(`  «${clip(slice(a.text, q), 60)}» = ${q.value}${approx}${unit}`);
  }

  out.push(heading('Dates and times', 'التواريخ والأوقات', a.times.length));
  for (const t of a.times) out.push(`  «${clip(slice(a.text, t), 60)}» = ${t.value} (${t.kind})`);

  return out.join('\n');
}
