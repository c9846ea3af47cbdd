// Reading article bytes safely: size limit, binary detection, strict UTF-8
// with the position of the first bad byte, BOM removal (SPEC §1); HTML pages
// through the article extractor.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../cli/errors.js';
import type { DocMeta } from '../model/analysis.js';
import { extractArticleFromHtml } from './html.js';

/** Inputs larger than this are refused: an article is kilobytes, not megabytes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

function tooBig(name: string, bytes: number): UserError {
  return new UserError(`${name}: ${bytes} bytes is over the ${MAX_INPUT_BYTES}-byte (10 MB) limit for one article`);
}

/** Text files have no NUL bytes and few C0 control characters; binaries have many. */
function binaryReason(buf: Buffer): string | null {
  const nul = buf.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return n && controls > 8 && controls / n > 0.01 ? `${controls} control bytes in the first ${n}` : null;
}

export function decodeArticleBytes(buf: Buffer, name: string): string {
  if (buf.length > MAX_INPUT_BYTES) throw tooBig(name, buf.length);
  const binary = binaryReason(buf);
  if (binary) throw new UserError(`${name}: looks binary (${binary}); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new UserError(`${name}: invalid UTF-8${at >= 0 ? ` at byte ${at}` : ''}; expected UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export function readArticleFile(path: string): string {
  const st = statSync(path);
  if (st.isDirectory()) throw new UserError(`${path}: is a directory`);
  if (st.size > MAX_INPUT_BYTES) throw tooBig(path, st.size);
  return decodeArticleBytes(readFileSync(path), path);
}

export function isHtmlName(name: string): boolean {
  return /\.(html?|xhtml)$/i.test(name);
}

/** Does this text look like an HTML page or fragment (for standard input, which has no name)? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html|head|body|article|main|div|p|section|meta|title)[\s>]/i.test(text);
}

export interface ArticleInput {
  text: string;
  /** metadata found in the source itself (HTML: title, date, outlet) */
  meta: Partial<DocMeta>;
}

/** An article from decoded content: HTML goes through the extractor, anything else is the text as is. */
export function articleFromContent(content: string, html: boolean, url?: string): ArticleInput {
  if (!html) return { text: content, meta: {} };
  const a = extractArticleFromHtml(content, url);
  const meta: Partial<DocMeta> = {};
  if (a.title) meta.title = a.title;
  if (a.published) meta.published = a.published;
  if (a.outlet) meta.outlet = a.outlet;
  if (url) meta.url = url;
  return { text: a.text, meta };
}

/** Read a .txt or .html article file. */
export function readArticle(path: string): ArticleInput {
  return articleFromContent(readArticleFile(path), isHtmlName(path));
}

/** Byte offset of the first byte that breaks UTF-8 (-1 when the bytes are valid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      // a sequence cut short by the end of the input, or by a byte that is no continuation
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
