import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticleFromHtml, toIsoDate } from '../../src/ingest/html.js';
import { readArticleFrame } from '../../src/text/metadata.js';

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان الصفحة - الموقع</title>
<meta property="og:site_name" content="سكاي نيوز عربية">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2018-04-12T08:30:00+04:00"}</script>
<style>p{color:red}</style></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/w">العالم</a></li></ul></nav></header>
<main><article><h1>طالبان تسيطر على منطقة في إقليم غزنة</h1>
<p>قال مسؤول بالشرطة الأفغانية إن مسلحي حركة طالبان سيطروا على منطقة في إقليم غزنة قريبة من عاصمة الإقليم، صباح الخميس.</p>
<p>وأضاف المسؤول أن القتال &quot;ما زال مستمرا&quot; في أطراف المنطقة، وأن تعزيزات أرسلت من كابل.</p>
<p>ويعني سقوط المنطقة مد نطاق سيطرة الحركة باتجاه مدينة غزنة عاصمة الإقليم.<br>وعادة ما يتصاعد القتال في الربيع.</p>
<script>window.ads = 1;</script></article></main>
<aside>اقرأ أيضا: أخبار أخرى</aside><footer>جميع الحقوق محفوظة</footer></body></html>`;

test('main text, one paragraph per line, headline first; metadata from the page', () => {
  const a = extractArticleFromHtml(PAGE, 'https://www.skynewsarabia.com/world/1038459');
  assert.equal(a.title, 'طالبان تسيطر على منطقة في إقليم غزنة');
  assert.equal(a.published, '2018-04-12');
  assert.equal(a.outlet, 'سكاي نيوز عربية');
  const lines = a.text.split('\n');
  assert.equal(lines[0], a.title);
  assert.equal(lines[1], '');
  assert.ok(lines[2].startsWith('قال مسؤول بالشرطة'));
  assert.ok(a.text.includes('القتال "ما زال مستمرا"'));
  assert.ok(a.text.includes('عاصمة الإقليم.\nوعادة'), 'a <br> is a line end');
  assert.doesNotMatch(a.text, /الرئيسية|الحقوق|window|color/);
  // the text stage then takes the headline as the title
  assert.equal(readArticleFrame(a.text).title, a.title);
});

test('without metadata: the outlet falls back to the host name', () => {
  const a = extractArticleFromHtml('<html><body><p>نص قصير جدا</p></body></html>', 'https://www.example.org/x');
  assert.equal(a.text, 'نص قصير جدا');
  assert.equal(a.outlet, 'example.org');
  assert.equal(a.published, undefined);
});

test('fragments, empty and malformed HTML never throw', () => {
  assert.equal(extractArticleFromHtml('').text, '');
  assert.equal(extractArticleFromHtml('<p>فقرة</p><p>ثانية</p>').text, 'فقرة\nثانية');
  assert.equal(typeof extractArticleFromHtml('<<<>>> </div></div> &amp;').text, 'string');
  assert.equal(typeof extractArticleFromHtml('<html><body><p>x</p>'.repeat(2000)).text, 'string');
});

test('dates: ISO, RFC 2822 as written (no shift to UTC), junk', () => {
  assert.equal(toIsoDate('2025-07-13T23:30:00-05:00'), '2025-07-13');
  assert.equal(toIsoDate('Sun, 18 Feb 2018 23:35:43 +0400'), '2018-02-18');
  assert.equal(toIsoDate('yesterday'), undefined);
  assert.equal(toIsoDate(undefined), undefined);
});
