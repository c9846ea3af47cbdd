// JSONL dumps (optionally gzipped) of the ANT corpus shape: docno, url,
// source, category, title, time, author, abstract, text; one article a line.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DocMeta } from '../model/analysis.js';
import { failed, type SourceItem } from './types.js';
import { publicationDate } from './dates.js';

const pick = (r: Record<string, unknown>, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
};

/** One JSONL record as an article, or why not. */
export function recordToItem(rec: unknown, source: string): SourceItem {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return failed(source, 'not a JSON object');
  const r = rec as Record<string, unknown>;
  const text = pick(r, 'text', 'body', 'content');
  if (text === undefined) return failed(source, 'no text field');
  const meta: Partial<DocMeta> = {};
  const id = pick(r, 'docno', 'id');
  if (id) meta.id = id;
  const url = pick(r, 'url', 'link');
  if (url) meta.url = url.trim();
  const outlet = pick(r, 'source', 'outlet');
  if (outlet) meta.outlet = outlet;
  const title = pick(r, 'title');
  if (title) meta.title = title.trim();
  const published = publicationDate(pick(r, 'published', 'time', 'date'));
  if (published) meta.published = published;
  return { ok: true, article: { source, text, meta } };
}

function open(path: string): Readable {
  const file = createReadStream(path);
  if (!/\.gz$/i.test(path)) return file;
  const gz = createGunzip();
  file.on('error', (e) => gz.destroy(e));
  return file.pipe(gz);
}

export async function* readJsonl(path: string): AsyncGenerator<SourceItem> {
  const input = open(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        yield failed(`${path}:${n}`, 'invalid JSON');
        continue;
      }
      yield recordToItem(rec, `${path}:${n}`);
    }
  } catch (e) {
    yield failed(`${path}:${n + 1}`, `unreadable (${(e as Error).message})`);
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Number of non-empty lines, for the progress bar's total. */
export async function countJsonl(path: string): Promise<number> {
  let n = 0;
  try {
    const input = open(path);
    let last = 10;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 10 && last !== 10) n++;
        last = chunk[i];
      }
    }
    if (last !== 10) n++;
  } catch {
    // a broken file is reported when it is read
  }
  return n;
}
