import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticleFrame, applyArticleFrame } from '../../src/text/metadata.js';
import type { DocMeta } from '../../src/model/analysis.js';

const at = (s: string, span: { start: number; end: number } | undefined) => (span ? s.slice(span.start, span.end) : undefined);

test('a leading desk / outlet line and a trailing credit line frame the body', () => {
  const s = 'متابعة / المدى\nقال كيم إن الزيارة مهمة.\nوأضاف أنها ناجحة.\nعن وكالات وصحف عالمية\n\n\n';
  const f = readArticleFrame(s);
  assert.equal(f.desk, 'متابعة');
  assert.equal(f.outlet, 'المدى');
  assert.equal(f.credit, 'عن وكالات وصحف عالمية');
  assert.equal(at(s, f.outletSpan), 'المدى');
  assert.equal(at(s, f.body), 'قال كيم إن الزيارة مهمة.\nوأضاف أنها ناجحة.');
});

test('separators and order vary: «خاص- المدى», «المدى | متابعة», a bare desk word', () => {
  assert.equal(readArticleFrame('خاص- المدى\nنص الخبر هنا.').outlet, 'المدى');
  const r = readArticleFrame('المدى | متابعة\nنص الخبر هنا.');
  assert.equal(r.desk, 'متابعة');
  assert.equal(r.outlet, 'المدى');
  assert.equal(readArticleFrame('خاص\nنص الخبر هنا.').desk, 'خاص');
});

test('a dateline line with a known outlet gives the outlet and leaves the body', () => {
  const s = 'أبوظبي - سكاي نيوز عربية\nقال مسؤول إن الوضع هادئ.';
  const f = readArticleFrame(s);
  assert.equal(f.outlet, 'سكاي نيوز عربية');
  assert.equal(f.desk, undefined);
  assert.equal(at(s, f.body), 'قال مسؤول إن الوضع هادئ.');
});

test('an inline dateline opening the first paragraph gives the outlet but stays in the body', () => {
  const s = 'الجبير: عرضنا على أوباما إرسال قوات\n\nدبي، الإمارات العربية المتحدة (CNN)— قال عادل الجبير إن بلاده عرضت ذلك.';
  const f = readArticleFrame(s);
  assert.equal(f.outlet, 'CNN');
  assert.equal(at(s, f.outletSpan), 'CNN');
  assert.equal(f.title, 'الجبير: عرضنا على أوباما إرسال قوات');
  assert.equal(f.body.start, 0);
});

test('a headline is not a desk line, even a short one with a dash', () => {
  for (const head of ['طالبان تسيطر على منطقة في إقليم غزنة الأفغاني', 'سوريا - تركيا', 'الجبير: عرضنا على أوباما إرسال قوات لسوريا']) {
    const s = `${head}\n\nقال مسؤول إن الوضع هادئ.`;
    const f = readArticleFrame(s);
    assert.equal(f.desk, undefined, head);
    assert.equal(f.outlet, undefined, head);
    assert.equal(f.body.start, 0, head);
    assert.equal(f.title, head);
  }
});

test('an ordinary last sentence is not a credit line', () => {
  const f = readArticleFrame('قال مسؤول إن الوضع هادئ.\nعن الوضع في المدينة قال الشهود إنه هادئ تماما الآن.');
  assert.equal(f.credit, undefined);
  assert.equal(readArticleFrame('نص.\nالمصدر: رويترز').credit, 'المصدر: رويترز');
  assert.equal(readArticleFrame('نص.\n(أ ف ب)').credit, '(أ ف ب)');
});

test('a lone line is never taken as a frame line; empty text has an empty body', () => {
  assert.equal(readArticleFrame('متابعة / المدى').desk, undefined);
  assert.deepEqual(readArticleFrame('').body, { start: 0, end: 0 });
  assert.deepEqual(readArticleFrame(' \n ').body, { start: 0, end: 0 });
});

test('values given by the caller win; only empty fields are filled', () => {
  const meta: DocMeta = { id: 'x', lang: 'ar', outlet: 'almada' };
  applyArticleFrame(meta, readArticleFrame('متابعة / المدى\nنص الخبر.\nعن وكالات'));
  assert.equal(meta.outlet, 'almada');
  assert.equal(meta.desk, 'متابعة');
  assert.equal(meta.credit, 'عن وكالات');
});
