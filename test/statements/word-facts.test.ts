import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCueLexicon } from '../../src/statements/lexicon.js';
import { factsOf } from '../../src/statements/word-facts.js';
import { describe } from '../../src/statements/mention-index.js';
import { normalize } from '../../src/text/normalize.js';
import { makeDoc } from './make-doc.js';

const lex = loadCueLexicon();
const facts = (w: string) => factsOf(lex, normalize(w));

test('word facts: cue readings with a conjunction and an object pronoun', () => {
  assert.equal(facts('قال').cue?.sense.lemma, 'قال');
  assert.equal(facts('قال').cue?.conj, false);
  assert.equal(facts('وأضافت').cue?.conj, true);
  assert.equal(facts('وأضافت').cue?.sense.agr, 'f');
  assert.equal(facts('نقلتها').cue?.suffixed, true);
  assert.equal(facts('مدينة').cue, null);
  // memoised: the same answer the second time, and a plain word shares the empty facts
  assert.equal(facts('وأضافت'), facts('وأضافت'));
  assert.equal(facts('مدينة'), facts('شارع'));
});

test('word facts: media names after a proclitic only in the clitic reading', () => {
  const f = facts('لرويترز');
  assert.equal(f.plainAgencies, 0);
  assert.ok(f.agencies.some(([a, skip]) => skip === 1 && a.en));
  assert.ok(facts('رويترز').plainAgencies > 0);
});

test('word facts: "according to" heads, with a leading و', () => {
  assert.ok(facts('بحسب').according.some(([, conj]) => !conj));
  assert.ok(facts('وبحسب').according.some(([, conj]) => conj));
  assert.equal(facts('قال').according.length, 0);
});

test('odd input has no facts and does not throw', () => {
  for (const w of ['', 'و', 'ABC', '\u200f', '😀'.repeat(3)]) assert.equal(factsOf(lex, w).cue, null);
});

test('describe: a media name inside a mention marks the entity a medium, whole words only', () => {
  const doc = makeDoc('قال مكتب فرانس برس ونقلت فرانسية برس الخبر', [
    { id: 'e1', type: 'ORG', say: ['مكتب فرانس برس'] },
    { id: 'e2', type: 'ORG', say: ['فرانسية برس'] },
  ]);
  assert.equal(describe(doc, doc.entities[0], lex.words, null).media, true);
  assert.equal(describe(doc, doc.entities[1], lex.words, null).media, false);
});
