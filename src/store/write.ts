// Writing one flattened article and its cross-article links inside a
// transaction, in a fixed small number of multi-row statements (round trips
// are what PostgreSQL writers pay for). Idempotent: the article row goes in
// first and a duplicate stops everything; entity and claim keys are upserted
// in sorted order, so concurrent PostgreSQL writers cannot deadlock.
import type { Db, SqlValue } from './db.js';
import { chunks, earlierSql, laterSql, valuesSql } from './db.js';
import type { FlatArticle, FlatStatement } from './flatten.js';
import type { PutResult } from './store.js';

type Row = Record<string, unknown>;

async function existing(db: Db, f: FlatArticle): Promise<number | undefined> {
  // a URL match wins over a text match: it is the same page, not just the same words
  const r = await db.get<{ id: number }>(
    'SELECT id FROM articles WHERE url = ? OR text_hash = ? ORDER BY CASE WHEN url = ? THEN 0 ELSE 1 END, id LIMIT 1',
    [f.url ?? null, f.textHash, f.url ?? null]);
  return r ? Number(r.id) : undefined;
}

/** Multi-row INSERT of `rows` (each `cols` values), in chunks; returns the RETURNING rows. */
async function insertMany(db: Db, head: string, cols: number, rows: SqlValue[][], tail = '', row?: string): Promise<Row[]> {
  const out: Row[] = [];
  for (const part of chunks(rows)) {
    if (!part.length) continue;
    const sql = `${head} VALUES ${valuesSql(part.length, cols, row)} ${tail}`;
    if (/RETURNING/i.test(tail)) out.push(...(await db.all<Row>(sql, part.flat())));
    else await db.run(sql, part.flat());
  }
  return out;
}

const ENTITY_UPSERT_TAIL = `ON CONFLICT (key) DO UPDATE SET
    mention_count = entities.mention_count + excluded.mention_count,
    article_count = entities.article_count + 1,
    name_en = COALESCE(entities.name_en, excluded.name_en),
    first_seen = ${earlierSql('entities.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('entities.last_seen', 'excluded.last_seen')}
  RETURNING id, key`;

const CLAIM_UPSERT_TAIL = `ON CONFLICT (key) DO UPDATE SET
    report_count = claims.report_count + excluded.report_count,
    content = CASE WHEN excluded.first_seen IS NOT NULL AND (claims.first_seen IS NULL OR excluded.first_seen < claims.first_seen)
      THEN excluded.content ELSE claims.content END,
    first_seen = ${earlierSql('claims.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('claims.last_seen', 'excluded.last_seen')}
  RETURNING id, key`;

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export async function writeArticle(db: Db, f: FlatArticle, analysisJson: string): Promise<PutResult> {
  const dup = await existing(db, f);
  if (dup !== undefined) return { articleId: dup, created: false, duplicateOf: dup };
  const ins = await db.get<{ id: number }>(
    `INSERT INTO articles (doc_id, url, text_hash, title, outlet, published, ingested_at, analysis, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [f.docId, f.url ?? null, f.textHash, f.title ?? null, f.outlet ?? null, f.published ?? null, new Date().toISOString(), analysisJson, f.text],
  );
  if (!ins) {
    // a concurrent writer stored it between our check and our insert
    const other = await existing(db, f);
    return { articleId: other ?? -1, created: false, duplicateOf: other };
  }
  const articleId = Number(ins.id);
  await db.ftsPut('articles', [[articleId, f.terms]]);
  const day = f.published ?? null;

  // entities, in key order
  const entities = [...f.entities].sort(byKey);
  const entityId = new Map<string, number>();
  const eRows = await insertMany(db, 'INSERT INTO entities (key, type, name, name_en, kb, mention_count, article_count, first_seen, last_seen)', 9,
    entities.map((e) => [e.key, e.type, e.name, e.nameEn ?? null, e.kb ?? null, e.mentions, 1, day, day]), ENTITY_UPSERT_TAIL);
  for (const r of eRows) entityId.set(String(r.key), Number(r.id));
  const eid = (k: string | null | undefined) => (k ? entityId.get(k) ?? null : null);
  await insertMany(db, 'INSERT INTO entity_aliases (entity_id, alias, norm)', 3,
    entities.flatMap((e) => e.aliases.map(([alias, norm]) => [eid(e.key), alias, norm])), 'ON CONFLICT DO NOTHING');
  await insertMany(db, 'INSERT INTO entity_articles (entity_id, article_id, mentions)', 3,
    entities.map((e) => [eid(e.key), articleId, e.mentions]));

  // claims: one row per key (a statement repeated in one article counts each time), in key order
  const claims = new Map<string, { key: string; s: FlatStatement; n: number }>();
  for (const s of f.statements) {
    const c = claims.get(s.claimKey);
    if (c) c.n++;
    else claims.set(s.claimKey, { key: s.claimKey, s, n: 1 });
  }
  const claimId = new Map<string, number>();
  const cRows = await insertMany(db, 'INSERT INTO claims (key, speaker_id, content, report_count, first_seen, last_seen)', 6,
    [...claims.values()].sort(byKey).map((c) => [c.key, eid(c.s.speaker), c.s.content, c.n, day, day]), CLAIM_UPSERT_TAIL);
  for (const r of cRows) claimId.set(String(r.key), Number(r.id));

  // statements (a repeated local id inside one analysis is kept once)
  const seen = new Set<string>();
  const statements = f.statements.filter((s) => !seen.has(s.localId) && seen.add(s.localId));
  const sRows = await insertMany(db,
    'INSERT INTO statements (article_id, local_id, speaker_id, cue_text, cue_lemma, stance, content, kind, claim_id, outlet, published, content_start, content_end)', 13,
    statements.map((s) => [articleId, s.localId, eid(s.speaker), s.cueText, s.cueLemma ?? null, s.stance ?? null, s.content, s.kind,
      claimId.get(s.claimKey)!, f.outlet ?? null, day, s.contentStart, s.contentEnd]), 'RETURNING id, local_id');
  const sid = new Map(sRows.map((r) => [String(r.local_id), Number(r.id)]));
  const stated = statements.filter((s) => sid.has(s.localId));
  await db.ftsPut('statements', stated.map((s) => [sid.get(s.localId)!, s.terms]));
  await insertMany(db, 'INSERT INTO statement_sources (statement_id, pos, entity_id)', 3,
    stated.flatMap((s) => s.sources.map((k, i) => [sid.get(s.localId)!, i, eid(k)])));
  await insertMany(db, 'INSERT INTO statement_about (entity_id, statement_id)', 2,
    stated.flatMap((s) => s.about.map((k) => [eid(k), sid.get(s.localId)!])), 'ON CONFLICT DO NOTHING');

  // events and their actors
  const seenV = new Set<string>();
  const events = f.events.filter((v) => !seenV.has(v.localId) && seenV.add(v.localId));
  const vRows = await insertMany(db, 'INSERT INTO events (article_id, local_id, type, anchor_text, date, day, location_id, outlet, published)', 9,
    events.map((v) => [articleId, v.localId, v.type, v.anchorText, v.date ?? null, v.date ?? day, eid(v.location), f.outlet ?? null, day]), 'RETURNING id, local_id');
  const vid = new Map(vRows.map((r) => [String(r.local_id), Number(r.id)]));
  await insertMany(db, 'INSERT INTO event_actors (event_id, side, pos, entity_id)', 4,
    events.filter((v) => vid.has(v.localId)).flatMap((v) => [
      ...v.source.map((k, i) => [vid.get(v.localId)!, 'source', i, eid(k)]),
      ...v.target.map((k, i) => [vid.get(v.localId)!, 'target', i, eid(k)]),
    ]));
  return { articleId, created: true };
}
