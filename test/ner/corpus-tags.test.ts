import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtomCache, sentenceFeatures, wordForm } from '../../src/ner/features.js';
import { trainPerceptron, rng } from '../../src/ner/perceptron.js';
import { IOB_INDEX, modelLabels } from '../../src/ner/tags.js';
import { saveModel } from '../../src/ner/model-file.js';
import { buildCorpusTags } from '../../src/ner/build-corpus-tags.js';

test('buildCorpusTags: words a tagger labels as names across the corpus get their label code, others none', async () => {
  // toy tagger: the word after «السيد» is a person
  const names = ['زيد', 'عمرو', 'خالد', 'منير'];
  const fill = ['ذهب', 'من', 'في', 'اليوم', 'ثم'];
  const r = rng(1);
  const pick = (a: string[]) => a[Math.floor(r() * a.length)];
  const cache = new AtomCache(new Map());
  const train = Array.from({ length: 200 }, () => {
    const words = [pick(fill), 'السيد', pick(names), pick(fill)];
    const tags = ['O', 'O', 'B-PER', 'O'];
    return { ...sentenceFeatures(words, cache, 14), gold: modelLabels(tags) };
  });
  const dir = mkdtempSync(join(tmpdir(), 'isnad-corpus-tags-'));
  try {
    const model = join(dir, 'm.bin');
    saveModel(model, trainPerceptron(train, { bits: 14, epochs: 3, seed: 5 }), { gazetteerTsv: '', clustersTsv: '' });
    const corpus = join(dir, 'c.jsonl.gz');
    const lines = Array.from({ length: 20 }, () => JSON.stringify({ title: 'عنوان', text: `${pick(fill)} السيد ${pick(names)} ${pick(fill)} .\nثم ذهب السيد زيد اليوم` }));
    writeFileSync(corpus, gzipSync(lines.join('\n') + '\n'));
    const tags = await buildCorpusTags(model, corpus);
    const bper = IOB_INDEX.get('B-PER')!;
    assert.equal(tags.get(wordForm('زيد')), 1 + 4 * (bper - 1) + 3);
    assert.equal(tags.get(wordForm('السيد')), undefined);
    assert.equal(tags.get('ثم'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
