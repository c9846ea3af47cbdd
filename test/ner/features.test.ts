import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordForm, mainSplit, wordAtoms, sentenceFeatures, AtomCache } from '../../src/ner/features.js';
import { GAZ, gazetteerBits, parseGazetteer } from '../../src/ner/gazetteer.js';

test('wordForm normalises, strips edge punctuation and folds digits', () => {
  assert.equal(wordForm('(د'), 'د');
  assert.equal(wordForm('أَحْمَد'), 'احمد');
  assert.equal(wordForm('٢٠٢٥'), '0000');
  assert.equal(wordForm('('), '(');
  assert.equal(wordForm(''), '');
});

test('mainSplit strips article-bearing proclitics only', () => {
  assert.deepEqual(mainSplit('والصادرات'), { clitic: 'وال', stem: 'صادرات' });
  assert.deepEqual(mainSplit('للرئيس'), { clitic: 'لل', stem: 'رئيس' });
  assert.deepEqual(mainSplit('لافروف'), { clitic: '', stem: 'لافروف' });
});

test('gazetteer lookups see through clitics', () => {
  const g = parseGazetteer('# c\nروسيا\tCOUNTRY\nالجزائر\tCOUNTRY,LOC\n');
  assert.equal(gazetteerBits(g, 'روسيا').exact, GAZ.COUNTRY);
  assert.equal(gazetteerBits(g, 'وروسيا').viaStem & GAZ.COUNTRY, GAZ.COUNTRY);
  assert.equal(gazetteerBits(g, 'والجزائر').viaStem & GAZ.LOC, GAZ.LOC);
  assert.equal(gazetteerBits(g, 'قال').exact | gazetteerBits(g, 'قال').viaStem, 0);
});

test('sentence features: deterministic, within range, context-sensitive', () => {
  const cache = new AtomCache(new Map());
  const words = ['قال', 'سيرغي', 'لافروف', '.'];
  const a = sentenceFeatures(words, cache, 16);
  const b = sentenceFeatures(words, new AtomCache(new Map()), 16);
  assert.deepEqual(a.ids, b.ids);
  assert.equal(a.offs.length, words.length + 1);
  for (const id of a.ids) assert.ok(id >= 0 && id < 1 << 16);
  // the same word in another context gets a partly different feature set
  const c = sentenceFeatures(['وصل', 'سيرغي', 'لافروف', '.'], cache, 16);
  const f1 = [...a.ids.subarray(a.offs[1], a.offs[2])];
  const f2 = [...c.ids.subarray(c.offs[1], c.offs[2])];
  assert.notDeepEqual(f1, f2);
  assert.ok(f1.filter((x) => f2.includes(x)).length > f1.length / 2);
});

test('odd input does not throw', () => {
  const cache = new AtomCache(new Map());
  for (const w of ['', ' ', '\u200f', '😀', 'x'.repeat(10000), '\ud800', 'ـــ']) wordAtoms(w, new Map());
  assert.equal(sentenceFeatures([], cache, 10).ids.length, 0);
});
