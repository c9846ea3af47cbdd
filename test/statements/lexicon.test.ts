import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCueLexicon } from '../../src/statements/lexicon.js';
import { normalize } from '../../src/text/normalize.js';

const lex = loadCueLexicon();
const sense = (w: string) => lex.forms.get(normalize(w))?.[0];

test('verbs are conjugated for 3rd person, perfect and imperfect', () => {
  for (const w of ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'أكدت', 'يؤكد', 'أضافت', 'نفت', 'ينفي', 'دعوا', 'ترى']) {
    assert.ok(sense(w), w);
  }
  assert.equal(sense('قالت')!.agr, 'f');
  assert.equal(sense('قالوا')!.agr, 'pl');
  assert.equal(sense('أضاف')!.agr, 'm');
  assert.equal(sense('نفت')!.stance, 'deny');
});

test('circumstantial participles and masdars', () => {
  assert.equal(sense('محذِّرًا')!.cls, 'circ');
  assert.equal(sense('مؤكدةً')!.agr, 'f');
  assert.equal(sense('قائلين')!.agr, 'pl');
  assert.equal(sense('قوله')!.cls, 'masdar');
});

test('"according to" heads', () => {
  for (const h of ['وفقا', 'بحسب', 'حسبما', 'نقلا', 'علي']) assert.ok(lex.according.has(h), h);
});

test('prepositions are no cues', () => {
  assert.equal(sense('بين'), undefined);
  assert.equal(sense('في'), undefined);
});
