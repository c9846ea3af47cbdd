// Shared bits: loading state for API calls, statement rows, entity links.
import { useEffect, useState } from 'preact/hooks';
import type { EventRecord, Ref, StatementRecord } from '../api';
import { EVENT_TYPES, STATEMENT_KINDS, gloss } from '../labels';

export function useApi<T>(load: () => Promise<T>, deps: unknown[]): { data?: T; error?: string; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    load().then((data) => live && setState({ data, loading: false }), (e: Error) => live && setState({ error: e.message, loading: false }));
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

export function Status({ loading, error }: { loading: boolean; error?: string }) {
  if (loading) return <p class="muted">جارٍ التحميل… (loading)</p>;
  if (error) return <p class="error" role="alert">خطأ (error): {error}</p>;
  return null;
}

export function EntityLink({ r }: { r: Ref }) {
  return <a href={`#/entity/${r.id}`} class="chip">{r.name}</a>;
}

export function StatementRow({ s }: { s: StatementRecord }) {
  return (
    <li class="statement-row" data-testid="statement-row">
      <span class="chain">
        {s.sources.map((r) => (
          <>
            <EntityLink r={r} />
            <span class="arrow">←</span>
          </>
        ))}
        {s.speakerId ? <EntityLink r={{ id: s.speakerId, name: s.speakerName ?? '?' }} /> : <span class="chip unknown">مجهول</span>}
      </span>{' '}
      <span class="cue-word">{s.cueText}</span>: «{s.content}»
      <div class="meta">
        {gloss(STATEMENT_KINDS, s.kind)}
        {s.stance && <> · <span dir="ltr">{s.stance}</span></>} · <a href={`#/article/${s.articleId}`}>{[s.outlet, s.published].filter(Boolean).join(' ') || 'المقال'}</a>
      </div>
    </li>
  );
}

export function EventRow({ e }: { e: EventRecord }) {
  return (
    <li class="event-row">
      <b>{gloss(EVENT_TYPES, e.type)}</b> «{e.anchorText}»: {e.source.map((r) => <EntityLink r={r} />)} → {e.target.map((r) => <EntityLink r={r} />)}
      {e.location && <> · في <EntityLink r={e.location} /></>}
      <span class="meta"> <span dir="ltr">{e.date ?? e.published ?? ''}</span> · <a href={`#/article/${e.articleId}`}>المقال</a></span>
    </li>
  );
}
