// Thin client for the Isnad HTTP API (see /docs).
import type { Analysis as SpecAnalysis } from '../../src/model/analysis';
export type { Span, Mention, Entity, Statement, Event, Quantity, TimeExpr } from '../../src/model/analysis';

/** The SPEC analysis as the API returns it (plus store and warning fields). */
export interface Analysis extends SpecAnalysis {
  articleId?: number;
  warnings?: string[];
}
export interface Page<T> { items: T[]; next?: string }
export interface GlobalEntity { id: number; type: string; name: string; nameEn?: string; kb?: string; aliases: string[]; mentionCount: number; articleCount: number; firstSeen?: string; lastSeen?: string }
export interface Ref { id: number; name: string }
export interface StatementRecord { id: number; articleId: number; speakerId: number | null; speakerName?: string; cueText: string; cueLemma?: string; stance?: string; content: string; kind: string; sources: Ref[]; claimId: number; outlet?: string; published?: string }
export interface EventRecord { id: number; articleId: number; type: string; anchorText: string; date?: string; location?: Ref; source: Ref[]; target: Ref[]; published?: string; outlet?: string }
export interface SearchHit { kind: string; id: number; articleId: number; title?: string; snippet: string }
export interface ArticleRecord { id: number; title?: string; outlet?: string; published?: string; url?: string; analysis?: Analysis }
export interface Profile { entity: GlobalEntity; statementsBy: StatementRecord[]; statementsAbout: StatementRecord[]; events: EventRecord[]; coEntities: Array<{ entity: GlobalEntity; count: number }>; timeline: Array<{ kind: string; id: number; date?: string; text: string; articleId: number }> }
export interface Network { nodes: Array<{ id: number; name: string }>; edges: Array<{ source: number; target: number; type: string; count: number }> }

export class ApiError extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new ApiError((body && (body.detail || body.title)) || `HTTP ${r.status}`);
  return body as T;
}

function qs(params: Record<string, string | number | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? '?' + s : '';
}

export const api = {
  analyze: (body: { text?: string; url?: string; published?: string; store?: boolean }) =>
    call<Analysis>('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  search: (q: string, cursor?: string) => call<Page<SearchHit>>('/api/search' + qs({ q, cursor, limit: 30 })),
  articles: (cursor?: string) => call<Page<ArticleRecord>>('/api/articles' + qs({ cursor, limit: 30 })),
  /** entityIds: analysis entity id → library entity id */
  article: (id: number) => call<ArticleRecord & { analysis: Analysis; entityIds?: Record<string, number> }>(`/api/articles/${id}`),
  entities: (q: string, type?: string) => call<Page<GlobalEntity>>('/api/entities' + qs({ q, type, limit: 50 })),
  entity: (id: number) => call<Profile>(`/api/entities/${id}`),
  statements: (f: Record<string, string | number | undefined>) => call<Page<StatementRecord>>('/api/statements' + qs({ ...f, limit: 50 })),
  events: (f: Record<string, string | number | undefined>) => call<Page<EventRecord>>('/api/events' + qs({ ...f, limit: 100 })),
  network: () => call<Network>('/api/network'),
  stats: () => call<Record<string, number>>('/api/stats'),
};
