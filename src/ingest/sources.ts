// From the command line's SOURCE arguments to a stream of articles: files
// (.txt, .html, .jsonl[.gz], feed .xml/.rss/.atom), directories (recursively),
// http(s) URLs of pages or feeds. Unreadable sources become failures with a
// reason; nothing here throws for one bad input.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { DocMeta } from '../model/analysis.js';
import { readArticleFile, MAX_INPUT_BYTES } from './read-text.js';
import { readJsonl, countJsonl } from './jsonl.js';
import { decodePage } from './charset.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { htmlToArticle } from './page.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { failed, type SourceItem } from './types.js';

const TEXT = /\.txt$/i;
const HTML = /\.x?html?$/i;
const JSONL = /\.(jsonl|ndjson)(\.gz)?$/i;
const FEED = /\.(xml|rss|atom)$/i;
const KNOWN = [TEXT, HTML, JSONL, FEED];

export interface SourceOptions {
  fetch?: FetchOptions;
  /** how many feed items to fetch at once (each host is still limited to 2) */
  feedConcurrency?: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The files a path stands for: itself, or the known files under a directory, sorted. */
export function expandPath(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.') || name.endsWith('.meta.json')) continue;
    const p = join(path, name);
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) continue;
    if (s.isDirectory()) out.push(...expandPath(p));
    else if (KNOWN.some((re) => re.test(name))) out.push(p);
  }
  return out;
}

function sidecar(path: string): Partial<DocMeta> {
  const side = path.replace(/\.(txt|x?html?)$/i, '') + '.meta.json';
  if (!existsSync(side)) return {};
  try {
    const m = JSON.parse(readFileSync(side, 'utf8'));
    const out: Partial<DocMeta> = {};
    for (const k of ['id', 'published', 'title', 'outlet', 'url', 'desk', 'credit'] as const) if (typeof m?.[k] === 'string') out[k] = m[k];
    return out;
  } catch {
    return {};
  }
}

function errText(e: unknown): string {
  return (e as Error)?.message ?? String(e);
}

async function* fromFeed(xml: string, source: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  let feed;
  try {
    feed = await parseFeed(xml);
  } catch (e) {
    yield failed(source, errText(e));
    return;
  }
  const items = feed.items;
  const n = Math.max(1, o.feedConcurrency ?? 4);
  // fetch a few pages at a time, yield in feed order
  for (let i = 0; i < items.length; i += n) {
    const chunk = items.slice(i, i + n);
    const results = await Promise.all(chunk.map(async (it, k): Promise<SourceItem> => {
      const where = it.link ?? `${source}#item${i + k + 1}`;
      if (!it.link || !isUrl(it.link)) return failed(where, 'feed item without an http(s) link');
      try {
        const page = await fetchUrl(it.link, { ...o.fetch, accept: ['text/html', 'application/xhtml+xml', 'text/plain'] });
        const fallback: Partial<DocMeta> = { title: it.title, published: it.published, outlet: feed.title };
        if (page.contentType.startsWith('text/plain')) return { ok: true, article: { source: page.url, text: page.text, meta: { id: page.url, url: page.url, ...fallback } } };
        // the page's own metadata first, then the feed's
        const art = htmlToArticle(page.text, page.url, page.url);
        for (const [k, v] of Object.entries(fallback)) if (v && !art.meta[k as keyof DocMeta]) (art.meta as Record<string, string>)[k] = v;
        return { ok: true, article: art };
      } catch (e) {
        return failed(where, errText(e));
      }
    }));
    yield* results;
  }
}

async function* fromUrl(url: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  let page;
  try {
    page = await fetchUrl(url, o.fetch);
  } catch (e) {
    yield failed(url, errText(e));
    return;
  }
  const type = page.contentType.split(';')[0].trim();
  if (type.includes('xml') && looksLikeFeed(page.text)) {
    yield* fromFeed(page.text, url, o);
    return;
  }
  if (type === 'text/plain') {
    yield { ok: true, article: { source: page.url, text: page.text, meta: { id: page.url, url: page.url } } };
    return;
  }
  try {
    yield { ok: true, article: htmlToArticle(page.text, page.url, page.url) };
  } catch (e) {
    yield failed(url, `unreadable page (${errText(e)})`);
  }
}

async function* fromFile(path: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  if (JSONL.test(path)) {
    yield* readJsonl(path);
    return;
  }
  const id = basename(path, extname(path));
  try {
    if (TEXT.test(path)) {
      yield { ok: true, article: { source: path, text: readArticleFile(path), meta: { id, ...sidecar(path) } } };
      return;
    }
    const st = statSync(path);
    if (st.size > MAX_INPUT_BYTES) {
      yield failed(path, `${st.size} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
      return;
    }
    const s = decodePage(readFileSync(path));
    if (FEED.test(path) || looksLikeFeed(s)) {
      yield* fromFeed(s, path, o);
      return;
    }
    if (HTML.test(path) || /^\s*<(!doctype|html|head|body)/i.test(s)) {
      const meta = sidecar(path);
      yield { ok: true, article: htmlToArticle(s, path, meta.url, { id, ...meta }) };
      return;
    }
    // an unknown extension given explicitly: read it as text
    yield { ok: true, article: { source: path, text: readArticleFile(path), meta: { id, ...sidecar(path) } } };
  } catch (e) {
    yield failed(path, errText(e));
  }
}

/** Every article the SOURCE arguments stand for, in order. */
export async function* readSources(sources: string[], o: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const src of sources) {
    if (isUrl(src)) {
      yield* fromUrl(src, o);
      continue;
    }
    if (!existsSync(src)) {
      yield failed(src, 'no such file or directory');
      continue;
    }
    let files: string[];
    try {
      files = expandPath(src);
    } catch (e) {
      yield failed(src, errText(e));
      continue;
    }
    for (const f of files) yield* fromFile(f, o);
  }
}

/** How many articles the sources hold, where that is cheap to know (URLs and feeds count 1). */
export async function countSources(sources: string[]): Promise<number> {
  let n = 0;
  for (const src of sources) {
    if (isUrl(src) || !existsSync(src)) { n++; continue; }
    let files: string[] = [];
    try { files = expandPath(src); } catch { n++; }
    for (const f of files) n += JSONL.test(f) ? await countJsonl(f) : 1;
  }
  return n;
}
