// Paging: opaque cursors (an offset, base64url-encoded) and limits.
import type { Page, PageQuery } from './store.js';
import { UserError } from '../cli/errors.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

export function pageBounds(q: PageQuery = {}): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(q.limit ?? DEFAULT_LIMIT)) || DEFAULT_LIMIT));
  let offset = 0;
  if (q.cursor) {
    const m = /^o:(\d{1,12})$/.exec(Buffer.from(q.cursor, 'base64url').toString('utf8'));
    const n = m ? Number(m[1]) : NaN;
    if (!Number.isInteger(n)) throw new UserError(`invalid page cursor "${q.cursor}"`);
    offset = n;
  }
  return { limit, offset };
}

/** rows fetched with limit+1: the page and, when there are more, the next cursor */
export function toPage<T>(rows: T[], limit: number, offset: number): Page<T> {
  if (rows.length > limit) {
    return { items: rows.slice(0, limit), next: Buffer.from('o:' + (offset + limit)).toString('base64url') };
  }
  return { items: rows };
}
