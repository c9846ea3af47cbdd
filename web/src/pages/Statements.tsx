// "Who said what": statements with filters, claims grouped across outlets.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { Status, StatementRow, useApi } from '../components/common';

const FIELDS: Array<[string, string, 'text' | 'number' | 'date']> = [
  ['text', 'النص (text)', 'text'],
  ['speaker', 'رقم المتحدث (speaker id)', 'number'],
  ['relay', 'رقم الناقل (relay id)', 'number'],
  ['stance', 'الموقف (stance: say, deny, warn…)', 'text'],
  ['outlet', 'الوسيلة (outlet)', 'text'],
  ['from', 'من (from)', 'date'],
  ['to', 'إلى (to)', 'date'],
];

export function StatementsPage({ query }: { query: URLSearchParams }) {
  const initial = Object.fromEntries(FIELDS.map(([k]) => [k, query.get(k) ?? '']));
  const [form, setForm] = useState<Record<string, string>>(initial);
  const [filters, setFilters] = useState<Record<string, string>>(initial);
  const { data, loading, error } = useApi(() => api.statements(filters), [JSON.stringify(filters)]);
  return (
    <div>
      <h2>من قال ماذا <small>who said what</small></h2>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); setFilters({ ...form }); }}>
        {FIELDS.map(([k, label, type]) => (
          <label>{label}<input type={type as 'text'} value={form[k]} onInput={(e) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value })} /></label>
        ))}
        <button type="submit">تصفية (filter)</button>
      </form>
      <Status loading={loading} error={error} />
      <ul class="statement-list">{data?.items.map((s) => <StatementRow s={s} />)}</ul>
      {data && !data.items.length && <p class="muted">لا نتائج (no results)</p>}
    </div>
  );
}
