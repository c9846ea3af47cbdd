// Event timeline with type/actor/date filters.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { EventRow, Status, useApi } from '../components/common';
import { EVENT_TYPES } from '../labels';

export function EventsPage() {
  const [type, setType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actor, setActor] = useState('');
  const { data, loading, error } = useApi(() => api.events({ type, from, to, actor }), [type, from, to, actor]);
  const byDate = new Map<string, typeof data extends undefined ? never : NonNullable<typeof data>['items']>();
  for (const e of data?.items ?? []) {
    const d = e.date ?? e.published ?? '—';
    byDate.set(d, [...(byDate.get(d) ?? []), e]);
  }
  const dates = [...byDate.keys()].sort().reverse();
  return (
    <div>
      <h2>الأحداث <small>event timeline</small></h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>النوع (type)
          <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
            <option value="">الكل (all)</option>
            {Object.entries(EVENT_TYPES).map(([k, [ar, en]]) => <option value={k}>{ar} ({en})</option>)}
          </select>
        </label>
        <label>رقم الفاعل (actor id)<input type="number" value={actor} onInput={(e) => setActor((e.target as HTMLInputElement).value)} /></label>
        <label>من (from)<input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} /></label>
        <label>إلى (to)<input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} /></label>
      </form>
      <Status loading={loading} error={error} />
      <ol class="timeline">
        {dates.map((d) => (
          <li><span class="date" dir="ltr">{d}</span><ul>{byDate.get(d)!.map((e) => <EventRow e={e} />)}</ul></li>
        ))}
      </ol>
    </div>
  );
}
