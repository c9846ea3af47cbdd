// The HTTP API through Fastify's inject: every route, good and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const seed = readFileSync(new URL('../../examples/seed-000.txt', import.meta.url), 'utf8');
let app: FastifyInstance;
let store: Store;
let articleId = 0;

before(async () => {
  store = await openStore({ db: ':memory:' });
  app = await buildServer({ store, rateLimitPerMinute: 10_000 });
  const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: seed, published: '2025-07-13', store: true } });
  assert.equal(r.statusCode, 200, r.body);
  articleId = r.json().articleId;
});

after(async () => {
  await app.close();
  await store.close();
});

test('POST /api/analyze returns the SPEC analysis with offsets into the posted text', async () => {
  const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: seed, published: '2025-07-13' } });
  assert.equal(r.statusCode, 200);
  const a = r.json();
  assert.equal(a.schema, 'isnad.analysis/1');
  assert.equal(a.text, seed);
  for (const s of a.sentences) assert.ok(s.start >= 0 && s.end <= seed.length && s.start < s.end);
  assert.equal(a.articleId, undefined, 'not stored unless asked');
});

test('POST /api/analyze with HTML extracts the article text and escapes nothing into markup', async () => {
  const html = '<html><head><title>عنوان</title></head><body><article><h1>عنوان</h1><p>قال الرئيس إن الوضع مستقر تماما في البلاد، وأضاف أن الحكومة تعمل على حل الأزمة.</p><p>وأكد المتحدث أن الاجتماع سيعقد غدا في العاصمة بحضور الوزراء.</p></article></body></html>';
  const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { html } });
  assert.equal(r.statusCode, 200, r.body);
  assert.match(r.json().text, /قال الرئيس/);
});

test('bad input to /api/analyze: invalid JSON, no text, unknown field, bad date, oversized body', async () => {
  const bad = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '{"text":' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal(bad.json().status, 400);
  assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: {} })).statusCode, 400);
  assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x', evil: 1 } })).statusCode, 400);
  assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x', published: '13/07/2025' } })).statusCode, 400);
  const huge = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'ا'.repeat(3 * 1024 * 1024) }) });
  assert.equal(huge.statusCode, 413);
  assert.match(huge.headers['content-type'] as string, /problem\+json/);
});

test('hostile strings are returned as data, never interpreted', async () => {
  const text = 'قال المتحدث <script>alert(1)</script> إن "الوضع" \u202Eمستقر\u202C \u0000';
  const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
  assert.equal(r.statusCode, 200);
  assert.equal(r.json().text, text);
  const s = await app.inject({ method: 'GET', url: '/api/search?q=' + encodeURIComponent("' OR 1=1 -- \"<script>") });
  assert.equal(s.statusCode, 200);
  assert.ok(Array.isArray(s.json().items));
});

test('GET /api/stats counts the stored article', async () => {
  const r = await app.inject({ url: '/api/stats' });
  assert.equal(r.statusCode, 200);
  assert.ok(r.json().articles >= 1);
});

test('search finds «لافروف» inside «بلافروف» and ignores diacritics', async () => {
  const r = await app.inject({ url: '/api/search?q=' + encodeURIComponent('لافروف') });
  assert.equal(r.statusCode, 200);
  assert.ok(r.json().items.length > 0);
  const d = await app.inject({ url: '/api/search?q=' + encodeURIComponent('لاَفْرُوف') });
  assert.ok(d.json().items.length > 0);
  assert.equal((await app.inject({ url: '/api/search' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/search?q=' + 'x'.repeat(600) })).statusCode, 400);
});

test('articles: list, one, unknown id, malformed id', async () => {
  const list = await app.inject({ url: '/api/articles' });
  assert.equal(list.statusCode, 200);
  assert.ok(list.json().items.some((a: { id: number }) => a.id === articleId));
  const one = await app.inject({ url: `/api/articles/${articleId}` });
  assert.equal(one.statusCode, 200);
  assert.equal(one.json().analysis.text, seed);
  const missing = await app.inject({ url: '/api/articles/999999' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.headers['content-type'] as string, /problem\+json/);
  assert.equal((await app.inject({ url: '/api/articles/abc' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/articles/-1' })).statusCode, 400);
});

test('entities: search, profile, unknown id, bad type', async () => {
  const r = await app.inject({ url: '/api/entities?q=' });
  assert.equal(r.statusCode, 200);
  const items = r.json().items as Array<{ id: number }>;
  if (items.length) {
    const p = await app.inject({ url: `/api/entities/${items[0].id}` });
    assert.equal(p.statusCode, 200);
    const body = p.json();
    for (const k of ['entity', 'statementsBy', 'statementsAbout', 'events', 'coEntities', 'timeline']) assert.ok(k in body, k);
  }
  assert.equal((await app.inject({ url: '/api/entities/424242' })).statusCode, 404);
  assert.equal((await app.inject({ url: '/api/entities?type=PERSON' })).statusCode, 400);
});

test('statements, claims, events, network: filters validated, pages returned', async () => {
  const st = await app.inject({ url: '/api/statements?limit=5' });
  assert.equal(st.statusCode, 200);
  const page = st.json();
  assert.ok(Array.isArray(page.items) && page.items.length <= 5);
  if (page.next) {
    const p2 = await app.inject({ url: `/api/statements?limit=5&cursor=${encodeURIComponent(page.next)}` });
    assert.equal(p2.statusCode, 200);
    const ids = new Set(page.items.map((x: { id: number }) => x.id));
    for (const s of p2.json().items) assert.ok(!ids.has(s.id), 'pages do not repeat');
  }
  assert.equal((await app.inject({ url: '/api/statements?from=yesterday' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/statements?limit=0' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/statements?speaker=x' })).statusCode, 400);
  const cl = await app.inject({ url: '/api/claims?text=' + encodeURIComponent('روسيا') });
  assert.equal(cl.statusCode, 200);
  assert.equal((await app.inject({ url: '/api/claims/777777' })).statusCode, 404);
  const ev = await app.inject({ url: '/api/events?type=CONSULT' });
  assert.equal(ev.statusCode, 200);
  const net = await app.inject({ url: '/api/network' });
  assert.equal(net.statusCode, 200);
  assert.ok(Array.isArray(net.json().nodes) && Array.isArray(net.json().edges));
});

test('OpenAPI document and /docs page describe the routes', async () => {
  const o = await app.inject({ url: '/api/openapi.json' });
  assert.equal(o.statusCode, 200);
  const doc = o.json();
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/analyze', '/api/search', '/api/entities/{id}', '/api/statements', '/api/events']) assert.ok(doc.paths[p], p);
  const d = await app.inject({ url: '/docs' });
  assert.equal(d.statusCode, 200);
  assert.match(d.body, /Isnad API/);
});

test('unknown API routes are problem+json 404s; CORS is off by default', async () => {
  const r = await app.inject({ url: '/api/nope' });
  assert.equal(r.statusCode, 404);
  assert.match(r.headers['content-type'] as string, /problem\+json/);
  assert.equal((await app.inject({ url: '/api/stats', headers: { origin: 'https://evil.example' } })).headers['access-control-allow-origin'], undefined);
});

test('an exposed server refuses to start without an API key, and writes need the key', async () => {
  await assert.rejects(buildServer({ store, host: '0.0.0.0' }), /API key/);
  const guarded = await buildServer({ store, host: '0.0.0.0', apiKey: 'k3y' });
  try {
    assert.equal((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'نص' } })).statusCode, 401);
    assert.equal((await guarded.inject({ method: 'POST', url: '/api/analyze', headers: { 'x-api-key': 'k3y' }, payload: { text: 'نص' } })).statusCode, 200);
    assert.equal((await guarded.inject({ url: '/api/stats' })).statusCode, 200, 'reads stay open');
  } finally {
    await guarded.close();
  }
});

test('rate limiting answers 429 with retry-after', async () => {
  const limited = await buildServer({ store, rateLimitPerMinute: 3 });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.inject({ url: '/api/stats' })).statusCode);
    assert.deepEqual(codes.slice(0, 3), [200, 200, 200]);
    const last = await limited.inject({ url: '/api/stats' });
    assert.equal(last.statusCode, 429);
    assert.ok(Number(last.headers['retry-after']) > 0);
  } finally {
    await limited.close();
  }
});

test('POST /api/ingest validates its body and reports when unavailable', async () => {
  assert.equal((await app.inject({ method: 'POST', url: '/api/ingest', payload: { urls: [] } })).statusCode, 400);
  const r = await app.inject({ method: 'POST', url: '/api/ingest', payload: { urls: ['http://127.0.0.1:1/x'] } });
  assert.equal(r.statusCode, 501);
});
