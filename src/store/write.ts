// Writing a batch of flattened articles and their cross-article links inside
// one transaction, in a fixed small number of multi-row statements per batch
// (round trips and statements are what PostgreSQL writers pay for, per batch
// rather than per article). The results are those of writing the articles one
// by one: a duplicate (same URL, else same folded text, in the store or
// earlier in the batch) writes nothing; entity and claim totals add up the
// same. Only the ids given to new entities and claims follow key order.
//
// Concurrent PostgreSQL writers: every statement that can wait on another
// transaction's rows touches them in key order, and the per-article counters
// of entities already stored (the hot rows every article updates) are added
// last, just before COMMIT, so those row locks are held as briefly as possible.
import type { Db, SqlValue } from './db.js';
import { chunks, earlierSql, laterSql, valuesSql } from './db.js';
import type { FlatEntity, FlatStatement } from './flatten.js';
import type { PreparedArticle } from './prepare.js';
import type { PutResult } from './store.js';

type Row = Record<string, unknown>;

/** Multi-row INSERT of `rows` (each `cols` values), in chunks; returns the RETURNING rows. */
async function insertMany(db: Db, head: string, cols: number, rows: SqlValue[][], tail = ''): Promise<Row[]> {
  const out: Row[] = [];
  const returning = /RETURNING/i.test(tail);
  for (const part of chunks(rows)) {
    const sql = `${head} VALUES ${valuesSql(part.length, cols)} ${tail}`;
    if (returning) out.push(...(await db.all<Row>(sql, part.flat())));
    else await db.run(sql, part.flat());
  }
  return out;
}

/** SELECT `cols` FROM `table` WHERE `col` IN (values), in chunks */
async function selectIn(db: Db, cols: string, table: string, col: string, values: SqlValue[]): Promise<Row[]> {
  const out: Row[] = [];
  for (const part of chunks(values)) {
    out.push(...(await db.all<Row>(`SELECT ${cols} FROM ${table} WHERE ${col} IN (${valuesSql(part.length, 1, '?')})`, part)));
  }
  return out;
}

const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const ENTITY_COLS = 'INSERT INTO entities (key, type, name, name_en, kb, mention_count, article_count, first_seen, last_seen)';
const ENTITY_ADD_TAIL = `ON CONFLICT (key) DO UPDATE SET
    mention_count = entities.mention_count + excluded.mention_count,
    article_count = entities.article_count + excluded.article_count,
    name_en = COALESCE(entities.name_en, excluded.name_en),
    first_seen = ${earlierSql('entities.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('entities.last_seen', 'excluded.last_seen')}`;

const CLAIM_UPSERT_TAIL = `ON CONFLICT (key) DO UPDATE SET
    report_count = claims.report_count + excluded.report_count,
    content = CASE WHEN excluded.first_seen IS NOT NULL AND (claims.first_seen IS NULL OR excluded.first_seen < claims.first_seen)
      THEN excluded.content ELSE claims.content END,
    first_seen = ${earlierSql('claims.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('claims.last_seen', 'excluded.last_seen')}
  RETURNING id, key`;

/** An entity's totals over the batch, as the one-by-one writes would have left them. */
interface EntityTotal {
  key: string;
  first: FlatEntity; // type, name and kb come from the first article that names it
  nameEn: string | null;
  mentions: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A claim's reports over the batch: the wording kept is the earliest-dated report's (the first such on ties). */
interface ClaimTotal {
  key: string;
  speaker: string | null;
  content: string;
  reports: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

interface Created {
  p: PreparedArticle;
  id: number;
  day: string | null;
}

/** The store's articles with any of these URLs or text hashes. */
async function known(db: Db, urls: string[], hashes: string[]): Promise<{ byUrl: Map<string, number>; byHash: Map<string, number> }> {
  const byUrl = new Map<string, number>();
  const byHash = new Map<string, number>();
  const us = chunks(urls);
  const hs = chunks(hashes);
  for (let i = 0; i < Math.max(us.length, hs.length); i++) {
    const u = us[i] ?? [];
    const h = hs[i] ?? [];
    const where = [u.length ? `url IN (${valuesSql(u.length, 1, '?')})` : '', h.length ? `text_hash IN (${valuesSql(h.length, 1, '?')})` : ''];
    for (const r of await db.all<Row>(`SELECT id, url, text_hash FROM articles WHERE ${where.filter(Boolean).join(' OR ')}`, [...u, ...h])) {
      if (r.url !== null && r.url !== undefined) byUrl.set(String(r.url), Number(r.id));
      byHash.set(String(r.text_hash), Number(r.id));
    }
  }
  return { byUrl, byHash };
}

export async function writeArticles(db: Db, list: PreparedArticle[]): Promise<PutResult[]> {
  if (!list.length) return [];
  const results: PutResult[] = new Array(list.length);
  const urls = [...new Set(list.map((p) => p.flat.url).filter((u): u is string => !!u))];
  const hashes = [...new Set(list.map((p) => p.flat.textHash))];
  const stored = await known(db, urls, hashes);

  // which articles are new, and what each duplicate repeats: a URL match wins over a text
  // match, and an article already stored wins over one earlier in the batch (lower id)
  const fresh: number[] = []; // indexes into list
  const dupOfItem = new Map<number, number>(); // index → index of the fresh article it repeats
  const batchUrl = new Map<string, number>();
  const batchHash = new Map<string, number>();
  list.forEach(({ flat: f }, i) => {
    const u = f.url;
    const dup = u ? stored.byUrl.get(u) : undefined;
    if (dup !== undefined) return void (results[i] = { articleId: dup, created: false, duplicateOf: dup });
    const inBatch = u ? batchUrl.get(u) : undefined;
    if (inBatch !== undefined) return void dupOfItem.set(i, inBatch);
    const dupH = stored.byHash.get(f.textHash);
    if (dupH !== undefined) return void (results[i] = { articleId: dupH, created: false, duplicateOf: dupH });
    const inBatchH = batchHash.get(f.textHash);
    if (inBatchH !== undefined) return void dupOfItem.set(i, inBatchH);
    fresh.push(i);
    if (u) batchUrl.set(u, i);
    batchHash.set(f.textHash, i);
  });

  const now = new Date().toISOString();
  const ins = await insertMany(db, 'INSERT INTO articles (doc_id, url, text_hash, title, outlet, published, ingested_at, analysis, body)', 9,
    fresh.map((i) => {
      const f = list[i].flat;
      return [f.docId, f.url ?? null, f.textHash, f.title ?? null, f.outlet ?? null, f.published ?? null, now, list[i].json, f.text];
    }), 'ON CONFLICT DO NOTHING RETURNING id, text_hash');
  const idByHash = new Map(ins.map((r) => [String(r.text_hash), Number(r.id)]));
  const created: Created[] = [];
  for (const i of fresh) {
    const f = list[i].flat;
    const id = idByHash.get(f.textHash);
    if (id !== undefined) {
      results[i] = { articleId: id, created: true };
      created.push({ p: list[i], id, day: f.published ?? null });
    } else {
      // a concurrent writer stored it between our check and our insert
      const other = await db.get<{ id: number }>(
        'SELECT id FROM articles WHERE url = ? OR text_hash = ? ORDER BY CASE WHEN url = ? THEN 0 ELSE 1 END, id LIMIT 1',
        [f.url ?? null, f.textHash, f.url ?? null]);
      const oid = other ? Number(other.id) : undefined;
      results[i] = { articleId: oid ?? -1, created: false, duplicateOf: oid };
    }
  }
  for (const [i, of] of dupOfItem) {
    const r = results[of];
    results[i] = { articleId: r.articleId, created: false, duplicateOf: r.duplicateOf ?? r.articleId };
  }
  if (!created.length) return results;

  await db.ftsPut('articles', created.map((c) => [c.id, c.p.flat.terms]));

  // entities: the batch's totals per key; the ids of stored ones looked up, new ones inserted whole (in key order)
  const totals = new Map<string, EntityTotal>();
  for (const c of created) {
    for (const e of c.p.flat.entities) {
      const t = totals.get(e.key);
      if (!t) {
        totals.set(e.key, { key: e.key, first: e, nameEn: e.nameEn ?? null, mentions: e.mentions, articles: 1, firstSeen: c.day, lastSeen: c.day });
      } else {
        t.nameEn ??= e.nameEn ?? null;
        t.mentions += e.mentions;
        t.articles++;
        t.firstSeen = earlier(t.firstSeen, c.day);
        t.lastSeen = later(t.lastSeen, c.day);
      }
    }
  }
  const entities = [...totals.values()].sort(byKey);
  const entityRow = (t: EntityTotal): SqlValue[] =>
    [t.key, t.first.type, t.first.name, t.nameEn, t.first.kb ?? null, t.mentions, t.articles, t.firstSeen, t.lastSeen];
  const entityId = new Map<string, number>();
  const lookUp = async (ts: EntityTotal[]) => {
    for (const r of await selectIn(db, 'id, key', 'entities', 'key', ts.map((t) => t.key))) entityId.set(String(r.key), Number(r.id));
  };
  await lookUp(entities);
  const isNew = new Set<string>();
  const missing = entities.filter((t) => !entityId.has(t.key));
  for (const r of await insertMany(db, ENTITY_COLS, 9, missing.map(entityRow), 'ON CONFLICT (key) DO NOTHING RETURNING id, key')) {
    entityId.set(String(r.key), Number(r.id));
    isNew.add(String(r.key));
  }
  await lookUp(missing.filter((t) => !entityId.has(t.key))); // stored by a concurrent writer meanwhile
  const old = entities.filter((t) => !isNew.has(t.key));
  const eid = (k: string | null | undefined) => (k ? entityId.get(k) ?? null : null);

  // aliases: the first article to use a surface form keeps its spelling; written in (entity, form) order
  const aliases = new Map<string, [number | null, string, string]>();
  for (const c of created) {
    for (const e of c.p.flat.entities) {
      for (const [alias, norm] of e.aliases) {
        const k = eid(e.key) + '\t' + norm;
        if (!aliases.has(k)) aliases.set(k, [eid(e.key), alias, norm]);
      }
    }
  }
  await insertMany(db, 'INSERT INTO entity_aliases (entity_id, alias, norm)', 3,
    [...aliases.values()].sort((a, b) => Number(a[0]) - Number(b[0]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)), 'ON CONFLICT DO NOTHING');
  await insertMany(db, 'INSERT INTO entity_articles (entity_id, article_id, mentions)', 3,
    created.flatMap((c) => c.p.flat.entities.map((e) => [eid(e.key), c.id, e.mentions])));

  // claims: one row per key over the batch (a statement repeated in one article counts each time), in key order
  const claims = new Map<string, ClaimTotal>();
  for (const c of created) {
    for (const s of c.p.flat.statements) {
      const t = claims.get(s.claimKey);
      if (!t) claims.set(s.claimKey, { key: s.claimKey, speaker: s.speaker, content: s.content, reports: 1, firstSeen: c.day, lastSeen: c.day });
      else {
        t.reports++;
        if (c.day !== null && (t.firstSeen === null || c.day < t.firstSeen)) t.content = s.content;
        t.firstSeen = earlier(t.firstSeen, c.day);
        t.lastSeen = later(t.lastSeen, c.day);
      }
    }
  }
  const claimId = new Map<string, number>();
  const cRows = await insertMany(db, 'INSERT INTO claims (key, speaker_id, content, report_count, first_seen, last_seen)', 6,
    [...claims.values()].sort(byKey).map((t) => [t.key, eid(t.speaker), t.content, t.reports, t.firstSeen, t.lastSeen]), CLAIM_UPSERT_TAIL);
  for (const r of cRows) claimId.set(String(r.key), Number(r.id));

  // statements (a repeated local id inside one analysis is kept once)
  const stRows: Array<{ c: Created; s: FlatStatement }> = [];
  for (const c of created) {
    const seen = new Set<string>();
    for (const s of c.p.flat.statements) if (!seen.has(s.localId) && seen.add(s.localId)) stRows.push({ c, s });
  }
  const sRows = await insertMany(db,
    'INSERT INTO statements (article_id, local_id, speaker_id, cue_text, cue_lemma, stance, content, kind, claim_id, outlet, published, content_start, content_end)', 13,
    stRows.map(({ c, s }) => [c.id, s.localId, eid(s.speaker), s.cueText, s.cueLemma ?? null, s.stance ?? null, s.content, s.kind,
      claimId.get(s.claimKey)!, c.p.flat.outlet ?? null, c.day, s.contentStart, s.contentEnd]), 'RETURNING id, article_id, local_id');
  const sid = new Map(sRows.map((r) => [r.article_id + '\t' + r.local_id, Number(r.id)]));
  const stated = stRows.flatMap(({ c, s }) => {
    const id = sid.get(c.id + '\t' + s.localId);
    return id === undefined ? [] : [{ id, s }];
  });
  await db.ftsPut('statements', stated.map(({ id, s }) => [id, s.terms]));
  await insertMany(db, 'INSERT INTO statement_sources (statement_id, pos, entity_id)', 3,
    stated.flatMap(({ id, s }) => s.sources.map((k, i) => [id, i, eid(k)])));
  await insertMany(db, 'INSERT INTO statement_about (entity_id, statement_id)', 2,
    stated.flatMap(({ id, s }) => s.about.map((k) => [eid(k), id])), 'ON CONFLICT DO NOTHING');

  // events and their actors
  const evRows = created.flatMap((c) => {
    const seen = new Set<string>();
    return c.p.flat.events.filter((v) => !seen.has(v.localId) && seen.add(v.localId)).map((v) => ({ c, v }));
  });
  const vRows = await insertMany(db, 'INSERT INTO events (article_id, local_id, type, anchor_text, date, day, location_id, outlet, published)', 9,
    evRows.map(({ c, v }) => [c.id, v.localId, v.type, v.anchorText, v.date ?? null, v.date ?? c.day, eid(v.location), c.p.flat.outlet ?? null, c.day]),
    'RETURNING id, article_id, local_id');
  const vid = new Map(vRows.map((r) => [r.article_id + '\t' + r.local_id, Number(r.id)]));
  await insertMany(db, 'INSERT INTO event_actors (event_id, side, pos, entity_id)', 4,
    evRows.flatMap(({ c, v }) => {
      const id = vid.get(c.id + '\t' + v.localId);
      if (id === undefined) return [];
      return [...v.source.map((k, i) => [id, 'source', i, eid(k)]), ...v.target.map((k, i) => [id, 'target', i, eid(k)])];
    }));

  // last: the totals of entities that were already stored, in key order
  await insertMany(db, ENTITY_COLS, 9, old.map(entityRow), ENTITY_ADD_TAIL);
  return results;
}
