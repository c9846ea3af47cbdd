// An entity's page: names, roles, what it said and what was said about it,
// events, co-occurring entities, timeline.
import { api } from '../api';
import { EventRow, Status, StatementRow, useApi } from '../components/common';
import { ENTITY_TYPES, gloss } from '../labels';

export function EntityPage({ id }: { id: number }) {
  const { data, loading, error } = useApi(() => api.entity(id), [id]);
  if (!data) return <Status loading={loading} error={error} />;
  const e = data.entity;
  const aliases = e.aliases.filter((a) => a !== e.nameEn && a !== e.name);
  return (
    <div class="entity-page" data-testid="entity-page">
      <h2>{e.name} <small dir="ltr">{e.nameEn}</small></h2>
      <p class="meta">
        {gloss(ENTITY_TYPES, e.type)} · {e.mentionCount} إشارة (mentions) في {e.articleCount} مقال
        {e.kb && <> · Wikidata <span dir="ltr">{e.kb}</span></>}
        {e.firstSeen && <> · <span dir="ltr">{e.firstSeen} → {e.lastSeen}</span></>}
      </p>
      {/* the English name is stored as an alias so that searches in English find the entity; it is shown above */}
      {aliases.length > 0 && <p>أسماء أخرى (aliases): {aliases.join('، ')}</p>}
      <section>
        <h3>ما قاله <small>statements by</small> ({data.statementsBy.length})</h3>
        <ul class="statement-list">{data.statementsBy.map((s) => <StatementRow s={s} />)}</ul>
      </section>
      <section>
        <h3>ما قيل عنه <small>statements about</small> ({data.statementsAbout.length})</h3>
        <ul class="statement-list">{data.statementsAbout.map((s) => <StatementRow s={s} />)}</ul>
      </section>
      <section>
        <h3>الأحداث <small>events</small> ({data.events.length})</h3>
        <ul>{data.events.map((v) => <EventRow e={v} />)}</ul>
      </section>
      <section>
        <h3>يرد معه <small>co-occurring</small></h3>
        <p>{data.coEntities.map((c) => <a class={`chip t-${c.entity.type}`} href={`#/entity/${c.entity.id}`}>{c.entity.name} ×{c.count}</a>)}</p>
      </section>
      <section>
        <h3>الخط الزمني <small>timeline</small></h3>
        <ol class="timeline">
          {data.timeline.map((t) => (
            <li><span dir="ltr" class="date">{t.date ?? '—'}</span> {t.kind === 'event' ? '◆' : '❝'} <a href={`#/article/${t.articleId}`}>{t.text.slice(0, 160)}</a></li>
          ))}
        </ol>
      </section>
    </div>
  );
}
