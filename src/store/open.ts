// Opening the library: SQLite by default (`isnad.db` or --db FILE),
// PostgreSQL with --pg URL or ISNAD_PG. The schema is migrated on open.
import { existsSync, statSync } from 'node:fs';
import type { Store } from './store.js';
import { SqlStore } from './sql-store.js';
import { SqliteDb } from './sqlite/sqlite-db.js';
import { UserError } from '../cli/errors.js';

export interface StoreOptions {
  /** SQLite file (default isnad.db) */
  db?: string;
  /** PostgreSQL URL; wins over db */
  pg?: string;
  /** PostgreSQL schema (tests use one per run) */
  schema?: string;
  /** PostgreSQL pool size */
  poolSize?: number;
  /** refuse to create a new SQLite file (for read-only commands) */
  mustExist?: boolean;
}

export const DEFAULT_DB = 'isnad.db';

export function storeOptionsFromEnv(o: { db?: string; pg?: string }): StoreOptions {
  return { db: o.db, pg: o.pg ?? (process.env.ISNAD_PG || undefined) };
}

export async function openStore(o: StoreOptions = {}): Promise<SqlStore & Store> {
  if (o.pg) {
    const { PgDb } = await import('./pg/pg-db.js'); // pg loads only when used
    const db = new PgDb({ url: o.pg, schema: o.schema, poolSize: o.poolSize });
    try {
      await db.open();
      const store = new SqlStore(db);
      await store.migrate();
      return store;
    } catch (e) {
      await db.close().catch(() => undefined);
      throw e;
    }
  }
  const path = o.db ?? DEFAULT_DB;
  if (path !== ':memory:') {
    if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(`${path}: is a directory, not a database file`);
    if (o.mustExist && !existsSync(path)) throw new UserError(`${path}: no such database (ingest something first, or pass --db FILE)`);
  }
  const db = new SqliteDb(path);
  const store = new SqlStore(db);
  try {
    await store.migrate();
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return store;
}
