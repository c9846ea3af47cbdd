// Where the tests find PostgreSQL and Redis, and whether they are up.
import pg from 'pg';
import { createConnection } from 'node:net';

export const TEST_PG = process.env.ISNAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS = process.env.ISNAD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/** null when reachable, else why not */
export async function pgUnavailable(url = TEST_PG): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL at ${url} unreachable (${(e as Error).message})`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export function redisUnavailable(url = TEST_REDIS): Promise<string | null> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (why: string | null) => { s.destroy(); resolve(why); };
    s.setTimeout(2000, () => done(`Redis at ${url} unreachable (timeout)`));
    s.on('error', (e) => done(`Redis at ${url} unreachable (${e.message})`));
    s.on('connect', () => done(null));
  });
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
}

export async function dropSchema(schema: string, url = TEST_PG): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}
