// Property tests of the text layer over random strings mixing everything an
// article can contain: Arabic letters and marks, three digit scripts,
// punctuation, quotes, line ends, invisible controls, Latin, emoji.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithMap, normalizeChar, toOriginal } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { readArticleFrame } from '../../src/text/metadata.js';
import { analyzeText } from '../../src/analyze/pipeline.js';
import { createContext } from '../../src/analyze/context.js';
import { prng, pick } from './prng.js';

const PIECES = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى',
  ...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640', // harakat, superscript alef, tatweel
  ...'0123456789', ...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹',
  ...'.,،؛؟!?:;«»"“”()-/٫٬٪%…', "'",
  ' ', ' ', ' ', '\n', '\r\n', '\u00a0', '\t',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u2066', '\u2069', '\u061c', '\ufeff',
  ...'abcXYZéü', 'U.S.', 'د. ', '10,000', '3.5', '١٠٬٠٠٠',
  '😀', '👍🏽', '\ufefb', '\ufe8d', 'Москва', '北京', '\ud800',
  'قال', 'وقال', 'والولايات', 'للرئيس', 'متابعة / المدى\n', '\nعن وكالات\n',
];

function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 120);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rand, PIECES);
  return s;
}

const CASES = 600;

test('tokens are exact slices of the original, in order, with normalised keys', () => {
  const rand = prng(20250713);
  for (let k = 0; k < CASES; k++) {
    const s = randomText(rand);
    const tokens = tokenize(s);
    let prevEnd = 0;
    for (const t of tokens) {
      assert.ok(t.start >= prevEnd, `overlap or disorder at ${t.start} in ${JSON.stringify(s)}`);
      assert.ok(t.end > t.start && t.end <= s.length);
      assert.equal(t.text, s.slice(t.start, t.end));
      assert.equal(t.norm, normalize(t.text));
      prevEnd = t.end;
    }
  }
});

test('the offset map sends every normalised character to an original character that normalises to it', () => {
  const rand = prng(7);
  for (let k = 0; k < CASES; k++) {
    const s = randomText(rand);
    const nt = normalizeWithMap(s);
    assert.equal(nt.norm, normalize(s));
    assert.equal(nt.map.length, nt.norm.length + 1);
    assert.equal(nt.map[nt.norm.length], s.length);
    // walking the original, the normalised forms of the mapped characters rebuild the key
    let rebuilt = '';
    for (let i = 0; i < nt.norm.length; i++) {
      const j = nt.map[i];
      assert.ok(j >= 0 && j < s.length);
      if (i > 0) assert.ok(j >= nt.map[i - 1], 'map is monotone');
      assert.ok(normalizeChar(s[j]).includes(nt.norm[i]), `norm[${i}]=${nt.norm[i]} from ${JSON.stringify(s[j])}`);
      if (i === 0 || nt.map[i - 1] !== j) rebuilt += normalizeChar(s[j]);
    }
    assert.equal(rebuilt, nt.norm);
    // a range of the key maps back to a range of the original that normalises to it
    if (nt.norm.length > 2) {
      const a = Math.floor(rand() * (nt.norm.length - 1));
      const b = a + 1 + Math.floor(rand() * (nt.norm.length - a - 1));
      const o = toOriginal(nt, a, b);
      assert.ok(normalize(s.slice(o.start, o.end)).includes(nt.norm.slice(a, b)));
    }
  }
});

test('sentences are trimmed, ordered, inside the body, and agree with token.sent', () => {
  const rand = prng(99);
  for (let k = 0; k < CASES; k++) {
    const s = randomText(rand);
    const tokens = tokenize(s);
    const body = readArticleFrame(s).body;
    const sentences = splitSentences(s, tokens, body);
    let prev = body.start;
    for (const [i, sp] of sentences.entries()) {
      assert.ok(sp.start >= prev && sp.end > sp.start && sp.end <= body.end, JSON.stringify({ s, sp, body }));
      assert.ok(!/^\s/u.test(s.slice(sp.start, sp.start + 1)) && !/\s$/u.test(s.slice(sp.end - 1, sp.end)), 'trimmed');
      prev = sp.end;
      for (const t of tokens) if (t.start >= sp.start && t.end <= sp.end) assert.equal(t.sent, i);
    }
    for (const t of tokens) if (t.sent >= 0) assert.ok(t.start >= sentences[t.sent].start && t.end <= sentences[t.sent].end);
  }
});

test('the whole pipeline never throws on random input', () => {
  const rand = prng(1);
  // one context for all runs, as a server has: resources (KB, models) load once, not 200 times
  const ctx = createContext();
  for (let k = 0; k < 200; k++) {
    const s = randomText(rand);
    const a = analyzeText(s, { id: 'p' }, ctx);
    assert.equal(a.text, s);
  }
});
