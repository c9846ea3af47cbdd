// The article in an HTML page: main text through Readability over a
// linkedom DOM (no browser), plus title, publication date and outlet from
// the page's metadata. The text keeps one paragraph per line, the headline
// first and a blank line after it: the shape of the project's plain-text
// articles, so that the text stage reads both alike.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';

// The DOM and Readability take a second or more to load; commands that never
// see HTML should not pay for them, so they are required on first use.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return libs;
}

export interface ExtractedArticle {
  text: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  outlet?: string;
}

export interface ExtractOptions {
  /** put the headline on the first line (default true) */
  includeTitle?: boolean;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

/** Text of a DOM subtree: blocks become lines, runs of white space one space. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v\u00a0\r]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date part of an ISO-ish or RFC 2822 date string, or undefined. */
export function toIsoDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // «Sun, 18 Feb 2018 21:35:43 +0400»: the date as written, not shifted to UTC
  const rfc = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].slice(0, 3).toLowerCase()) + 1;
    return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

function jsonLdField(document: Document, field: string): string | undefined {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    try {
      const stack: unknown[] = [JSON.parse(s.textContent ?? '')];
      while (stack.length) {
        const o = stack.pop();
        if (Array.isArray(o)) stack.push(...o);
        else if (o && typeof o === 'object') {
          const v = (o as Record<string, unknown>)[field];
          if (typeof v === 'string' && v.trim()) return v.trim();
          if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return (v as { name: string }).name;
          stack.push(...Object.values(o as Record<string, unknown>).filter((x) => x && typeof x === 'object'));
        }
      }
    } catch {
      // a broken JSON-LD block is common and harmless
    }
  }
  return undefined;
}

function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Extract an article's text and metadata from an HTML page. Never throws on malformed HTML. */
export function extractArticleFromHtml(html: string, url?: string, options: ExtractOptions = {}): ExtractedArticle {
  // linkedom needs a document element; a fragment gets one
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  try {
    return extract(page, url, options);
  } catch {
    // a page linkedom cannot build a tree for: its text without the tags
    const text = page.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, '\n');
    return { text: text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') };
  }
}

function extract(page: string, url: string | undefined, options: ExtractOptions): ExtractedArticle {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(page);
  // metadata first: Readability rewrites the document as it goes
  const headTitle = meta(document, 'og:title', 'twitter:title', 'headline') ?? document.querySelector('title')?.textContent?.trim();
  const published = toIsoDate(
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'og:published_time') ??
      jsonLdField(document, 'datePublished') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  const siteName = meta(document, 'og:site_name', 'application-name') ?? jsonLdField(document, 'publisher');
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  let body = '';
  let readTitle: string | undefined;
  try {
    const article = new Readability<Node>(document as unknown as Document, { serializer: (n: Node) => n }).parse();
    if (article?.content) body = blockText(article.content);
    readTitle = article?.title?.trim() || undefined;
  } catch {
    body = '';
  }
  if (!body) {
    const { document: again } = parseHTML(page);
    body = blockText((again.body ?? again) as unknown as Node);
  }
  const title = (h1 || readTitle || headTitle)?.replace(/\s+/g, ' ').trim() || undefined;
  let text = body;
  if (title && options.includeTitle !== false) {
    const rest = body.startsWith(title + '\n') || body === title ? body.slice(title.length + 1) : body;
    text = rest ? `${title}\n\n${rest}` : title;
  }
  const out: ExtractedArticle = { text };
  if (title) out.title = title;
  if (published) out.published = published;
  const outlet = siteName?.trim() || outletFromUrl(url);
  if (outlet) out.outlet = outlet;
  return out;
}
