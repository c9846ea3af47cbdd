// Full-text search results (Arabic-normalised on the server).
import { api } from '../api';
import { Status, useApi } from '../components/common';

export function SearchPage({ q }: { q: string }) {
  const { data, loading, error } = useApi(() => (q ? api.search(q) : Promise.resolve({ items: [] })), [q]);
  const ents = useApi(() => (q ? api.entities(q) : Promise.resolve({ items: [] })), [q]);
  return (
    <div data-testid="search-page">
      <h2>بحث <small>search</small>: «{q}»</h2>
      {ents.data && ents.data.items.length > 0 && (
        <p>كيانات (entities): {ents.data.items.map((e) => <a class={`chip t-${e.type}`} href={`#/entity/${e.id}`}>{e.name}</a>)}</p>
      )}
      <Status loading={loading} error={error} />
      <ul class="hits" data-testid="search-hits">
        {data?.items.map((h) => (
          <li>
            <a href={`#/article/${h.articleId}`}>{h.title || (h.kind === 'statement' ? 'تصريح' : 'مقال')}</a> <small class="muted">{h.kind === 'statement' ? 'تصريح (statement)' : 'مقال (article)'}</small>
            <div class="snippet">{h.snippet}</div>
          </li>
        ))}
      </ul>
      {data && !data.items.length && !loading && <p class="muted">لا نتائج (no results)</p>}
    </div>
  );
}
