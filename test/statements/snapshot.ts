// Development aid for speed work on the statements stage: freeze its input
// (the docs after the entities stage) and its output, then re-run only the
// stage on the frozen input and diff, and time it. Frozen input keeps the
// check independent of concurrent changes to the earlier stages.
//   node --import tsx test/statements/snapshot.ts save  [--n 500]   # writes .cache/statements-snap.*.json
//   node --import tsx test/statements/snapshot.ts check [--reps 3]  # diffs against the saved output, prints ms/article
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES, runPipeline } from '../../src/analyze/pipeline.js';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { statementsStage } from '../../src/analyze/stages/statements.js';
import { readCorpus } from '../../bench/bench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = join(ROOT, '../shared/data');
const CACHE = join(ROOT, '.cache');
const INPUT = join(CACHE, 'statements-snap.input.json');
const OUTPUT = join(CACHE, 'statements-snap.output.json');

interface Item { id: string; text: string; meta: Record<string, string> }

function metaOf(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const m = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === 'string' && k !== 'url') out[k] = v;
  return out;
}

async function inputs(n: number): Promise<Item[]> {
  const items: Item[] = [];
  items.push({ id: 'seed-000', text: readFileSync(join(SHARED, 'seed/seed-000.txt'), 'utf8'), meta: {} });
  for (const f of readdirSync(join(SHARED, 'dev')).filter((f) => f.endsWith('.txt')).sort()) {
    const id = f.slice(0, -4);
    items.push({ id, text: readFileSync(join(SHARED, 'dev', f), 'utf8'), meta: metaOf(join(SHARED, 'dev', id + '.meta.json')) });
  }
  for (const a of await readCorpus(join(SHARED, 'corpus/ant-multisource.jsonl.gz'), n)) {
    items.push({ id: a.id, text: a.text, meta: a.published ? { published: a.published } : {} });
  }
  return items;
}

const BEFORE = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'statements'));

function frozen(d: Doc): unknown {
  return { text: d.text, meta: d.meta, body: d.body, tokens: d.tokens, sentences: d.sentences, quantities: d.quantities, times: d.times, entities: d.entities };
}

function thaw(x: any): Doc {
  const d = createDoc(x.text, x.meta);
  Object.assign(d, { body: x.body, tokens: x.tokens, sentences: x.sentences, quantities: x.quantities, times: x.times, entities: x.entities });
  return d;
}

const outputOf = (d: Doc) => JSON.stringify({ id: d.meta.id, statements: d.statements, entities: d.entities, warnings: d.warnings });

async function save(n: number): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const ctx = createContext({ strict: true } as never);
  const frozenDocs: unknown[] = [];
  const outs: string[] = [];
  for (const it of await inputs(n)) {
    const d = runPipeline(createDoc(it.text, { id: it.id, ...it.meta }), ctx, BEFORE);
    frozenDocs.push(frozen(d));
    const d2 = thaw(JSON.parse(JSON.stringify(frozen(d))));
    statementsStage.run(d2, ctx);
    outs.push(outputOf(d2));
  }
  writeFileSync(INPUT, JSON.stringify(frozenDocs));
  writeFileSync(OUTPUT, JSON.stringify(outs));
  console.log(`saved ${frozenDocs.length} docs`);
}

function check(reps: number): void {
  const raw = readFileSync(INPUT, 'utf8');
  const want = JSON.parse(readFileSync(OUTPUT, 'utf8')) as string[];
  const ctx = createContext({ strict: true } as never);
  let diffs = 0;
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const docs = (JSON.parse(raw) as any[]).map(thaw);
    const c0 = process.cpuUsage();
    for (const d of docs) statementsStage.run(d, ctx);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000 / docs.length);
    if (r === 0) {
      docs.forEach((d, i) => {
        const got = outputOf(d);
        if (got !== want[i]) {
          diffs++;
          if (diffs <= 5) console.log(`DIFF ${d.meta.id}\n  want ${want[i].slice(0, 600)}\n  got  ${got.slice(0, 600)}`);
        }
      });
      console.log(`${docs.length} docs, ${diffs} differ`);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`statements stage CPU ms/article per rep: ${times.map((t) => t.toFixed(3)).join(' ')}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}`);
  if (diffs) process.exitCode = 1;
}

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
if (argv[0] === 'save') await save(opt('--n', 500));
else if (argv[0] === 'check') check(opt('--reps', 3));
else console.log('usage: snapshot.ts save [--n 500] | check [--reps 3]');
