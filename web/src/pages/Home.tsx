// Start page: what the library holds, the latest articles.
import { useState } from 'preact/hooks';
import { api, type ArticleRecord } from '../api';
import { Status, useApi } from '../components/common';

export function HomePage() {
  const stats = useApi(() => api.stats(), []);
  const [cursor, setCursor] = useState<string | undefined>();
  const [extra, setExtra] = useState<ArticleRecord[]>([]);
  const first = useApi(() => api.articles(), []);
  const more = async () => {
    const p = await api.articles(cursor ?? first.data?.next);
    setExtra((x) => [...x, ...p.items]);
    setCursor(p.next ?? '');
  };
  const items = [...(first.data?.items ?? []), ...extra];
  const next = cursor === undefined ? first.data?.next : cursor;
  return (
    <div>
      <p class="lead">إسناد يقرأ الأخبار العربية ويقول لك <b>من قال ماذا، ونقلًا عن مَن، وعن مَن، وماذا حدث</b> — مع الإشارة إلى الكلمات الأصلية. <small>Who said what, according to whom, about whom, and what happened.</small></p>
      {stats.data && (
        <p class="stats">
          {stats.data.articles} مقالًا (articles) · {stats.data.entities} كيانًا (entities) · {stats.data.statements} تصريحًا (statements) · {stats.data.claims} ادعاءً (claims) · {stats.data.events} حدثًا (events)
        </p>
      )}
      <h2>أحدث المقالات <small>latest articles</small></h2>
      <Status loading={first.loading} error={first.error} />
      <ul class="articles" data-testid="articles">
        {items.map((a) => (
          <li><a href={`#/article/${a.id}`}>{a.title || `مقال ${a.id}`}</a> <span class="meta">{[a.outlet, a.published].filter(Boolean).join(' · ')}</span></li>
        ))}
      </ul>
      {next && <button onClick={more}>المزيد (more)</button>}
    </div>
  );
}
