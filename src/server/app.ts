// `isnad serve`: the HTTP API and the web UI over one Store.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { DEFAULT_WEB_ROOT } from './web-build.js';
import type { Store } from '../store/store.js';
import { createContext, type Context } from '../analyze/context.js';
import { collectRoutes, buildOpenApi, docsPage } from './openapi.js';
import { HttpProblem, sendProblem } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import { registerReadRoutes } from './routes-read.js';
import { registerWriteRoutes, type IngestUrls } from './routes-write.js';

export interface ServerOptions {
  store: Store;
  /** address the server is meant to listen on; decides whether writes need a key */
  host?: string;
  /** API key required on write endpoints (always, when set; when bound beyond loopback, required) */
  apiKey?: string;
  /** directory of the built UI (web/dist) */
  webRoot?: string;
  /** max request body in bytes */
  bodyLimit?: number;
  /** requests per minute per client on /api (reads); writes get a fifth */
  rateLimitPerMinute?: number;
  /** allowed CORS origin; CORS is off when absent */
  corsOrigin?: string;
  ctx?: Context;
  /** ingests URLs/feeds (provided by the ingest module) */
  ingestUrls?: IngestUrls;
  logger?: boolean;
}


export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host) && !opts.apiKey) {
    throw new Error(`binding to ${host} exposes the API beyond this machine: set an API key (--api-key or ISNAD_API_KEY)`);
  }
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 2 * 1024 * 1024,
    trustProxy: false,
    // reject unknown body fields instead of silently dropping them
    ajv: { customOptions: { removeAdditional: false } },
  });
  const routes = collectRoutes(app);
  const perMinute = opts.rateLimitPerMinute ?? 600;
  const readLimiter = new RateLimiter({ max: perMinute, windowMs: 60_000 });
  const writeLimiter = new RateLimiter({ max: Math.max(1, Math.floor(perMinute / 5)), windowMs: 60_000 });

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const wait = (write ? writeLimiter : readLimiter).hit(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return sendProblem(reply, 429, 'Too Many Requests', `rate limit exceeded; retry in ${wait} s`);
    }
    if (opts.corsOrigin) {
      reply.header('access-control-allow-origin', opts.corsOrigin);
      reply.header('vary', 'origin');
      if (req.method === 'OPTIONS') {
        reply.header('access-control-allow-methods', 'GET, POST');
        reply.header('access-control-allow-headers', 'content-type, x-api-key, authorization');
        return reply.code(204).send();
      }
    }
    if (write && (opts.apiKey || !isLoopback(host))) {
      const key = apiKeyOf(req);
      if (!opts.apiKey || key !== opts.apiKey) return sendProblem(reply, 401, 'Unauthorized', 'this endpoint needs the API key (x-api-key header)');
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, _req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.status, err.title, err.detail);
    if (err.validation) return sendProblem(reply, 400, 'Bad Request', err.message);
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) app.log.error(err);
    const titles: Record<number, string> = { 400: 'Bad Request', 413: 'Payload Too Large', 415: 'Unsupported Media Type' };
    return sendProblem(reply, status, titles[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error'), status >= 500 ? 'the server failed on this request' : err.message);
  });

  const ctx = opts.ctx ?? createContext();
  await registerReadRoutes(app, opts.store);
  await registerWriteRoutes(app, opts.store, ctx, opts.ingestUrls);

  let openapi: Record<string, unknown> | undefined;
  const getDoc = () => (openapi ??= buildOpenApi(routes));
  app.get('/api/openapi.json', async () => getDoc());
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(docsPage(getDoc())));

  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  const hasUi = existsSync(webRoot + '/index.html');
  if (hasUi) await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') return sendProblem(reply, 404, 'Not Found', `no route ${req.method} ${req.url.split('?')[0]}`);
    if (hasUi) return reply.sendFile('index.html');
    return reply.type('text/plain; charset=utf-8').code(404).send('The web UI is not built: run `npm run build:web`.');
  });
  return app;
}

function apiKeyOf(req: FastifyRequest): string | undefined {
  const h = req.headers['x-api-key'];
  if (typeof h === 'string') return h;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  return undefined;
}
