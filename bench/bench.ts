// `npm run bench [-- --n 2000] [-- --only text,pipeline,threads] [-- --warmup 2000] [-- --threads T]`:
// analysis throughput over real articles from the ANT corpus (../shared/data).
// Each section times one slice of the pipeline over the same N articles, after
// a warm-up on other articles of the corpus (the ones after the timed N): it
// loads lazily built resources (KB, models), fills the caches a long-running
// analyser has full, and lets V8 compile the hot code (docs/bench.md). The
// `threads` section runs the whole pipeline on T analysis threads, as ingest does.
// Other benchmarks (ingest, query) are separate scripts in bench/.
import { existsSync, createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { STAGES, runPipeline, stageTimes, type Stage } from '../src/analyze/pipeline.js';
import { AnalyzePool } from '../src/ingest/analyze-pool.js';
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
  /** run on a pool of analysis threads (AnalyzePool, as ingest does) instead of this thread */
  threads?: boolean;
}

/** The text layer the ≥ 5 MB/s requirement is about, then the whole pipeline. Add sections here. */
export const SECTIONS: Section[] = [
  { name: 'text', describe: 'text layer: normalise + tokenise + sentences + numbers + times', stages: STAGES.filter((s) => ['text', 'quantities', 'times'].includes(s.name)) },
  { name: 'pipeline', describe: 'full pipeline, one thread', stages: STAGES },
  { name: 'threads', describe: 'full pipeline on analysis threads (as ingest runs it), plus flattening for the store', stages: STAGES, threads: true },
];

interface Options {
  n: number;
  only?: string[];
  /** articles analysed untimed before each section's timed pass (others than the timed ones) */
  warmup: number;
  /** analysis threads of the `threads` section */
  threads: number;
}

function args(): Options {
  const a = process.argv.slice(2);
  let n = 2000;
  let only: string[] | undefined;
  let warmup = 2000;
  let threads = Math.min(8, availableParallelism());
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--n') n = Number(a[++i]);
    else if (a[i].startsWith('--n=')) n = Number(a[i].slice(4));
    else if (a[i] === '--only') only = a[++i]?.split(',');
    else if (a[i] === '--warmup') warmup = Number(a[++i]);
    else if (a[i] === '--threads') threads = Number(a[++i]);
    else if (a[i] === '--help' || a[i] === '-h') {
      console.log('usage: npm run bench -- [--n ARTICLES] [--only text,pipeline,threads] [--warmup ARTICLES] [--threads T]');
      process.exit(0);
    }
  }
  if (!Number.isInteger(n) || n < 1) {
    console.error('bench: --n must be a positive integer');
    process.exit(2);
  }
  if (!Number.isInteger(warmup) || warmup < 0) {
    console.error('bench: --warmup must be a number of articles (0 or more)');
    process.exit(2);
  }
  if (!Number.isInteger(threads) || threads < 1) {
    console.error('bench: --threads must be a positive integer');
    process.exit(2);
  }
  if (only) {
    const known = SECTIONS.map((s) => s.name);
    const bad = only.filter((x) => !known.includes(x));
    if (bad.length) {
      console.error(`bench: unknown section ${bad.join(', ')} (known: ${known.join(', ')})`);
      process.exit(2);
    }
  }
  return { n, only, warmup, threads };
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
  /** CPU seconds of this process (all its threads): on a shared machine the fairer measure */
  cpuSeconds: number;
  bytes: number;
  tokens?: number;
  stageMs: Map<string, number>;
  /** the untimed warm-up: articles run, their UTF-8 bytes and CPU seconds */
  warm: { articles: number; bytes: number; cpuSeconds: number };
  threads?: number;
}

const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

const bytesOf = (xs: Article[]) => xs.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);

/**
 * Warm up on the warm-up articles (others than the timed ones: a long-running
 * analyser has seen earlier articles, not these), then time one pass over the
 * articles. The warm-up loads lazily built resources, fills the caches (word
 * features, tagger emissions) to the state of a long run and lets V8 compile
 * the hot code; its own rate is reported as the cold figure.
 */
function runSection(section: Section, articles: Article[], warmup: Article[]): Figures {
  const ctx = createContext();
  const w0 = process.cpuUsage();
  for (const a of warmup) runPipeline(createDoc(a.text, { id: a.id, published: a.published }), ctx, section.stages);
  const warm = { articles: warmup.length, bytes: bytesOf(warmup), cpuSeconds: cpuSince(w0) };
  stageTimes.clear();
  let tokens = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    const doc = runPipeline(createDoc(a.text, { id: a.id, published: a.published }), ctx, section.stages, true);
    tokens += doc.tokens.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(c0);
  return { articles: articles.length, seconds, cpuSeconds, bytes: bytesOf(articles), tokens, stageMs: new Map(stageTimes), warm };
}

/** Analyse all articles on the pool, a few queued per thread so none waits for work. */
async function runOnPool(pool: AnalyzePool, articles: Article[]): Promise<void> {
  let next = 0;
  let failed = 0;
  const lane = async () => {
    while (next < articles.length) {
      const a = articles[next++];
      const r = await pool.analyze(a.text, { id: a.id, published: a.published });
      if (r.error !== undefined) failed++;
    }
  };
  await Promise.all(Array.from({ length: pool.size * 3 }, lane));
  if (failed) throw new Error(`${failed} articles failed on the analysis threads`);
}

/** The threads section: the same warm-up and timed articles, through T analysis threads. */
async function runThreads(articles: Article[], warmup: Article[], threads: number): Promise<Figures> {
  const pool = new AnalyzePool(threads);
  try {
    const w0 = process.cpuUsage();
    // every thread warms up on the whole warm-up set, like the one-thread sections
    await runOnPool(pool, Array.from({ length: threads }, () => warmup).flat());
    const warm = { articles: warmup.length * threads, bytes: bytesOf(warmup) * threads, cpuSeconds: cpuSince(w0) };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await runOnPool(pool, articles);
    const seconds = (performance.now() - t0) / 1000;
    return { articles: articles.length, seconds, cpuSeconds: cpuSince(c0), bytes: bytesOf(articles), stageMs: new Map(), warm, threads };
  } finally {
    await pool.close();
  }
}

function report(section: Section, f: Figures): void {
  const mb = f.bytes / 1e6;
  console.log(`\n## ${section.name}: ${section.describe}${f.threads ? ` (${f.threads} threads)` : ''}`);
  const rate = (x: number, s: number, d = 1) => (x / s).toFixed(d);
  console.log(`             per wall second · per CPU second`);
  console.log(`articles/s   ${rate(f.articles, f.seconds)} · ${rate(f.articles, f.cpuSeconds)}  (${f.articles} in ${f.seconds.toFixed(2)} s wall, ${f.cpuSeconds.toFixed(2)} s CPU)`);
  console.log(`MB/s         ${rate(mb, f.seconds, 2)} · ${rate(mb, f.cpuSeconds, 2)}  (${mb.toFixed(2)} MB of UTF-8 text)`);
  if (f.tokens !== undefined) console.log(`tokens/s     ${rate(f.tokens, f.seconds, 0)} · ${rate(f.tokens, f.cpuSeconds, 0)}`);
  const w = f.warm;
  if (w.articles) {
    console.log(`warm-up      ${w.articles} other articles, ${w.cpuSeconds.toFixed(2)} s CPU: ${rate(w.articles, w.cpuSeconds)} articles/s, ${rate(w.bytes / 1e6, w.cpuSeconds, 2)} MB/s per CPU second (cold: empty caches, V8 compiling)`);
  }
  const total = [...f.stageMs.values()].reduce((x, y) => x + y, 0);
  if (total > 0) {
    console.log('stage share  ' + [...f.stageMs].map(([name, ms]) => `${name} ${((100 * ms) / total).toFixed(1)}%`).join(' · '));
  }
}

async function main(): Promise<void> {
  const { n, only, warmup, threads } = args();
  if (!existsSync(CORPUS)) {
    console.log(`bench: ${CORPUS} is not there (it lives in the project's shared data, ../shared); nothing to measure.`);
    return;
  }
  const t0 = performance.now();
  const all = await readCorpus(CORPUS, n + warmup);
  const articles = all.slice(0, n);
  const warm = all.slice(n);
  console.log(`# isnad analysis bench: ${articles.length} articles of ant-multisource timed, ${warm.length} others for the warm-up (read in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`node ${process.version} · ${process.platform}/${process.arch} · ${availableParallelism()} cores`);
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    report(section, section.threads ? await runThreads(articles, warm, threads) : runSection(section, articles, warm));
  }
  console.log(`\npeak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

// run only as a script: other tools (regression dumps) import readCorpus
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
