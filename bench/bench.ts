// `npm run bench [-- --n 2000] [-- --only text,pipeline] [-- --warmup 3]`:
// analysis throughput over real articles from the ANT corpus (../shared/data).
// Each section times one slice of the pipeline over the same articles, after
// a warm-up of a few CPU seconds that loads lazily built resources (KB,
// models) and lets V8 compile the hot code (docs/bench.md).
// Other benchmarks (ingest, query) are separate scripts in bench/.
import { existsSync, createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STAGES, runPipeline, stageTimes, type Stage } from '../src/analyze/pipeline.js';
import { createDoc } from '../src/analyze/doc.js';
import { createContext } from '../src/analyze/context.js';

const CORPUS = fileURLToPath(new URL('../../shared/data/corpus/ant-multisource.jsonl.gz', import.meta.url));

export interface Article {
  id: string;
  text: string;
  published?: string;
}

export interface Section {
  name: string;
  describe: string;
  stages: Stage[];
}

/** The text layer the ≥ 5 MB/s requirement is about, then the whole pipeline. Add sections here. */
export const SECTIONS: Section[] = [
  { name: 'text', describe: 'text layer: normalise + tokenise + sentences + numbers + times', stages: STAGES.filter((s) => ['text', 'quantities', 'times'].includes(s.name)) },
  { name: 'pipeline', describe: 'full pipeline', stages: STAGES },
];

interface Options {
  n: number;
  only?: string[];
  /** CPU seconds of untimed runs before each section's timed pass */
  warmup: number;
}

function args(): Options {
  const a = process.argv.slice(2);
  let n = 2000;
  let only: string[] | undefined;
  let warmup = 3;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--n') n = Number(a[++i]);
    else if (a[i].startsWith('--n=')) n = Number(a[i].slice(4));
    else if (a[i] === '--only') only = a[++i]?.split(',');
    else if (a[i] === '--warmup') warmup = Number(a[++i]);
    else if (a[i] === '--help' || a[i] === '-h') {
      console.log('usage: npm run bench -- [--n ARTICLES] [--only text,pipeline] [--warmup CPU_SECONDS]');
      process.exit(0);
    }
  }
  if (!Number.isInteger(n) || n < 1) {
    console.error('bench: --n must be a positive integer');
    process.exit(2);
  }
  if (!Number.isFinite(warmup) || warmup < 0) {
    console.error('bench: --warmup must be a number of CPU seconds (0 or more)');
    process.exit(2);
  }
  return { n, only, warmup };
}

/** The first n articles of a gzip JSONL corpus: headline, blank line, body (the shape of the dev files). */
export async function readCorpus(path: string, n: number): Promise<Article[]> {
  const out: Article[] = [];
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { docno: string; title?: string; text?: string; time?: string };
    const body = r.text ?? '';
    const text = r.title ? `${r.title}\n\n${body}` : body;
    const d = r.time ? new Date(r.time) : undefined;
    out.push({ id: r.docno, text, published: d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : undefined });
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

interface Figures {
  articles: number;
  seconds: number;
  /** CPU seconds of this process: on a shared machine the fairer measure */
  cpuSeconds: number;
  bytes: number;
  tokens: number;
  stageMs: Map<string, number>;
  /** the untimed warm-up: articles run, their UTF-8 bytes and CPU seconds */
  warm: { articles: number; bytes: number; cpuSeconds: number };
}

const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

/**
 * Warm up, then time one pass over the articles. The warm-up cycles through
 * the articles until `warmup` CPU seconds are spent (at least 50 articles):
 * it loads lazily built resources and lets V8 compile the hot code, which on
 * a busy machine takes thousands of articles, as the compiler threads wait
 * for a core. Its own rate (cold: interpreted code plus compilation) is
 * reported too.
 */
function runSection(section: Section, articles: Article[], warmup: number): Figures {
  const ctx = createContext();
  const w0 = process.cpuUsage();
  const warm = { articles: 0, bytes: 0, cpuSeconds: 0 };
  while (warm.articles < Math.min(50, articles.length) || cpuSince(w0) < warmup) {
    const a = articles[warm.articles % articles.length];
    runPipeline(createDoc(a.text, { id: a.id, published: a.published }), ctx, section.stages);
    warm.articles++;
    warm.bytes += Buffer.byteLength(a.text, 'utf8');
  }
  warm.cpuSeconds = cpuSince(w0);
  stageTimes.clear();
  let bytes = 0;
  let tokens = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    const doc = runPipeline(createDoc(a.text, { id: a.id, published: a.published }), ctx, section.stages, true);
    tokens += doc.tokens.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(c0);
  for (const a of articles) bytes += Buffer.byteLength(a.text, 'utf8');
  return { articles: articles.length, seconds, cpuSeconds, bytes, tokens, stageMs: new Map(stageTimes), warm };
}

function report(section: Section, f: Figures): void {
  const mb = f.bytes / 1e6;
  console.log(`\n## ${section.name}: ${section.describe}`);
  const rate = (x: number, s: number, d = 1) => (x / s).toFixed(d);
  console.log(`             per wall second · per CPU second`);
  console.log(`articles/s   ${rate(f.articles, f.seconds)} · ${rate(f.articles, f.cpuSeconds)}  (${f.articles} in ${f.seconds.toFixed(2)} s wall, ${f.cpuSeconds.toFixed(2)} s CPU)`);
  console.log(`MB/s         ${rate(mb, f.seconds, 2)} · ${rate(mb, f.cpuSeconds, 2)}  (${mb.toFixed(2)} MB of UTF-8 text)`);
  console.log(`tokens/s     ${rate(f.tokens, f.seconds, 0)} · ${rate(f.tokens, f.cpuSeconds, 0)}`);
  const w = f.warm;
  console.log(`warm-up      ${w.articles} articles, ${w.cpuSeconds.toFixed(2)} s CPU: ${rate(w.bytes / 1e6, w.cpuSeconds, 2)} MB/s per CPU second (cold: before and while V8 compiles)`);
  const total = [...f.stageMs.values()].reduce((x, y) => x + y, 0);
  if (total > 0) {
    console.log('stage share  ' + [...f.stageMs].map(([name, ms]) => `${name} ${((100 * ms) / total).toFixed(1)}%`).join(' · '));
  }
}

async function main(): Promise<void> {
  const { n, only, warmup } = args();
  if (!existsSync(CORPUS)) {
    console.log(`bench: ${CORPUS} is not there (it lives in the project's shared data, ../shared); nothing to measure.`);
    return;
  }
  const t0 = performance.now();
  const articles = await readCorpus(CORPUS, n);
  console.log(`# isnad analysis bench: ${articles.length} articles of ant-multisource (read in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`node ${process.version} · ${process.platform}/${process.arch}`);
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    report(section, runSection(section, articles, warmup));
  }
  console.log(`\npeak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

// run only as a script: other tools (regression dumps) import readCorpus
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
