// Paste text or a URL; see the article analysed.
import { useState } from 'preact/hooks';
import { api, type Analysis } from '../api';
import { ArticleView } from '../components/ArticleView';

export function AnalyzePage() {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  const [store, setStore] = useState(false);
  const [result, setResult] = useState<Analysis | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const body = text.trim() ? { text } : url.trim() ? { url: url.trim() } : null;
      if (!body) throw new Error('الصق نصًّا أو رابطًا (paste a text or a URL)');
      setResult(await api.analyze({ ...body, published: published || undefined, store }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h2>تحليل مقال <small>analyse an article</small></h2>
      <form class="analyze-form" onSubmit={run}>
        <textarea data-testid="analyze-text" rows={8} placeholder="الصق نص المقال هنا… (paste the Arabic article)" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <div class="row">
          <input type="url" dir="ltr" placeholder="https://… (or a URL)" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
          <label>تاريخ النشر (published) <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} /></label>
          <label><input type="checkbox" checked={store} onChange={(e) => setStore((e.target as HTMLInputElement).checked)} /> احفظ في المكتبة (store)</label>
          <button type="submit" disabled={busy}>{busy ? '…' : 'حلّل (analyse)'}</button>
        </div>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {result?.warnings?.map((w) => <p class="muted">{w}</p>)}
      {result && <ArticleView a={result} />}
    </div>
  );
}
