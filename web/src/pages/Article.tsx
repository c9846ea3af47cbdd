// A stored article with its analysis highlighted.
import { api } from '../api';
import { ArticleView } from '../components/ArticleView';
import { Status, useApi } from '../components/common';

export function ArticlePage({ id }: { id: number }) {
  const { data, loading, error } = useApi(() => api.article(id), [id]);
  return (
    <div>
      <Status loading={loading} error={error} />
      {data && <ArticleView a={{ ...data.analysis, doc: { ...data.analysis.doc, title: data.analysis.doc.title ?? data.title } }} entityIds={data.entityIds} />}
      {data?.url && <p class="meta">المصدر (source): <a dir="ltr" href={data.url} rel="noopener noreferrer nofollow" target="_blank">{data.url}</a></p>}
    </div>
  );
}
