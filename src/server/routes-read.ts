// Read-only API routes: search, articles, entities, statements, claims,
// events, the actor network and counts.
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { EventRecord, StatementRecord, Store } from '../store/store.js';
import { HttpProblem } from './problem.js';

const page = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  cursor: { type: 'string', maxLength: 200 },
} as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;
const text = { type: 'string', maxLength: 500 } as const;

type Q = Record<string, string | number | undefined>;

function notFound(what: string, id: number): never {
  throw new HttpProblem(404, 'Not Found', `no ${what} with id ${id}`);
}

export async function registerReadRoutes(app: FastifyInstance, store: Store): Promise<void> {
  app.get('/api/stats', { schema: <FastifySchema>{ summary: 'Counts of stored articles, entities, statements, claims and events', tags: ['library'] } }, async () => store.counts());

  app.get('/api/search', {
    schema: <FastifySchema>{ summary: 'Full-text search over articles and statements (Arabic-normalised: diacritics, alef forms and clitics do not matter)', tags: ['search'],
      querystring: { type: 'object', required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, ...page } } },
  }, async (req) => {
    const q = req.query as Q;
    return store.search(String(q.q), { limit: q.limit as number, cursor: q.cursor as string });
  });

  app.get('/api/articles', { schema: <FastifySchema>{ summary: 'Stored articles, newest first', tags: ['articles'], querystring: { type: 'object', properties: { ...page } } } }, async (req) => {
    const q = req.query as Q;
    return store.listArticles({ limit: q.limit as number, cursor: q.cursor as string });
  });

  app.get('/api/articles/:id', { schema: <FastifySchema>{ summary: 'One article with its full analysis (SPEC isnad.analysis/1)', tags: ['articles'], params: idParams } }, async (req) => {
    const id = (req.params as { id: number }).id;
    return (await store.getArticle(id)) ?? notFound('article', id);
  });

  app.get('/api/entities', {
    schema: <FastifySchema>{ summary: 'Entities by (part of) their Arabic or English name', tags: ['entities'],
      querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200, default: '' }, type: { type: 'string', enum: ['PER', 'ORG', 'GPE', 'LOC', 'MISC'] }, ...page } } },
  }, async (req) => {
    const q = req.query as Q;
    return store.findEntities(String(q.q ?? ''), { limit: q.limit as number, cursor: q.cursor as string, type: q.type as never });
  });

  app.get('/api/entities/:id', { schema: <FastifySchema>{ summary: 'Entity profile: names, statements by and about, events, co-occurring entities, timeline', tags: ['entities'], params: idParams } }, async (req) => {
    const id = (req.params as { id: number }).id;
    const entity = (await store.getEntity(id)) ?? notFound('entity', id);
    const [by, about, events, co] = await Promise.all([
      store.statements({ speaker: id, limit: 100 }),
      store.statementsAbout(id, { limit: 100 }),
      store.events({ actor: id, limit: 100 }),
      store.coEntities(id, 20),
    ]);
    return { entity, statementsBy: by.items, statementsAbout: about.items, events: events.items, coEntities: co, timeline: timeline(by.items, events.items) };
  });

  app.get('/api/statements', {
    schema: <FastifySchema>{ summary: 'Who said what: statements filtered by speaker, relay, stance, outlet, date range and text', tags: ['statements'],
      querystring: { type: 'object', properties: { speaker: { type: 'integer', minimum: 1 }, relay: { type: 'integer', minimum: 1 }, stance: { type: 'string', maxLength: 40 }, outlet: { type: 'string', maxLength: 200 }, from: date, to: date, text, ...page } } },
  }, async (req) => store.statements(req.query as never));

  app.get('/api/claims', {
    schema: <FastifySchema>{ summary: 'Claims: the same statement reported by several outlets, grouped', tags: ['statements'],
      querystring: { type: 'object', properties: { text, speaker: { type: 'integer', minimum: 1 }, ...page } } },
  }, async (req) => store.claims(req.query as never));

  app.get('/api/claims/:id', { schema: <FastifySchema>{ summary: 'One claim with every report of it, earliest first', tags: ['statements'], params: idParams } }, async (req) => {
    const id = (req.params as { id: number }).id;
    return (await store.getClaim(id)) ?? notFound('claim', id);
  });

  app.get('/api/events', {
    schema: <FastifySchema>{ summary: 'Events (PLOVER) by type, actor, place and date range', tags: ['events'],
      querystring: { type: 'object', properties: { type: { type: 'string', maxLength: 20 }, actor: { type: 'integer', minimum: 1 }, location: { type: 'integer', minimum: 1 }, from: date, to: date, ...page } } },
  }, async (req) => store.events(req.query as never));

  app.get('/api/network', {
    schema: <FastifySchema>{ summary: 'Actor network: who met, supported, accused whom (edges aggregated from events)', tags: ['events'],
      querystring: { type: 'object', properties: { type: { type: 'string', maxLength: 20 }, limit: { type: 'integer', minimum: 1, maximum: 2000, default: 500 } } } },
  }, async (req) => {
    const q = req.query as Q;
    const evs = await store.events({ type: q.type as string, limit: Math.min(200, Number(q.limit ?? 500)) });
    let all = evs.items;
    let cursor = evs.next;
    while (cursor && all.length < Number(q.limit ?? 500)) {
      const more = await store.events({ type: q.type as string, limit: 200, cursor });
      all = all.concat(more.items);
      cursor = more.next;
    }
    return network(all);
  });
}

export function timeline(statements: StatementRecord[], events: EventRecord[]) {
  const items = [
    ...statements.map((s) => ({ kind: 'statement' as const, id: s.id, date: s.published, text: s.content, articleId: s.articleId })),
    ...events.map((e) => ({ kind: 'event' as const, id: e.id, date: e.date ?? e.published, text: `${e.type}: ${e.anchorText}`, articleId: e.articleId })),
  ];
  return items.sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')));
}

export function network(events: EventRecord[]) {
  const nodes = new Map<number, { id: number; name: string }>();
  const edges = new Map<string, { source: number; target: number; type: string; count: number }>();
  for (const e of events) {
    for (const s of e.source) {
      nodes.set(s.id, s);
      for (const t of e.target) {
        if (t.id === s.id) continue;
        nodes.set(t.id, t);
        const key = `${s.id}>${t.id}>${e.type}`;
        const edge = edges.get(key) ?? { source: s.id, target: t.id, type: e.type, count: 0 };
        edge.count++;
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
