// Builds the OpenAPI 3.1 document from the schemas the routes declare, so
// the docs can never drift from what the server validates.
import type { FastifyInstance, RouteOptions } from 'fastify';

interface Collected {
  method: string;
  url: string;
  schema: Record<string, unknown>;
}

export function collectRoutes(app: FastifyInstance): Collected[] {
  const routes: Collected[] = [];
  app.addHook('onRoute', (r: RouteOptions) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (!r.url.startsWith('/api/') || !r.schema) return;
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m.toLowerCase(), url: r.url, schema: r.schema as Record<string, unknown> });
  });
  return routes;
}

function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, '{$1}');
}

export function buildOpenApi(routes: Collected[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const s = r.schema as { summary?: string; description?: string; tags?: string[]; querystring?: { properties?: Record<string, unknown>; required?: string[] }; params?: { properties?: Record<string, unknown> }; body?: unknown };
    const parameters: unknown[] = [];
    for (const [name, schema] of Object.entries(s.params?.properties ?? {})) parameters.push({ name, in: 'path', required: true, schema });
    for (const [name, schema] of Object.entries(s.querystring?.properties ?? {})) {
      parameters.push({ name, in: 'query', required: s.querystring?.required?.includes(name) ?? false, schema });
    }
    const op: Record<string, unknown> = {
      summary: s.summary,
      description: s.description,
      tags: s.tags,
      parameters,
      responses: {
        '200': { description: 'OK', content: { 'application/json': {} } },
        default: { description: 'Error', content: { 'application/problem+json': {} } },
      },
    };
    if (s.body) op.requestBody = { required: true, content: { 'application/json': { schema: s.body } } };
    (paths[toOpenApiPath(r.url)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Isnad API',
      version: '0.1.0',
      description: 'Who said what, according to whom, about whom, and what happened — in Arabic news. Errors are application/problem+json; lists are {items, next} with cursor pagination.',
    },
    paths,
  };
}

/** A self-contained docs page (no CDN): the OpenAPI document rendered as a list. */
export function docsPage(doc: Record<string, unknown>): string {
  const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const paths = doc.paths as Record<string, Record<string, { summary?: string; description?: string; parameters?: Array<{ name: string; in: string; required: boolean; schema: { type?: string } }>; requestBody?: unknown }>>;
  let body = '';
  for (const [p, ops] of Object.entries(paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((x) => `<li><code>${esc(x.name)}</code> (${esc(x.in)}${x.required ? ', required' : ''}) ${esc(x.schema?.type)}</li>`).join('');
      body += `<section><h2><span class="m">${esc(m.toUpperCase())}</span> <code>${esc(p)}</code></h2><p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}${params ? `<ul>${params}</ul>` : ''}${op.requestBody ? `<pre>${esc(JSON.stringify(op.requestBody, null, 1))}</pre>` : ''}</section>`;
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Isnad API</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}section{border-top:1px solid #ddd;padding:.5rem 0}.m{background:#234;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.8em}pre{background:#f5f5f5;padding:.5rem;overflow:auto}</style></head><body><h1>Isnad API</h1><p>${esc((doc.info as { description?: string }).description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>${body}</body></html>`;
}
