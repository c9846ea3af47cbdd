// Query latency on a filled library: an entity's statements, claims by text,
// full-text search. Reports p50/p95 in ms (target p95 ≤ 50 ms).
//   node --import tsx bench/ingest.ts --n 5000 --db /tmp/bench.db   # fill one first
//   node --import tsx bench/query.ts --db /tmp/bench.db [--pg URL] [--runs 200]
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open.js';
import { foldedWords } from '../src/store/keys.js';

const { values: args } = parseArgs({
  options: { db: { type: 'string', default: 'isnad.db' }, pg: { type: 'string' }, runs: { type: 'string', default: '200' } },
});

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const store = await openStore({ db: args.db, pg: args.pg, mustExist: true });
try {
  const runs = Number(args.runs);
  const counts = await store.counts();
  const speakers = (await store.findEntities('', { limit: 100 })).items;
  // search words: frequent-ish words from stored statements
  const sample = (await store.statements({ limit: 200 })).items;
  const words = [...new Set(sample.flatMap((s) => foldedWords(s.content)).filter((w) => w.length >= 4))].slice(0, 100);
  if (!words.length) words.push('قال', 'الرئيس', 'الحكومة');
  const cases: Record<string, (i: number) => Promise<unknown>> = {
    'entity statements': (i) => store.statements({ speaker: speakers[i % Math.max(1, speakers.length)]?.id ?? 1, limit: 20 }),
    'entity by name': (i) => store.findEntities(speakers[i % Math.max(1, speakers.length)]?.name ?? 'ترامب', { limit: 20 }),
    'full-text search': (i) => store.search(words[i % words.length], { limit: 20 }),
    'claims by text': (i) => store.claims({ text: words[(i * 7) % words.length], limit: 20 }),
    'events by type': (i) => store.events({ type: ['CONSULT', 'ASSAULT', 'SUPPORT', 'ACCUSE'][i % 4], limit: 20 }),
  };
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const [name, run] of Object.entries(cases)) {
    for (let i = 0; i < 10; i++) await run(i); // warm caches
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run(i);
      ms.push(performance.now() - t);
    }
    out[name] = { p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2) };
  }
  console.log(JSON.stringify({ bench: 'query', store: args.pg ? 'pg' : 'sqlite', counts, runs, latencyMs: out }));
  for (const [k, v] of Object.entries(out)) console.error(`${k.padEnd(18)} p50 ${v.p50} ms  p95 ${v.p95} ms${v.p95 > 50 ? '  (over the 50 ms target)' : ''}`);
} finally {
  await store.close();
}
