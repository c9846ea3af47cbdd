// RSS and Atom feeds, parsed from a string: every item's link, title and
// date; the page behind each link is fetched by the caller.
import Parser from 'rss-parser';
import { publicationDate } from './dates.js';

export interface FeedItem {
  link?: string;
  title?: string;
  published?: string;
  /** the item's own text (description/content), used when no page can be fetched */
  summary?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

/** True when a document looks like a feed rather than a web page. */
export function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head);
}

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  if (!looksLikeFeed(xml)) throw new Error('not an RSS or Atom feed');
  let feed;
  try {
    feed = await new Parser({ timeout: 1 }).parseString(xml);
  } catch (e) {
    throw new Error(`malformed feed (${(e as Error).message.split('\n')[0]})`);
  }
  return {
    title: feed.title?.trim() || undefined,
    items: (feed.items ?? []).map((it) => ({
      link: typeof it.link === 'string' ? it.link.trim() : undefined,
      title: it.title?.trim() || undefined,
      published: publicationDate(it.isoDate ?? it.pubDate),
      summary: (it['content:encodedSnippet'] as string | undefined) ?? it.contentSnippet ?? undefined,
    })),
  };
}
