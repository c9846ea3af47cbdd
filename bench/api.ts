// API latency benchmark: p50/p95/max of entity profiles, statement queries
// and full-text search over HTTP on loopback, against an existing library
// (build one with `node --import tsx bench/ingest.ts`), plus the size of the
// UI's JavaScript. Usage: node --import tsx bench/api.ts --db FILE [--n 200]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open.js';
import { buildServer } from '../src/server/app.js';

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

const dbPath = arg('--db', 'isnad.db')!;
const n = Number(arg('--n', '200'));
if (!existsSync(dbPath)) {
  console.log(`bench/api: no database at ${dbPath}; build one first (node --import tsx bench/ingest.ts) or pass --db FILE`);
  process.exit(0);
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const store = await openStore({ db: dbPath, mustExist: true });
const app = await buildServer({ store, rateLimitPerMinute: 1_000_000 });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const get = async (path: string) => {
  const t0 = performance.now();
  const r = await fetch(base + path);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return performance.now() - t0;
};

const counts = await store.counts();
console.log(`library: ${dbPath} — ${JSON.stringify(counts)}`);
const people = (await store.findEntities('', { limit: 200, type: 'PER' })).items;
const anyEntities = people.length ? people : (await store.findEntities('', { limit: 200 })).items;
const words = ['لافروف', 'ترامب', 'قال', 'الحكومة', 'روسيا', 'الرئيس', 'مصر', 'الأمم المتحدة', 'هجوم', 'اتفاق'];

const cases: Array<[string, (i: number) => string]> = [
  ['entity profile  GET /api/entities/:id', (i) => `/api/entities/${anyEntities[i % anyEntities.length].id}`],
  ["entity's statements  GET /api/statements?speaker=", (i) => `/api/statements?speaker=${anyEntities[i % anyEntities.length].id}&limit=50`],
  ['full-text search  GET /api/search?q=', (i) => `/api/search?q=${encodeURIComponent(words[i % words.length])}`],
  ['statements by text  GET /api/statements?text=', (i) => `/api/statements?text=${encodeURIComponent(words[i % words.length])}`],
];
if (!anyEntities.length) cases.splice(0, 2);
for (const [name, path] of cases) {
  for (let i = 0; i < 10; i++) await get(path(i)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await get(path(i)));
  console.log(`${name.padEnd(52)} p50 ${pct(times, 50).toFixed(1)} ms  p95 ${pct(times, 95).toFixed(1)} ms  max ${Math.max(...times).toFixed(1)} ms  (${n} requests)`);
}
await app.close();
await store.close();

const dist = fileURLToPath(new URL('../web/dist/assets/', import.meta.url));
if (existsSync(dist)) {
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(dist).filter((x) => x.endsWith('.js'))) {
    const b = readFileSync(dist + f);
    raw += b.length;
    gz += gzipSync(b).length;
  }
  console.log(`UI JavaScript: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget 300 KB gzipped)`);
} else console.log('UI JavaScript: web/dist not built (npm run build:web)');
