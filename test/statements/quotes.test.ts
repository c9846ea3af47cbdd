import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { segment } from '../../src/statements/segments.js';

const quotes = (text: string) => {
  const s = segment(text, tokenize(text));
  return s.quotes.map((q) => text.slice(q.start, q.end));
};

test('guillemets, curly and straight quotes pair', () => {
  assert.deepEqual(quotes('قال «نحن هنا» ثم "ذهبنا" و“عدنا”'), ['نحن هنا', 'ذهبنا', 'عدنا']);
});

test('nested quotes', () => {
  assert.deepEqual(quotes('«قال "لا" أبدا»'), ['قال "لا" أبدا', 'لا']);
});

test('an unclosed guillemet runs to the paragraph end; a lone straight quote is dropped', () => {
  assert.deepEqual(quotes('قال «نحن هنا\nوأضاف "كذا'), ['نحن هنا']);
});

test('a sentence does not end inside a quotation', () => {
  const text = 'وأكد "تلقت الشكاوى. سيتم استجوابهم". وانتهى.';
  const s = segment(text, tokenize(text));
  assert.equal(s.sentStart.length, 2);
});

test('bad input does not throw', () => {
  for (const t of ['', '«', '»»««', '"', "'", '“”„', '\u200f']) segment(t, tokenize(t));
});
