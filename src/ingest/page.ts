// An HTML page (saved or fetched) as an article: the text helper's
// extractor for the main text, title, date and outlet.
import { extractArticleFromHtml } from './html.js';
import type { RawArticle } from './types.js';
import type { DocMeta } from '../model/analysis.js';

export function htmlToArticle(html: string, source: string, url?: string, fallback: Partial<DocMeta> = {}): RawArticle {
  const art = extractArticleFromHtml(html, url);
  const meta: Partial<DocMeta> = { ...fallback };
  if (url) meta.url = url;
  meta.id ??= url ?? source;
  if (art.title) meta.title ??= art.title;
  if (art.published) meta.published ??= art.published;
  if (art.outlet) meta.outlet ??= art.outlet;
  return { source, text: art.text, meta };
}
