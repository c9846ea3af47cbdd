// Trains the NER tagger on shared/data/ner and writes data/models/ner.bin.
//   npm run train:ner [-- --epochs N] [--bits B] [--quick] [--no-final] [--bench-only] [--out FILE]
// 1. reads ANERcorp, NewsFANE, AQMAR and Wojood with a fixed held-out split
//    (last 10% of each corpus; Wojood's own test file);
// 2. trains an averaged perceptron, printing dev entity F1 after each epoch;
// 3. retrains on train + dev for the best epoch count (unless --no-final)
//    and saves the model; then measures load time and tokens/s.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpora, type Sentence, type CorpusName } from '../src/ner/corpora.js';
import { buildGazetteer } from '../src/ner/build-gazetteer.js';
import { formatGazetteer, parseGazetteer } from '../src/ner/gazetteer.js';
import { parseClusters } from '../src/ner/clusters.js';
import { AtomCache, sentenceFeatures } from '../src/ner/features.js';
import { trainPerceptron, decodeDense, type Instance, type DenseModel } from '../src/ner/perceptron.js';
import { LABELS, LABEL_INDEX } from '../src/ner/tags.js';
import { scoreConll, formatScore } from '../src/ner/conll-score.js';
import { saveModel } from '../src/ner/model-file.js';
import { loadTagger } from '../src/ner/tagger.js';
import { DOMAINS, augmentIds, mergeDomain } from '../src/ner/domains.js';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string' },
    bits: { type: 'string' },
    prune: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-final': { type: 'boolean', default: false },
    'bench-only': { type: 'boolean', default: false },
    out: { type: 'string' },
    data: { type: 'string' },
    corpora: { type: 'string' },
    'no-clusters': { type: 'boolean', default: false },
    'no-domains': { type: 'boolean', default: false },
    target: { type: 'string' },
  },
});

const shared = args.data ?? fileURLToPath(new URL('../../shared/data/', import.meta.url));
const out = args.out ?? fileURLToPath(new URL('../data/models/ner.bin', import.meta.url));
const gazPath = fileURLToPath(new URL('../data/models/ner-gazetteer.tsv', import.meta.url));
// word clusters are built once (slow) by src/ner/build-clusters.ts; training reuses the file
const clusterPath = fileURLToPath(new URL('../data/models/ner-clusters.tsv', import.meta.url));
const bits = Number(args.bits ?? (args.quick ? 18 : 21));
const maxEpochs = Number(args.epochs ?? (args.quick ? 2 : 12));
const prune = Number(args.prune ?? 0);
// corpus-private feature copies (domains.ts); the shipped model is merged for the target corpus
const useDomains = !args['no-domains'];
const target = (args.target ?? 'anercorp') as CorpusName;
const domainOf = (c: CorpusName) => DOMAINS.indexOf(c);

function instances(sents: Sentence[], cache: AtomCache, augment: boolean): Instance[] {
  return sents.map((s) => {
    let { ids, offs } = sentenceFeatures(s.words, cache, bits);
    if (augment) ({ ids, offs } = augmentIds(ids, offs, domainOf(s.corpus), bits));
    return { ids, offs, gold: Uint8Array.from(s.tags, (t) => LABEL_INDEX.get(t) ?? 0) };
  });
}

/** The model that tags text of corpus `name`: general + private weights when domains are on. */
const forCorpus = (m: DenseModel, name: CorpusName) => (useDomains ? mergeDomain(m, domainOf(name)) : m);

function evaluate(m: DenseModel, dev: Map<CorpusName, { sents: Sentence[]; inst: Instance[] }>): number {
  const allGold: string[][] = [];
  const allPred: string[][] = [];
  const lines: string[] = [];
  for (const [name, d] of dev) {
    const mc = forCorpus(m, name);
    const pred = d.inst.map((x) => Array.from(decodeDense(x, mc), (y) => LABELS[y]));
    const gold = d.sents.map((s) => s.tags);
    allGold.push(...gold);
    allPred.push(...pred);
    lines.push(`${name.padEnd(9)} F1 ${(100 * scoreConll(gold, pred).overall.f1).toFixed(1)}`);
  }
  const s = scoreConll(allGold, allPred);
  console.log('  ' + lines.join(' | '));
  return s.overall.f1;
}

function bench(path: string, sents: Sentence[]): void {
  const t0 = performance.now();
  const tagger = loadTagger(path);
  const loadMs = performance.now() - t0;
  tagger.tag(sents[0]?.words ?? []);
  let tokens = 0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  // two passes: the second shows the steady state with a warm word cache
  for (let rep = 0; rep < 2; rep++) for (const s of sents) {
    tagger.tag(s.words);
    tokens += s.words.length;
  }
  const secs = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  // CPU time as well as wall time: on a busy machine wall time mostly measures the neighbours
  console.log(`load ${loadMs.toFixed(0)} ms; tagging ${Math.round(tokens / secs).toLocaleString('en')} tokens/s wall, ` +
    `${Math.round(tokens / cpuSecs).toLocaleString('en')} tokens per CPU-second (${tokens} tokens, one thread)`);
}

const nerDir = shared + 'ner';
if (!existsSync(nerDir)) {
  console.error(`train-ner: ${nerDir} not found (the shared training data); use --data DIR`);
  process.exit(1);
}
const t0 = performance.now();
const corpora = loadCorpora(nerDir);
if (args['bench-only']) {
  bench(out, [...corpora.byCorpus.values()].flatMap((c) => c.dev));
  process.exit(0);
}

const gaz = existsSync(shared + 'lexicons') ? buildGazetteer(shared + 'lexicons') : parseGazetteer(readFileSync(gazPath, 'utf8'));
const gazTsv = formatGazetteer(gaz, [
  'Isnad NER gazetteer: normalised word<TAB>classes. Built by src/ner/build-gazetteer.ts.',
  'Sources: ANETAC English-Arabic named entities (Ameur et al.), countries.json (mledoze/countries, ODbL).',
]);
if (existsSync(shared + 'lexicons')) writeFileSync(gazPath, gazTsv);
const clustersTsv = existsSync(clusterPath) && !args['no-clusters'] ? readFileSync(clusterPath, 'utf8') : '';
const cache = new AtomCache(gaz, parseClusters(clustersTsv), 1_000_000);
console.log(`gazetteer ${gaz.size} words; clusters ${clustersTsv ? clusterPath : 'none'}`);

let train: Sentence[] = [];
const dev = new Map<CorpusName, { sents: Sentence[]; inst: Instance[] }>();
const only = args.corpora ? new Set(args.corpora.split(',')) : null;
for (const [name, split] of corpora.byCorpus) {
  if (only && !only.has(name)) split.train = [];
  const st = corpora.stats.get(name)!;
  console.log(`${name}: ${st.sentences} sentences, ${st.tokens} tokens; train ${split.train.length}, dev ${split.dev.length}` +
    (st.unknownTags.size ? `; unmapped tags: ${[...st.unknownTags].map(([t, n]) => `${t}×${n}`).join(' ')}` : ''));
  train.push(...(args.quick ? split.train.slice(0, 400) : split.train));
  dev.set(name, { sents: split.dev, inst: instances(split.dev, cache, false) });
}
const trainInst = instances(train, cache, useDomains);
console.log(`features ready: ${trainInst.length} training sentences, bits ${bits} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

let bestF1 = -1;
let bestEpoch = 1;
let bestModel: DenseModel | null = null;
trainPerceptron(trainInst, {
  bits,
  epochs: maxEpochs,
  seed: 7,
  onEpoch: (epoch, m, errors) => {
    console.log(`epoch ${epoch}: ${errors} token errors (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const f1 = evaluate(m, dev);
    console.log(`  dev overall F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestF1) {
      bestF1 = f1;
      bestEpoch = epoch;
      bestModel = m;
    }
  },
});

// the report: per type and per corpus at the best epoch
const devGold: string[][] = [];
const devPred: string[][] = [];
for (const [name, d] of dev) {
  const mc = forCorpus(bestModel!, name);
  devGold.push(...d.sents.map((s) => s.tags));
  devPred.push(...d.inst.map((x) => Array.from(decodeDense(x, mc), (y) => LABELS[y])));
}
console.log(`\nheld-out dev, best epoch ${bestEpoch}:\n${formatScore(scoreConll(devGold, devPred))}`);
const anerDev = dev.get('anercorp');
if (anerDev) {
  const mc = forCorpus(bestModel!, 'anercorp');
  const pred = anerDev.inst.map((x) => Array.from(decodeDense(x, mc), (y) => LABELS[y]));
  console.log(`\nANERcorp part of dev:\n${formatScore(scoreConll(anerDev.sents.map((s) => s.tags), pred))}`);
}

let final: DenseModel = bestModel!;
if (!args['no-final'] && !args.quick) {
  const all = [...trainInst, ...[...dev.values()].flatMap((d) => instances(d.sents, cache, useDomains))];
  console.log(`\nretraining on train + dev (${all.length} sentences) for ${bestEpoch} epochs`);
  final = trainPerceptron(all, { bits, epochs: bestEpoch, seed: 7 });
}
const info = { trained: new Date().toISOString().slice(0, 10), epochs: bestEpoch, devF1: Number(bestF1.toFixed(4)), corpora: [...corpora.byCorpus.keys()] };
if (useDomains) final = mergeDomain(final, domainOf(target));
const bytes = saveModel(out, final, { gazetteerTsv: gazTsv, clustersTsv }, prune, info);
console.log(`wrote ${out}: ${(bytes / 1e6).toFixed(2)} MB (${((performance.now() - t0) / 1000).toFixed(0)} s in all)`);
bench(out, [...dev.values()].flatMap((d) => d.sents));
