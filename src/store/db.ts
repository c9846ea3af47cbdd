// The small SQL surface the shared store code needs. SQLite and PostgreSQL
// each implement it; everything above it (schema use, identity, queries) is
// one implementation, so the two stores behave identically by construction.
// SQL is written with `?` placeholders; the PostgreSQL adapter numbers them.

export type SqlValue = string | number | null;

export interface Db {
  readonly dialect: 'sqlite' | 'pg';
  all<T = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /** run fn in one transaction (serialised: one at a time per connection) */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** SQL fragment selecting the row ids of `table` whose index terms contain every term (one `?`, bound to the returned param) */
  ftsIds(table: 'articles' | 'statements', terms: string[]): { sql: string; param: string };
  /** index the terms of rows: [id, terms] */
  ftsPut(table: 'articles' | 'statements', rows: Array<[number, string]>): Promise<void>;
  close(): Promise<void>;
}

/** SQL for the earlier of two nullable ISO dates (NULL = unknown, never wins). */
export function earlierSql(a: string, b: string): string {
  return `CASE WHEN ${a} IS NULL OR (${b} IS NOT NULL AND ${b} < ${a}) THEN ${b} ELSE ${a} END`;
}

export function laterSql(a: string, b: string): string {
  return `CASE WHEN ${a} IS NULL OR (${b} IS NOT NULL AND ${b} > ${a}) THEN ${b} ELSE ${a} END`;
}

/** "(?, ?), (?, ?)" for a multi-row VALUES list */
export function valuesSql(rows: number, cols: number, row = '(' + Array(cols).fill('?').join(', ') + ')'): string {
  return Array(rows).fill(row).join(', ');
}

/** rows per multi-row statement: far below both engines' parameter limits */
export const ROWS_PER_STATEMENT = 400;

export function chunks<T>(xs: T[], n = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
