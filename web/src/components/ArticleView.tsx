// One analysed article: the original text with highlights, and beside it the
// lists of entities, statements (speaker ← relays: content), events, numbers
// and dates. Clicking any highlighted span opens what Isnad knows about it.
import { useMemo, useState } from 'preact/hooks';
import type { Analysis, Entity, Statement } from '../api';
import { segments, primary, type Ann } from './annotations';
import { ENTITY_TYPES, EVENT_TYPES, MENTION_KINDS, STATEMENT_KINDS, gloss } from '../labels';

function slice(a: Analysis, s: { start: number; end: number }): string {
  return a.text.slice(s.start, s.end);
}

export function RelayChain({ a, s }: { a: Analysis; s: Statement }) {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const chain = [...s.sources.map((id) => byId.get(id)), s.speaker ? byId.get(s.speaker) : undefined];
  return (
    <span class="chain" data-testid="relay-chain">
      {chain.map((e, i) => (
        <>
          {i > 0 && <span class="arrow" aria-hidden="true">←</span>}
          <span class={`chip ${e ? 't-' + e.type : 'unknown'}`} title={e?.name_en ?? ''}>{e ? e.name : 'مجهول'}</span>
        </>
      ))}
    </span>
  );
}

function Detail({ a, ann, onPick, entityIds }: { a: Analysis; ann: Ann; onPick: (x: Ann) => void; entityIds?: Record<string, number> }) {
  const ents = new Map(a.entities.map((e) => [e.id, e]));
  if (ann.kind === 'mention') {
    const e = ents.get(ann.entity) as Entity;
    return (
      <div class="detail" data-testid="detail-entity">
        <h3>{e.name} <small dir="ltr">{e.name_en}</small></h3>
        <p>{gloss(ENTITY_TYPES, e.type)}{e.kb && <> · <span dir="ltr">{e.kb}</span></>}</p>
        <p>ورد في هذا المقال {e.mentions.length} مرة (mentions):</p>
        <ul>{e.mentions.map((m) => <li><q>{slice(a, m)}</q> — {gloss(MENTION_KINDS, m.kind)}</li>)}</ul>
        <p>تصريحاته: {a.statements.filter((s) => s.speaker === e.id).length} · أحداث: {a.events.filter((v) => v.source.includes(e.id) || v.target.includes(e.id)).length}</p>
        {entityIds?.[e.id] !== undefined && (
          <p><a href={`#/entity/${entityIds[e.id]}`} data-testid="entity-library-link">كل ما في المكتبة عنه (library page) ←</a></p>
        )}
      </div>
    );
  }
  if (ann.kind === 'cue' || ann.kind === 'content') {
    const s = a.statements.find((x) => x.id === ann.statement) as Statement;
    return (
      <div class="detail" data-testid="detail-statement">
        <h3>تصريح (statement) · {gloss(STATEMENT_KINDS, s.kind)}</h3>
        <p><RelayChain a={a} s={s} /></p>
        <p>فعل الإسناد (cue): <b>{slice(a, s.cue)}</b>{s.stance && <> · <span dir="ltr">{s.stance}</span></>}</p>
        <blockquote>{slice(a, s.content)}</blockquote>
        {s.parent && <p>ضمن تصريح آخر (nested in <button class="link" onClick={() => onPick({ kind: 'content', statement: s.parent! })}>{s.parent}</button>)</p>}
      </div>
    );
  }
  if (ann.kind === 'anchor') {
    const v = a.events.find((x) => x.id === ann.event)!;
    const names = (ids: string[]) => ids.map((id) => ents.get(id)?.name ?? id).join('، ') || '—';
    return (
      <div class="detail" data-testid="detail-event">
        <h3>حدث: {gloss(EVENT_TYPES, v.type)}</h3>
        <p><q>{slice(a, v.anchor)}</q></p>
        <p>الفاعل (source): {names(v.source)}</p>
        <p>المفعول (target): {names(v.target)}</p>
        {v.location && <p>المكان (place): {ents.get(v.location)?.name}</p>}
        {v.date && <p>التاريخ (date): <span dir="ltr">{v.date}</span></p>}
        {v.modality && v.modality !== 'asserted' && <p>صيغة (modality): {v.modality}</p>}
      </div>
    );
  }
  if (ann.kind === 'quantity') {
    const q = a.quantities[ann.index];
    return <div class="detail"><h3>عدد (quantity)</h3><p><q>{slice(a, q)}</q></p><p dir="ltr">{q.approx ? q.approx.replace('_', ' ') + ' ' : ''}{q.value.toLocaleString('en')} {q.unit_en ?? ''}</p></div>;
  }
  const t = a.times[ann.index];
  return <div class="detail"><h3>تاريخ/مدة ({t.kind})</h3><p><q>{slice(a, t)}</q></p><p dir="ltr">{t.value}</p></div>;
}

function segClass(anns: Ann[]): string {
  const c: string[] = [];
  for (const x of anns) {
    if (x.kind === 'mention') c.push('m', 't-' + x.type);
    else if (x.kind === 'cue') c.push('cue');
    else if (x.kind === 'content') c.push('content');
    else if (x.kind === 'anchor') c.push('anchor');
    else if (x.kind === 'quantity') c.push('qty');
    else c.push('time');
  }
  return c.join(' ');
}

/** `entityIds` (stored articles): analysis entity id → library entity id, for links to the entity pages. */
export function ArticleView({ a, entityIds }: { a: Analysis; entityIds?: Record<string, number> }) {
  const segs = useMemo(() => segments(a), [a]);
  const [sel, setSel] = useState<Ann | null>(null);
  const ents = new Map(a.entities.map((e) => [e.id, e]));
  return (
    <div class="article-view">
      <div class="article-main">
        <header class="article-head">
          {a.doc.title && <h2>{a.doc.title}</h2>}
          <p class="meta">{[a.doc.outlet, a.doc.desk, a.doc.published].filter(Boolean).join(' · ')}</p>
        </header>
        <div class="article-text" data-testid="article-text">
          {segs.map((s) =>
            s.anns.length ? (
              <span class={segClass(s.anns)} onClick={() => setSel(primary(s.anns) ?? null)}>{a.text.slice(s.start, s.end)}</span>
            ) : (
              a.text.slice(s.start, s.end)
            ),
          )}
        </div>
        <p class="legend">
          <span class="m t-PER">شخص</span> <span class="m t-ORG">منظمة</span> <span class="m t-GPE">دولة</span> <span class="m t-LOC">مكان</span>{' '}
          <span class="cue">فعل إسناد</span> <span class="content">مضمون التصريح</span> <span class="anchor">حدث</span> <span class="qty">عدد</span> <span class="time">تاريخ</span>
        </p>
      </div>
      <aside class="article-side">
        {sel && <Detail a={a} ann={sel} onPick={setSel} entityIds={entityIds} />}
        <section data-testid="statements">
          <h3>التصريحات <small>who said what</small> ({a.statements.length})</h3>
          <ol class="statements">
            {a.statements.map((s) => (
              <li data-testid="statement" onClick={() => setSel({ kind: 'content', statement: s.id })}>
                <RelayChain a={a} s={s} /> <span class="cue-word">{slice(a, s.cue)}</span>: <span class="content-text">«{slice(a, s.content)}»</span>
              </li>
            ))}
          </ol>
        </section>
        <section>
          <h3>الكيانات <small>entities</small> ({a.entities.length})</h3>
          <ul class="entities">
            {a.entities.map((e) => (
              <li onClick={() => setSel({ kind: 'mention', entity: e.id, mention: 0, type: e.type, mkind: 'name' })}>
                <span class={`chip t-${e.type}`}>{e.name}</span> <small dir="ltr">{e.name_en}</small> <small>×{e.mentions.length}</small>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>الأحداث <small>events</small> ({a.events.length})</h3>
          <ul>
            {a.events.map((v) => (
              <li onClick={() => setSel({ kind: 'anchor', event: v.id })}>
                <b>{gloss(EVENT_TYPES, v.type)}</b>: {v.source.map((id) => ents.get(id)?.name).join('، ')} → {v.target.map((id) => ents.get(id)?.name).join('، ')}
                {v.date && <small dir="ltr"> {v.date}</small>}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>الأعداد والتواريخ <small>numbers and dates</small></h3>
          <ul>
            {a.quantities.map((q, i) => <li onClick={() => setSel({ kind: 'quantity', index: i })}>{slice(a, q)} <small dir="ltr">= {q.value} {q.unit_en}</small></li>)}
            {a.times.map((t, i) => <li onClick={() => setSel({ kind: 'time', index: i })}>{slice(a, t)} <small dir="ltr">= {t.value}</small></li>)}
          </ul>
        </section>
      </aside>
    </div>
  );
}
