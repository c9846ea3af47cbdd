// The Store over any Db (SQLite or PostgreSQL): one implementation, so both
// behave identically. Writes go through write.ts; this file is the queries.
import type { Analysis, EntityType, PloverType, StatementKind } from '../model/analysis.js';
import type {
  ArticleRecord, ClaimRecord, EventFilter, EventRecord, GlobalEntity, Page, PageQuery, PutResult,
  SearchHit, StatementFilter, StatementRecord, Store,
} from './store.js';
import type { Db, SqlValue } from './db.js';
import { migrate } from './migrations.js';
import { writeArticles } from './write.js';
import { prepareArticle, type PreparedArticle } from './prepare.js';
import { pageBounds, toPage } from './page.js';
import { entityKey, foldedWords } from './keys.js';
import { queryTerms } from './search-terms.js';
import { snippet } from './snippet.js';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
const num = (v: unknown) => Number(v);
type Ref = { id: number; name: string };

function entityFromRow(r: Row, aliases: string[] = []): GlobalEntity {
  return {
    id: num(r.id), type: r.type as EntityType, name: String(r.name), nameEn: str(r.name_en), kb: str(r.kb), aliases,
    mentionCount: num(r.mention_count), articleCount: num(r.article_count), firstSeen: str(r.first_seen), lastSeen: str(r.last_seen),
  };
}

function articleFromRow(r: Row): ArticleRecord {
  return {
    id: num(r.id), docId: String(r.doc_id), url: str(r.url), title: str(r.title), outlet: str(r.outlet),
    published: str(r.published), textHash: String(r.text_hash), ingestedAt: String(r.ingested_at),
  };
}

const ARTICLE_COLS = 'id, doc_id, url, title, outlet, published, text_hash, ingested_at';
const ENTITY_COLS = 'id, key, type, name, name_en, kb, mention_count, article_count, first_seen, last_seen';
const STATEMENT_COLS = 's.id, s.article_id, s.local_id, s.speaker_id, s.cue_text, s.cue_lemma, s.stance, s.content, s.kind, s.claim_id, s.outlet, s.published, s.content_start, s.content_end';
// chronological, unknown dates last: a timeline
const STATEMENT_ORDER = 'ORDER BY s.published ASC NULLS LAST, s.id ASC';

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export class SqlStore implements Store {
  constructor(readonly db: Db) {}

  migrate(): Promise<void> {
    return migrate(this.db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async putAnalysis(a: Analysis): Promise<PutResult> {
    return (await this.putPrepared([prepareArticle(a)]))[0];
  }

  /** many articles in one transaction (far fewer statements and commits); same results as one by one */
  putMany(list: Analysis[]): Promise<PutResult[]> {
    return this.putPrepared(list.map(prepareArticle));
  }

  putPrepared(list: PreparedArticle[]): Promise<PutResult[]> {
    return this.db.tx((t) => writeArticles(t, list));
  }

  async hasUrl(url: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS x FROM articles WHERE url = ?', [url]));
  }

  async hasTextHash(hash: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS x FROM articles WHERE text_hash = ?', [hash]));
  }

  async hasArticle(url: string | undefined, hash: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS x FROM articles WHERE url = ? OR text_hash = ? LIMIT 1', [url ?? null, hash]));
  }

  async getArticle(id: number): Promise<(ArticleRecord & { analysis: Analysis; entityIds: Record<string, number> }) | null> {
    const r = await this.db.get<Row>(`SELECT ${ARTICLE_COLS}, analysis FROM articles WHERE id = ?`, [id]);
    if (!r) return null;
    const analysis = JSON.parse(String(r.analysis)) as Analysis;
    // the same global key the writer gave each entity (flatten.ts), among this article's library entities
    const rows = await this.db.all<Row>(
      'SELECT e.id, e.key FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id WHERE ea.article_id = ?', [id]);
    const byKey = new Map(rows.map((x) => [String(x.key), Number(x.id)]));
    const entityIds: Record<string, number> = {};
    for (const e of analysis.entities ?? []) {
      const gid = e && typeof e.name === 'string' ? byKey.get(entityKey(e)) : undefined;
      if (gid !== undefined) entityIds[e.id] = gid;
    }
    return { ...articleFromRow(r), analysis, entityIds };
  }

  async listArticles(q: PageQuery = {}): Promise<Page<ArticleRecord>> {
    const { limit, offset } = pageBounds(q);
    const rows = await this.db.all<Row>(
      `SELECT ${ARTICLE_COLS} FROM articles ORDER BY published DESC NULLS LAST, id DESC LIMIT ? OFFSET ?`, [limit + 1, offset]);
    return toPage(rows.map(articleFromRow), limit, offset);
  }

  private async aliasesOf(ids: number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (!ids.length) return out;
    const rows = await this.db.all<Row>(
      `SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (${placeholders(ids.length)}) ORDER BY entity_id, norm`, ids);
    for (const r of rows) {
      const id = num(r.entity_id);
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push(String(r.alias));
    }
    return out;
  }

  private async entitiesFromRows(rows: Row[]): Promise<GlobalEntity[]> {
    const aliases = await this.aliasesOf(rows.map((r) => num(r.id)));
    return rows.map((r) => entityFromRow(r, aliases.get(num(r.id)) ?? []));
  }

  async findEntities(name: string, q: PageQuery & { type?: EntityType } = {}): Promise<Page<GlobalEntity>> {
    const { limit, offset } = pageBounds(q);
    const norm = foldedWords(name ?? '').join(' ');
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (norm) {
      where.push('id IN (SELECT entity_id FROM entity_aliases WHERE norm LIKE ?)');
      params.push('%' + norm + '%');
    }
    if (q.type) {
      where.push('type = ?');
      params.push(q.type);
    }
    // exact name matches first, then the most widely reported
    const exact = norm ? `CASE WHEN id IN (SELECT entity_id FROM entity_aliases WHERE norm = ?) THEN 0 ELSE 1 END, ` : '';
    const rows = await this.db.all<Row>(
      `SELECT ${ENTITY_COLS} FROM entities ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY ${exact}article_count DESC, id ASC LIMIT ? OFFSET ?`,
      [...params, ...(norm ? [norm] : []), limit + 1, offset]);
    return toPage(await this.entitiesFromRows(rows), limit, offset);
  }

  async getEntity(id: number): Promise<GlobalEntity | null> {
    const r = await this.db.get<Row>(`SELECT ${ENTITY_COLS} FROM entities WHERE id = ?`, [id]);
    return r ? (await this.entitiesFromRows([r]))[0] : null;
  }

  async coEntities(id: number, limit = 20): Promise<Array<{ entity: GlobalEntity; count: number }>> {
    const n = Math.max(1, Math.min(500, Math.floor(limit) || 20));
    const rows = await this.db.all<Row>(
      `SELECT b.entity_id AS eid, COUNT(*) AS n FROM entity_articles a JOIN entity_articles b ON b.article_id = a.article_id
       WHERE a.entity_id = ? AND b.entity_id <> ? GROUP BY b.entity_id ORDER BY n DESC, eid ASC LIMIT ?`, [id, id, n]);
    if (!rows.length) return [];
    const ents = await this.db.all<Row>(`SELECT ${ENTITY_COLS} FROM entities WHERE id IN (${placeholders(rows.length)})`, rows.map((r) => num(r.eid)));
    const byId = new Map((await this.entitiesFromRows(ents)).map((e) => [e.id, e]));
    return rows.map((r) => ({ entity: byId.get(num(r.eid))!, count: num(r.n) })).filter((x) => x.entity);
  }

  private async names(ids: number[]): Promise<Map<number, string>> {
    const uniq = [...new Set(ids.filter((x) => Number.isFinite(x)))];
    const out = new Map<number, string>();
    if (!uniq.length) return out;
    for (const r of await this.db.all<Row>(`SELECT id, name FROM entities WHERE id IN (${placeholders(uniq.length)})`, uniq)) {
      out.set(num(r.id), String(r.name));
    }
    return out;
  }

  private async statementsFromRows(rows: Row[]): Promise<StatementRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => num(r.id));
    const src = await this.db.all<Row>(
      `SELECT statement_id, entity_id FROM statement_sources WHERE statement_id IN (${placeholders(ids.length)}) ORDER BY statement_id, pos`, ids);
    const names = await this.names([...rows.filter((r) => r.speaker_id !== null).map((r) => num(r.speaker_id)), ...src.map((r) => num(r.entity_id))]);
    const sources = new Map<number, Ref[]>();
    for (const r of src) {
      const sid = num(r.statement_id);
      if (!sources.has(sid)) sources.set(sid, []);
      sources.get(sid)!.push({ id: num(r.entity_id), name: names.get(num(r.entity_id)) ?? '' });
    }
    return rows.map((r) => {
      const speakerId = r.speaker_id === null || r.speaker_id === undefined ? null : num(r.speaker_id);
      return {
        id: num(r.id), articleId: num(r.article_id), localId: String(r.local_id), speakerId,
        speakerName: speakerId === null ? undefined : names.get(speakerId), cueText: String(r.cue_text), cueLemma: str(r.cue_lemma),
        stance: str(r.stance), content: String(r.content), kind: r.kind as StatementKind, sources: sources.get(num(r.id)) ?? [],
        claimId: num(r.claim_id), outlet: str(r.outlet), published: str(r.published),
        contentStart: num(r.content_start), contentEnd: num(r.content_end),
      };
    });
  }

  async statements(f: StatementFilter = {}): Promise<Page<StatementRecord>> {
    const { limit, offset } = pageBounds(f);
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (sql: string, ...p: SqlValue[]) => { where.push(sql); params.push(...p); };
    if (f.speaker !== undefined) add('s.speaker_id = ?', f.speaker);
    if (f.relay !== undefined) add('s.id IN (SELECT statement_id FROM statement_sources WHERE entity_id = ?)', f.relay);
    if (f.stance) add('s.stance = ?', f.stance);
    if (f.outlet) add('s.outlet = ?', f.outlet);
    if (f.from) add('s.published >= ?', f.from);
    if (f.to) add('s.published <= ?', f.to + '\uffff');
    if (f.text !== undefined) {
      const terms = queryTerms(f.text);
      if (!terms.length) return { items: [] };
      const m = this.db.ftsIds('statements', terms);
      add(`s.id IN (${m.sql})`, m.param);
    }
    const rows = await this.db.all<Row>(
      `SELECT ${STATEMENT_COLS} FROM statements s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ${STATEMENT_ORDER} LIMIT ? OFFSET ?`,
      [...params, limit + 1, offset]);
    return toPage(await this.statementsFromRows(rows), limit, offset);
  }

  async statementsAbout(entityId: number, q: PageQuery = {}): Promise<Page<StatementRecord>> {
    const { limit, offset } = pageBounds(q);
    const rows = await this.db.all<Row>(
      `SELECT ${STATEMENT_COLS} FROM statements s WHERE s.id IN (SELECT statement_id FROM statement_about WHERE entity_id = ?)
       ${STATEMENT_ORDER} LIMIT ? OFFSET ?`, [entityId, limit + 1, offset]);
    return toPage(await this.statementsFromRows(rows), limit, offset);
  }

  private async claimsFromRows(rows: Row[]): Promise<ClaimRecord[]> {
    const names = await this.names(rows.filter((r) => r.speaker_id !== null).map((r) => num(r.speaker_id)));
    return rows.map((r) => {
      const speakerId = r.speaker_id === null || r.speaker_id === undefined ? null : num(r.speaker_id);
      return {
        id: num(r.id), speakerId, speakerName: speakerId === null ? undefined : names.get(speakerId), content: String(r.content),
        reportCount: num(r.report_count), firstSeen: str(r.first_seen), lastSeen: str(r.last_seen),
      };
    });
  }

  async claims(f: PageQuery & { text?: string; speaker?: number } = {}): Promise<Page<ClaimRecord>> {
    const { limit, offset } = pageBounds(f);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.speaker !== undefined) { where.push('speaker_id = ?'); params.push(f.speaker); }
    if (f.text !== undefined) {
      const terms = queryTerms(f.text);
      if (!terms.length) return { items: [] };
      const m = this.db.ftsIds('statements', terms);
      where.push(`id IN (SELECT claim_id FROM statements WHERE id IN (${m.sql}))`);
      params.push(m.param);
    }
    const rows = await this.db.all<Row>(
      `SELECT id, speaker_id, content, report_count, first_seen, last_seen FROM claims ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY report_count DESC, first_seen ASC NULLS LAST, id ASC LIMIT ? OFFSET ?`, [...params, limit + 1, offset]);
    return toPage(await this.claimsFromRows(rows), limit, offset);
  }

  async getClaim(id: number): Promise<ClaimRecord | null> {
    const r = await this.db.get<Row>('SELECT id, speaker_id, content, report_count, first_seen, last_seen FROM claims WHERE id = ?', [id]);
    if (!r) return null;
    const [claim] = await this.claimsFromRows([r]);
    const reports = await this.db.all<Row>(`SELECT ${STATEMENT_COLS} FROM statements s WHERE s.claim_id = ? ${STATEMENT_ORDER}`, [id]);
    claim.reports = await this.statementsFromRows(reports);
    return claim;
  }

  async events(f: EventFilter = {}): Promise<Page<EventRecord>> {
    const { limit, offset } = pageBounds(f);
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (sql: string, ...p: SqlValue[]) => { where.push(sql); params.push(...p); };
    if (f.type) add('v.type = ?', f.type.toUpperCase());
    if (f.actor !== undefined) add('v.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?)', f.actor);
    if (f.location !== undefined) add('v.location_id = ?', f.location);
    if (f.from) add('v.day >= ?', f.from);
    if (f.to) add('v.day <= ?', f.to + '\uffff');
    const rows = await this.db.all<Row>(
      `SELECT v.id, v.article_id, v.local_id, v.type, v.anchor_text, v.date, v.location_id, v.outlet, v.published FROM events v
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY v.day ASC NULLS LAST, v.id ASC LIMIT ? OFFSET ?`,
      [...params, limit + 1, offset]);
    if (!rows.length) return { items: [] };
    const ids = rows.map((r) => num(r.id));
    const actors = await this.db.all<Row>(
      `SELECT event_id, side, entity_id FROM event_actors WHERE event_id IN (${placeholders(ids.length)}) ORDER BY event_id, side, pos`, ids);
    const names = await this.names([...actors.map((r) => num(r.entity_id)), ...rows.filter((r) => r.location_id !== null).map((r) => num(r.location_id))]);
    const ref = (id: number): Ref => ({ id, name: names.get(id) ?? '' });
    const items: EventRecord[] = rows.map((r) => {
      const mine = actors.filter((a) => num(a.event_id) === num(r.id));
      return {
        id: num(r.id), articleId: num(r.article_id), localId: String(r.local_id), type: r.type as PloverType,
        anchorText: String(r.anchor_text), date: str(r.date),
        location: r.location_id === null || r.location_id === undefined ? undefined : ref(num(r.location_id)),
        source: mine.filter((a) => a.side === 'source').map((a) => ref(num(a.entity_id))),
        target: mine.filter((a) => a.side === 'target').map((a) => ref(num(a.entity_id))),
        published: str(r.published), outlet: str(r.outlet),
      };
    });
    return toPage(items, limit, offset);
  }

  async search(text: string, q: PageQuery = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = pageBounds(q);
    const terms = queryTerms(text ?? '');
    if (!terms.length) return { items: [] };
    const ma = this.db.ftsIds('articles', terms);
    const ms = this.db.ftsIds('statements', terms);
    // newest first; an article before the statements found in it
    // each side keeps only its first offset+limit+1 hits (a top-k sort) before the two are merged
    const order = 'ORDER BY published DESC NULLS LAST, article_id DESC, kind ASC, id ASC';
    const k = offset + limit + 1;
    const rows = await this.db.all<Row>(
      `SELECT kind, id, article_id, published FROM (
         SELECT * FROM (SELECT 'article' AS kind, a.id AS id, a.id AS article_id, a.published AS published
           FROM articles a WHERE a.id IN (${ma.sql}) ${order} LIMIT ?) ah
         UNION ALL
         SELECT * FROM (SELECT 'statement' AS kind, s.id AS id, s.article_id AS article_id, s.published AS published
           FROM statements s WHERE s.id IN (${ms.sql}) ${order} LIMIT ?) sh
       ) hits ${order} LIMIT ? OFFSET ?`,
      [ma.param, k, ms.param, k, limit + 1, offset]);
    const artIds = [...new Set(rows.map((r) => num(r.article_id)))];
    const stIds = rows.filter((r) => r.kind === 'statement').map((r) => num(r.id));
    const arts = new Map<number, Row>();
    if (artIds.length) {
      // body is NULL only for rows written before schema version 2
      for (const r of await this.db.all<Row>(`SELECT id, title, body, CASE WHEN body IS NULL THEN analysis END AS analysis FROM articles WHERE id IN (${placeholders(artIds.length)})`, artIds)) arts.set(num(r.id), r);
    }
    const sts = new Map<number, string>();
    if (stIds.length) {
      for (const r of await this.db.all<Row>(`SELECT id, content FROM statements WHERE id IN (${placeholders(stIds.length)})`, stIds)) sts.set(num(r.id), String(r.content));
    }
    const items: SearchHit[] = rows.map((r) => {
      const art = arts.get(num(r.article_id));
      const body = r.kind === 'article' ? articleText(art) : sts.get(num(r.id)) ?? '';
      return { kind: r.kind as 'article' | 'statement', id: num(r.id), articleId: num(r.article_id), title: str(art?.title), snippet: snippet(body, terms) };
    });
    return toPage(items, limit, offset);
  }

  async counts(): Promise<{ articles: number; entities: number; statements: number; claims: number; events: number }> {
    const r = await this.db.get<Row>(`SELECT
      (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities) AS entities,
      (SELECT COUNT(*) FROM statements) AS statements, (SELECT COUNT(*) FROM claims) AS claims, (SELECT COUNT(*) FROM events) AS events`);
    return {
      articles: num(r?.articles), entities: num(r?.entities), statements: num(r?.statements), claims: num(r?.claims), events: num(r?.events),
    };
  }
}

function articleText(r: Row | undefined): string {
  if (!r) return '';
  if (typeof r.body === 'string') return r.body;
  try {
    return String((JSON.parse(String(r.analysis)) as Analysis).text ?? '');
  } catch {
    return '';
  }
}
