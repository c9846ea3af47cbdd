// The Db adapter over node-postgres: a pool; `?` placeholders become $n;
// a transaction holds one client. Deadlocks and serialisation failures
// between concurrent workers are retried a few times.
import pg from 'pg';
import { chunks, valuesSql, type Db, type SqlValue } from '../db.js';
import { UserError } from '../../cli/errors.js';

export interface PgOptions {
  url: string;
  /** schema to work in (created if missing); default: the server's search_path */
  schema?: string;
  poolSize?: number;
}

const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let s = numbered.get(sql);
  if (s === undefined) {
    let n = 0;
    s = sql.replace(/\?/g, () => '$' + ++n);
    numbered.set(sql, s);
  }
  return s;
}

const RETRYABLE = new Set(['40P01', '40001']);

export function pgError(url: string, e: unknown): Error {
  const err = e as { code?: string; message?: string };
  const where = redact(url);
  if (err?.code && ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(err.code)) {
    return new UserError(`PostgreSQL at ${where} is unreachable (${err.code})`);
  }
  if (err?.code === '3D000' || err?.code === '28P01' || err?.code === '28000') return new UserError(`PostgreSQL at ${where}: ${err.message}`);
  return e as Error;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given URL';
  }
}

abstract class PgQueryable {
  abstract readonly dialect: 'pg';
  protected abstract q(sql: string, params: SqlValue[]): Promise<pg.QueryResult>;

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return (await this.q(sql, params)).rows as T[];
  }
  async get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return (await this.q(sql, params)).rows[0] as T | undefined;
  }
  async run(sql: string, params: SqlValue[] = []): Promise<void> {
    await this.q(sql, params);
  }
  // The terms are already folded, lower-cased and stemmed (search-terms.ts): they are stored and
  // matched as lexemes, as they are. No text-search parser or dictionary runs on either side
  // (to_tsvector's parsing was about a fifth of PostgreSQL's CPU per stored article).
  ftsIds(table: 'articles' | 'statements', terms: string[]): { sql: string; param: string } {
    return { sql: `SELECT id FROM ${table}_fts WHERE tsv @@ ?::tsquery`, param: lexemeQuery(terms) };
  }
  async ftsPut(table: 'articles' | 'statements', rows: Array<[number, string]>): Promise<void> {
    for (const part of chunks(rows)) {
      await this.run(`INSERT INTO ${table}_fts (id, tsv) VALUES ${valuesSql(part.length, 2, "(?, array_to_tsvector(array_remove(string_to_array(?, ' '), '')))")} ON CONFLICT (id) DO NOTHING`, part.flat());
    }
  }
}

/** tsquery text matching every term as a literal lexeme: 'a' & 'b' */
export function lexemeQuery(terms: string[]): string {
  const quoted = terms.filter((t) => t).map((t) => "'" + t.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'");
  return quoted.length ? quoted.join(' & ') : "''";
}

class PgTx extends PgQueryable implements Db {
  readonly dialect = 'pg' as const;
  constructor(private readonly client: pg.PoolClient) {
    super();
  }
  protected q(sql: string, params: SqlValue[]): Promise<pg.QueryResult> {
    return this.client.query(toPg(sql), params);
  }
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {}
}

export class PgDb extends PgQueryable implements Db {
  readonly dialect = 'pg' as const;
  readonly pool: pg.Pool;

  constructor(readonly opts: PgOptions) {
    super();
    this.pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 4,
      connectionTimeoutMillis: 5000,
      // the schema travels in the start-up packet, so every pooled connection uses it
      ...(opts.schema ? { options: `-c search_path=${quoteIdent(opts.schema)}` } : {}),
    });
    // an idle client losing its server must not crash the process
    this.pool.on('error', () => undefined);
  }

  /** connect once, creating the schema if one was asked for */
  async open(): Promise<void> {
    try {
      if (this.opts.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.opts.schema)}`);
      else await this.pool.query('SELECT 1');
    } catch (e) {
      throw pgError(this.opts.url, e);
    }
  }

  protected async q(sql: string, params: SqlValue[]): Promise<pg.QueryResult> {
    try {
      return await this.pool.query(toPg(sql), params);
    } catch (e) {
      throw pgError(this.opts.url, e);
    }
  }

  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (e) {
        throw pgError(this.opts.url, e);
      }
      try {
        await client.query('BEGIN');
        const r = await fn(new PgTx(client));
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string }).code ?? '';
        if (RETRYABLE.has(code) && attempt < 5) {
          await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random()));
          continue;
        }
        throw pgError(this.opts.url, e);
      } finally {
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export function quoteIdent(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}
