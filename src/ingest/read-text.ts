// Reading article bytes safely: size limit, binary detection, strict UTF-8
// with the position of the first bad byte, BOM removal (SPEC §1).
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../cli/errors.js';

/** Inputs larger than this are refused: an article is kilobytes, not megabytes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function decodeArticleBytes(buf: Buffer, name: string): string {
  if (buf.length > MAX_INPUT_BYTES) {
    throw new UserError(`${name}: ${buf.length} bytes is over the ${MAX_INPUT_BYTES}-byte limit for one article`);
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new UserError(`${name}: looks binary (NUL byte at offset ${nul}); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UserError(`${name}: invalid UTF-8 at byte ${firstInvalidUtf8(buf)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export function readArticleFile(path: string): string {
  const st = statSync(path);
  if (st.isDirectory()) throw new UserError(`${path}: is a directory`);
  if (st.size > MAX_INPUT_BYTES) {
    throw new UserError(`${path}: ${st.size} bytes is over the ${MAX_INPUT_BYTES}-byte limit for one article`);
  }
  return decodeArticleBytes(readFileSync(path), path);
}

/** Byte offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= b.length + 0 && i + need > b.length - 1 + 1) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
