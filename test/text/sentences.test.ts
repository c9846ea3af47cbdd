import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { splitSentences, quotationRanges, MAX_SENTENCE_CHARS } from '../../src/text/sentences.js';

function split(s: string): string[] {
  return splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));
}

test('splits at . ! ? ؟ followed by space, and at line ends', () => {
  assert.deepEqual(split('قال لافروف إن الزيارة مهمة. وأضاف أنها ناجحة! هل انتهت؟ لا.'), [
    'قال لافروف إن الزيارة مهمة.', 'وأضاف أنها ناجحة!', 'هل انتهت؟', 'لا.',
  ]);
  assert.deepEqual(split('العنوان\n\nالفقرة الأولى\nالفقرة الثانية'), ['العنوان', 'الفقرة الأولى', 'الفقرة الثانية']);
});

test('never inside balanced quotes', () => {
  assert.deepEqual(split('وقال: «نحن هنا. سنبقى هنا!» ثم غادر. وانتهى.'), ['وقال: «نحن هنا. سنبقى هنا!» ثم غادر.', 'وانتهى.']);
  assert.deepEqual(split('وقالت "في الوقت الراهن لا معلومات. إذا كانت هناك أنباء سنعلنها". ثم صمتت.'), [
    'وقالت "في الوقت الراهن لا معلومات. إذا كانت هناك أنباء سنعلنها".', 'ثم صمتت.',
  ]);
  assert.deepEqual(split('قال “هذا صحيح. تماما” وانصرف. نعم.'), ['قال “هذا صحيح. تماما” وانصرف.', 'نعم.']);
});

test('an unbalanced quote does not swallow the paragraph, let alone the article', () => {
  assert.deepEqual(split('قال «نعم. وذهب. ثم عاد.'), ['قال «نعم.', 'وذهب.', 'ثم عاد.']);
  assert.deepEqual(split('قال «نعم، ثم\nذهب. وعاد»'), ['قال «نعم، ثم', 'ذهب.', 'وعاد»']);
});

test('numbers, abbreviations, URLs and ellipses do not end a sentence', () => {
  assert.deepEqual(split('بلغ النمو 3.5 في المئة. وتراجع.'), ['بلغ النمو 3.5 في المئة.', 'وتراجع.']);
  assert.deepEqual(split('قال د. أحمد إن الوضع خطير. انتهى.'), ['قال د. أحمد إن الوضع خطير.', 'انتهى.']);
  assert.deepEqual(split('وصل إلى U.S. Army base ثم عاد. نعم.'), ['وصل إلى U.S. Army base ثم عاد.', 'نعم.']);
  assert.deepEqual(split('بحسب العربية.نت فإن الخبر صحيح. نعم.'), ['بحسب العربية.نت فإن الخبر صحيح.', 'نعم.']);
  assert.deepEqual(split('فيديو لمغادرة القطار.. والصين تراوغ'), ['فيديو لمغادرة القطار.. والصين تراوغ']);
});

test('closing brackets and quotes after the final stop belong to the sentence', () => {
  assert.deepEqual(split('(قال ذلك.) ثم مضى.'), ['(قال ذلك.)', 'ثم مضى.']);
});

test('CRLF line ends; spans index the original', () => {
  const s = 'الأولى.\r\nالثانية\r\n\r\nالثالثة';
  const spans = splitSentences(s, tokenize(s));
  assert.deepEqual(spans.map((x) => s.slice(x.start, x.end)), ['الأولى.', 'الثانية', 'الثالثة']);
});

test('only within the body; tokens get their sentence index', () => {
  const s = 'متابعة / المدى\nقال كيم. وأضاف.\nعن وكالات';
  const tokens = tokenize(s);
  const body = { start: 15, end: 31 };
  const spans = splitSentences(s, tokens, body);
  assert.deepEqual(spans.map((x) => s.slice(x.start, x.end)), ['قال كيم.', 'وأضاف.']);
  assert.equal(tokens.find((t) => t.text === 'المدى')!.sent, -1);
  assert.equal(tokens.find((t) => t.text === 'كيم')!.sent, 0);
  assert.equal(tokens.find((t) => t.text === 'وأضاف')!.sent, 1);
});

test('a huge run without punctuation is cut into bounded sentences', () => {
  const s = 'كلمة '.repeat(5000);
  const spans = splitSentences(s, []);
  assert.ok(spans.length >= 5);
  for (const x of spans) assert.ok(x.end - x.start <= MAX_SENTENCE_CHARS);
});

test('quotation ranges pair « », curly and straight quotes; strays are dropped', () => {
  const s = 'أ «ب "ج" د» ه "و';
  assert.deepEqual(quotationRanges(s, 0, s.length), [[2, 10]]);
  assert.deepEqual(quotationRanges('»x«', 0, 3), []);
});

test('empty input', () => {
  assert.deepEqual(split(''), []);
  assert.deepEqual(split('\n\n  \n'), []);
  assert.deepEqual(split('...'), []);
});

test('a paragraph that opens by closing an earlier quote is still split', () => {
  assert.deepEqual(split('القائمة على المنفعة المتبادلة". وتدفع الدول الرسوم. وقال "نعم" ثم مضى.'), [
    'القائمة على المنفعة المتبادلة".', 'وتدفع الدول الرسوم.', 'وقال "نعم" ثم مضى.',
  ]);
});
