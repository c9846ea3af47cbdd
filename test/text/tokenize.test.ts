import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('numbers in three digit scripts stay one token', () => {
  assert.deepEqual(texts('قتل 10,000 جندي'), ['قتل', '10,000', 'جندي']);
  assert.deepEqual(texts('نمو 3.5%'), ['نمو', '3.5', '%']);
  const t = tokenize('نحو ١٠٬٠٠٠ شخص و١٢٫٥ مليون');
  assert.deepEqual(t.map((x) => x.text), ['نحو', '١٠٬٠٠٠', 'شخص', 'و', '١٢٫٥', 'مليون']);
  assert.equal(t[1].norm, '10,000');
  assert.equal(t[1].kind, 'number');
  assert.equal(t[4].norm, '12.5');
});

test('the Arabic comma joins digits only as a thousands separator', () => {
  assert.deepEqual(texts('عامي 2016،2017'), ['عامي', '2016', '،', '2017']);
  assert.deepEqual(texts('١٠،٠٠٠'), ['١٠،٠٠٠']);
});

test('a sentence-final full stop after a number is not part of it', () => {
  assert.deepEqual(texts('عام 2018.'), ['عام', '2018', '.']);
});

test('words keep their diacritics, tatweel and joiners; keys drop them', () => {
  const [w] = tokenize('قـــالَ');
  assert.equal(w.text, 'قـــالَ');
  assert.equal(w.norm, 'قال');
  const [b] = tokenize('بـ"استخدام"');
  assert.equal(b.text, 'بـ');
  assert.equal(b.norm, 'ب');
});

test('kinds: Latin words, other scripts, emoji, punctuation', () => {
  const t = tokenize('قالت CNN في Москва 😀 «نعم» U.S.');
  assert.deepEqual(t.map((x) => [x.text, x.kind]), [
    ['قالت', 'word'], ['CNN', 'latin'], ['في', 'word'], ['Москва', 'other'], ['😀', 'other'],
    ['«', 'punct'], ['نعم', 'word'], ['»', 'punct'], ['U.S', 'latin'], ['.', 'punct'],
  ]);
  assert.deepEqual(texts('2×3'), ['2', '×', '3']);
});

test('bidi controls and zero-width spaces are not tokens; offsets index the original', () => {
  const s = '\u202bقال\u202c \u200fلافروف\u200f';
  const t = tokenize(s);
  assert.deepEqual(t.map((x) => x.text), ['قال', 'لافروف']);
  for (const x of t) assert.equal(s.slice(x.start, x.end), x.text);
});

test('empty and blank input', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \r\n\t\u200b'), []);
});
