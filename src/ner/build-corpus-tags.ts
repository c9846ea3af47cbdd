// Corpus-wide label statistics per word form: how an existing tagger labels each
// word across 30K unlabelled news articles (shared/data/corpus/ant-multisource.jsonl.gz).
// A name the tagger gets right in most of its contexts there («قال X», «الرئيس X») is
// evidence about its other mentions, including those in text where its local context
// says little; like the stacking pass, but over the whole corpus rather than one
// document, and computed once per word (a per-word feature costs the runtime nothing).
//   node --import tsx src/ner/build-corpus-tags.ts [MODEL.bin] [CORPUS.jsonl.gz] [OUT.tsv]
// Output: `word<TAB>code` for word forms seen at least MIN_COUNT times whose code is
// not 0; code = 1 + 4 × (most frequent entity label − 1) + share band (corpusTagCode).
// The model that tags must not have seen the held-out dev (the shipped models are
// dev-selected, never trained on dev).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../text/tokenize.js';
import { corpusTexts } from './corpus-texts.js';
import { wordForm } from './features.js';
import { loadTagger } from './tagger.js';
import { IOB_LABELS, IOB_INDEX } from './tags.js';
import { corpusTagCode, CORPUS_TAGS_HEADER } from './corpus-tags.js';

const MIN_COUNT = 3;
const MAX_SENTENCE = 100;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

/** The text of an article split into token sentences (pipeline tokens; a sentence ends at . ! ? ؟ or a line break). */
function sentencesOf(text: string): string[][] {
  const out: string[][] = [];
  for (const para of text.split(/\n+/)) {
    let cur: string[] = [];
    for (const t of tokenize(para)) {
      cur.push(t.text);
      if (SENTENCE_END.has(t.text) || cur.length >= MAX_SENTENCE) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}

export async function buildCorpusTags(modelPath: string, corpus: string, maxArticles = Infinity): Promise<Map<string, number>> {
  const tagger = loadTagger(modelPath);
  const counts = new Map<string, Int32Array>();
  let articles = 0;
  for await (const text of corpusTexts(corpus, maxArticles)) {
    articles++;
    const sents = sentencesOf(text);
    const tags = tagger.tagDocument(sents);
    sents.forEach((s, i) =>
      s.forEach((w, k) => {
        const f = wordForm(w);
        let c = counts.get(f);
        if (!c) counts.set(f, (c = new Int32Array(IOB_LABELS.length)));
        c[IOB_INDEX.get(tags[i][k]) ?? 0]++;
      }),
    );
    if (articles % 5000 === 0) process.stderr.write(`  ${articles} articles, ${counts.size} forms\n`);
  }
  const out = new Map<string, number>();
  for (const [w, c] of counts) {
    const code = corpusTagCode(c, MIN_COUNT);
    if (code) out.set(w, code);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = process.argv[2] ?? fileURLToPath(new URL('../../data/models/ner.bin', import.meta.url));
  const corpus = process.argv[3] ?? fileURLToPath(new URL('../../../shared/data/corpus/ant-multisource.jsonl.gz', import.meta.url));
  const out = process.argv[4] ?? fileURLToPath(new URL('../../data/models/ner-corpus-tags.tsv', import.meta.url));
  const t0 = performance.now();
  const m = await buildCorpusTags(model, corpus);
  const lines = [CORPUS_TAGS_HEADER, ...[...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, c]) => `${w}\t${c}`)];
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${m.size} words → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
