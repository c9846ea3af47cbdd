// One URL to one article (the API's "analyse this URL"): fetch safely, then
// extract the text of an HTML page, or take a plain-text page as it is.
import { fetchUrl, type FetchOptions } from './fetch.js';
import { htmlToArticle } from './page.js';

export interface FetchedArticle {
  text: string;
  title?: string;
  published?: string;
  outlet?: string;
  url: string;
}

export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<FetchedArticle> {
  const page = await fetchUrl(url, { ...opts, accept: ['text/html', 'application/xhtml+xml', 'text/plain'] });
  if (page.contentType.startsWith('text/plain')) return { text: page.text.replace(/^\uFEFF/, ''), url: page.url };
  const a = htmlToArticle(page.text, page.url, page.url);
  return { text: a.text, title: a.meta.title, published: a.meta.published, outlet: a.meta.outlet, url: page.url };
}
