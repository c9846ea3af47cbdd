import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mapRawTag, retokenize, parseConll, glueClitics, readWojood, type ReadStats } from '../../src/ner/corpora.js';

const stats = (): ReadStats => ({ sentences: 0, tokens: 0, unknownTags: new Map() });

test('raw tags: typos cleaned, classes mapped, GPE folded into LOC', () => {
  assert.deepEqual(mapRawTag('OO', 'aqmar'), { bio: 'O', type: '' });
  assert.deepEqual(mapRawTag('I--ORG', 'aqmar'), { bio: 'I', type: 'ORG' });
  assert.deepEqual(mapRawTag('B-PERS', 'anercorp'), { bio: 'B', type: 'PER' });
  assert.deepEqual(mapRawTag('B-Nation', 'newsfane'), { bio: 'B', type: 'LOC' });
  assert.deepEqual(mapRawTag('B-Group', 'newsfane'), { bio: 'O', type: '' });
  assert.deepEqual(mapRawTag('I-OCC', 'wojood'), { bio: 'O', type: '' });
});

test('corpus tokens are split like pipeline tokens, labels follow the core', () => {
  assert.deepEqual(retokenize('(د', 'O', ''), [['(', 'O'], ['د', 'O']]);
  assert.deepEqual(retokenize('(الأمم', 'B', 'ORG'), [['(', 'O'], ['الأمم', 'B-ORG']]);
  assert.deepEqual(retokenize('المتحدة)', 'I', 'ORG'), [['المتحدة', 'I-ORG'], [')', 'O']]);
});

test('sentences and clitic gluing', () => {
  const st = stats();
  const s = parseConll('و O\nبرلين B-Population-Center\nقال O\nه O\n\n\nx O\n', 'newsfane', st, (c) => mapRawTag(c[0], 'newsfane', st));
  assert.equal(s.length, 2);
  const g = glueClitics(s[0]);
  assert.deepEqual(g.words, ['وبرلين', 'قاله']);
  assert.deepEqual(g.tags, ['B-LOC', 'O']);
});

const wojood = fileURLToPath(new URL('../../../shared/data/ner/wojood-sample/val.txt', import.meta.url));
test('Wojood: outermost kept layer wins', { skip: existsSync(wojood) ? false : 'shared data not present' }, () => {
  const sents = readWojood(wojood);
  assert.ok(sents.length > 50);
  const tags = new Set(sents.flatMap((s) => s.tags));
  for (const t of tags) assert.match(t, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
});
