// Exactness and speed check of the runtime tagger (a developer tool, not shipped behaviour):
//   node --import tsx src/ner/speed-check.ts --save   # record the current tags in .cache/
//   node --import tsx src/ner/speed-check.ts          # compare with them, print tokens per CPU-second
//   [--model FILE] [--news N] [--sparse]
// Input: the first 3000 sentences of ANERcorp train (as 25-sentence documents, and the
// first 500 one by one through tag()), plus the seed and dev articles tokenised as the
// entities stage does it (one document per article). Needs ../shared.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../analyze/doc.js';
import { createContext } from '../analyze/context.js';
import { textStage } from '../analyze/stages/text.js';
import { parseConllTokens } from './conll-io.js';
import { gunzipSync } from 'node:zlib';
import { loadTagger } from './tagger.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = root + '../shared/data/';
const out = root + `.cache/ner-exact${process.argv.includes('--news') ? '-news' : ''}.json`;

function articleSentences(text: string): string[][] {
  const doc = createDoc(text);
  textStage.run(doc, createContext());
  const t = doc.tokens;
  const res: string[][] = [];
  let s = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i === t.length || t[i].sent !== t[s].sent || i - s >= 200) {
      res.push(t.slice(s, i).map((x) => x.text));
      s = i;
    }
  }
  return res;
}

function inputs(): { docs: string[][][]; singles: string[][] } {
  const conll = parseConllTokens(readFileSync(shared + 'ner/anercorp-train.conll', 'utf8')).sentences.slice(0, 3000);
  const docs: string[][][] = [];
  for (let i = 0; i < conll.length; i += 25) docs.push(conll.slice(i, i + 25));
  for (const dir of ['seed', 'dev']) {
    for (const f of readdirSync(shared + dir).filter((x) => x.endsWith('.txt')).sort()) docs.push(articleSentences(readFileSync(shared + dir + '/' + f, 'utf8')));
  }
  return { docs, singles: conll.slice(0, 500) };
}

if (!existsSync(shared)) {
  console.log('speed-check: ../shared not found; nothing to do');
  process.exit(0);
}
const { docs, singles } = inputs();
// --news N: also the first N articles of the bench corpus (real news; many words seen once, so closer to the pipeline's cold case)
const newsN = process.argv.includes('--news') ? Number(process.argv[process.argv.indexOf('--news') + 1]) : 0;
if (newsN > 0) {
  const lines = gunzipSync(readFileSync(shared + 'corpus/ant-multisource.jsonl.gz')).toString('utf8').split('\n').filter((l) => l.trim());
  for (const l of lines.slice(0, newsN)) {
    const r = JSON.parse(l) as { title?: string; text?: string };
    docs.push(articleSentences(r.title ? `${r.title}\n\n${r.text ?? ''}` : (r.text ?? '')));
  }
}
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
let t0 = process.cpuUsage();
// --model FILE: another model file (e.g. a candidate from npm run train:ner -- --out FILE)
const modelArg = process.argv.includes('--model') ? process.argv[process.argv.indexOf('--model') + 1] : undefined;
const tagger = loadTagger(modelArg, { dense: !process.argv.includes('--sparse') });
const cpu = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const loadS = cpu(process.cpuUsage(t0));
const runs: number[] = [];
let result: string[][][] = [];
let single: string[][] = [];
for (let r = 0; r < 7; r++) {
  t0 = process.cpuUsage();
  result = docs.map((d) => tagger.tagDocument(d));
  runs.push(cpu(process.cpuUsage(t0)));
}
single = singles.map((s) => tagger.tag(s));
const got = JSON.stringify({ result, single });
const fmt = (s: number) => `${Math.round(tokens / s / 1000)}K`;
console.log(`${docs.length} documents, ${tokens} tokens; load ${loadS.toFixed(2)} s CPU; cold ${fmt(runs[0])} tokens/CPU-s; warm ${runs.slice(1).map(fmt).join(' ')}`);
if (process.argv.includes('--save')) {
  mkdirSync(root + '.cache', { recursive: true });
  writeFileSync(out, got);
  console.log('saved', out);
} else if (existsSync(out)) {
  const want = readFileSync(out, 'utf8');
  if (want === got) console.log('exact: identical tags');
  else {
    const w = JSON.parse(want) as { result: string[][][]; single: string[][] };
    let diff = 0;
    w.result.forEach((d, i) => d.forEach((s, j) => s.forEach((t, k) => (diff += t === result[i]?.[j]?.[k] ? 0 : 1))));
    w.single.forEach((s, j) => s.forEach((t, k) => (diff += t === single[j]?.[k] ? 0 : 1)));
    console.log(`exact: DIFFERENT (${diff} tags differ)`);
    process.exitCode = 1;
  }
}
