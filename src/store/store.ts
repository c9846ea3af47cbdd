// One Store interface over the library of analysed articles; SQLite (the
// embedded default) and PostgreSQL implement it with identical behaviour.
import type { Analysis, EntityType, PloverType, StatementKind } from '../model/analysis.js';
import type { PreparedArticle } from './prepare.js';

export interface ArticleRecord {
  id: number;
  /** the analysis' doc.id or a content hash */
  docId: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** sha-1 of the normalised text, for near-duplicate detection */
  textHash: string;
  ingestedAt: string;
}

export interface GlobalEntity {
  id: number;
  type: EntityType;
  name: string;
  nameEn?: string;
  kb?: string;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface StatementRecord {
  id: number;
  articleId: number;
  /** statement id inside its article's analysis */
  localId: string;
  speakerId: number | null;
  speakerName?: string;
  cueText: string;
  cueLemma?: string;
  stance?: string;
  content: string;
  kind: StatementKind;
  /** relay chain, outermost first, as global entity ids and names */
  sources: Array<{ id: number; name: string }>;
  claimId: number;
  outlet?: string;
  published?: string;
  /** offsets into the article text */
  contentStart: number;
  contentEnd: number;
}

export interface ClaimRecord {
  id: number;
  speakerId: number | null;
  speakerName?: string;
  /** text of the earliest report */
  content: string;
  reportCount: number;
  firstSeen?: string;
  lastSeen?: string;
  reports?: StatementRecord[];
}

export interface EventRecord {
  id: number;
  articleId: number;
  localId: string;
  type: PloverType;
  anchorText: string;
  date?: string;
  location?: { id: number; name: string };
  source: Array<{ id: number; name: string }>;
  target: Array<{ id: number; name: string }>;
  published?: string;
  outlet?: string;
}

export interface Page<T> {
  items: T[];
  /** opaque cursor for the next page, absent on the last page */
  next?: string;
}

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export interface StatementFilter extends PageQuery {
  speaker?: number;
  relay?: number;
  stance?: string;
  outlet?: string;
  from?: string;
  to?: string;
  text?: string;
}

export interface EventFilter extends PageQuery {
  type?: string;
  actor?: number;
  location?: number;
  from?: string;
  to?: string;
}

export interface SearchHit {
  kind: 'article' | 'statement';
  id: number;
  articleId: number;
  title?: string;
  snippet: string;
}

export interface PutResult {
  articleId: number;
  /** false when the article was already stored (same URL or near-identical text) */
  created: boolean;
  duplicateOf?: number;
}

export interface Store {
  /** create or migrate the schema to the latest version */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** store one analysed article with its cross-article links; idempotent by URL and text hash */
  putAnalysis(a: Analysis): Promise<PutResult>;
  /** several articles in one transaction (fast bulk ingest); the results and rows of putAnalysis one by one (only new entities and claims are numbered in key order) */
  putMany(list: Analysis[]): Promise<PutResult[]>;
  /** putMany for articles already flattened (prepareArticle, e.g. on an analysis thread) */
  putPrepared(list: PreparedArticle[]): Promise<PutResult[]>;
  hasUrl(url: string): Promise<boolean>;
  hasTextHash(hash: string): Promise<boolean>;
  /** hasUrl(url) || hasTextHash(hash), in one query */
  hasArticle(url: string | undefined, hash: string): Promise<boolean>;
  /** the article, its analysis, and the library entity each of its entities is part of (analysis entity id → GlobalEntity id) */
  getArticle(id: number): Promise<(ArticleRecord & { analysis: Analysis; entityIds: Record<string, number> }) | null>;
  listArticles(q: PageQuery): Promise<Page<ArticleRecord>>;
  findEntities(name: string, q?: PageQuery & { type?: EntityType }): Promise<Page<GlobalEntity>>;
  getEntity(id: number): Promise<GlobalEntity | null>;
  /** entities sharing articles with this one, most frequent first */
  coEntities(id: number, limit?: number): Promise<Array<{ entity: GlobalEntity; count: number }>>;
  statements(f: StatementFilter): Promise<Page<StatementRecord>>;
  /** statements whose content mentions the entity */
  statementsAbout(entityId: number, q?: PageQuery): Promise<Page<StatementRecord>>;
  claims(f: PageQuery & { text?: string; speaker?: number }): Promise<Page<ClaimRecord>>;
  getClaim(id: number): Promise<ClaimRecord | null>;
  events(f: EventFilter): Promise<Page<EventRecord>>;
  /** full-text search over articles and statements, Arabic-normalised */
  search(text: string, q?: PageQuery): Promise<Page<SearchHit>>;
  counts(): Promise<{ articles: number; entities: number; statements: number; claims: number; events: number }>;
}
