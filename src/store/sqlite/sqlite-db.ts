// The Db adapter over better-sqlite3: one connection, WAL, cached prepared
// statements. Calls are synchronous underneath; transactions are serialised
// with a promise chain so interleaved async callers cannot nest BEGINs.
import Database from 'better-sqlite3';
import { chunks, valuesSql, type Db, type SqlValue } from '../db.js';
import { UserError } from '../../cli/errors.js';

const MAX_CACHED_STATEMENTS = 500;

export function sqliteError(path: string, e: unknown): Error {
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new UserError(`${path}: not a usable isnad database (${err.message})`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new UserError(`${path}: the database is locked by another process; try again when it is done`);
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL') {
    return new UserError(`${path}: cannot write the database (${err.message})`);
  }
  return e as Error;
}

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly conn: Database.Database;
  private readonly stmts = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  /** what a transaction's body gets: the same connection, where tx() joins the running transaction */
  private readonly txView: Db;

  constructor(readonly path: string) {
    try {
      this.conn = new Database(path, { timeout: 5000 });
      this.conn.pragma('journal_mode = WAL');
      this.conn.pragma('synchronous = NORMAL');
      this.conn.pragma('foreign_keys = OFF');
      // a bounded page cache (KiB when negative) big enough for the hot index pages of a bulk ingest
      this.conn.pragma('cache_size = -32768');
    } catch (e) {
      throw sqliteError(path, e);
    }
    const view: Db = Object.create(this);
    view.tx = (fn) => fn(view);
    this.txView = view;
  }

  private prep(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (s) {
      // most recently used last, so the eviction below drops the coldest
      this.stmts.delete(sql);
    } else {
      s = this.conn.prepare(sql);
      // multi-row inserts make one statement per row count: keep the cache bounded
      if (this.stmts.size >= MAX_CACHED_STATEMENTS) this.stmts.delete(this.stmts.keys().next().value!);
    }
    this.stmts.set(sql, s);
    return s;
  }

  private wrap<T>(f: () => T): Promise<T> {
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(sqliteError(this.path, e));
    }
  }

  all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.wrap(() => this.prep(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.wrap(() => this.prep(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: SqlValue[] = []): Promise<void> {
    return this.wrap(() => {
      const s = this.prep(sql);
      if (s.reader) s.all(...params);
      else s.run(...params);
    });
  }

  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      try {
        this.conn.exec('BEGIN IMMEDIATE');
      } catch (e) {
        throw sqliteError(this.path, e);
      }
      try {
        const r = await fn(this.txView);
        this.conn.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.conn.inTransaction) this.conn.exec('ROLLBACK');
        throw sqliteError(this.path, e);
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  ftsIds(table: 'articles' | 'statements', terms: string[]): { sql: string; param: string } {
    return { sql: `SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?`, param: terms.map((t) => `"${t}"`).join(' ') };
  }

  async ftsPut(table: 'articles' | 'statements', rows: Array<[number, string]>): Promise<void> {
    for (const part of chunks(rows)) {
      await this.run(`INSERT INTO ${table}_fts (rowid, terms) VALUES ${valuesSql(part.length, 2)}`, part.flat());
    }
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.conn.open) this.conn.close();
  }
}
