import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { extractTimes } from '../../src/text/times.js';

function times(text: string, published?: string) {
  return extractTimes(tokenize(text), text, published).map((t) => ({ ...t, span: text.slice(t.start, t.end) }));
}

function one(text: string, published?: string) {
  const ts = times(text, published);
  assert.equal(ts.length, 1, `one time in «${text}», got ${JSON.stringify(ts)}`);
  return ts[0];
}

const SEED = '2025-07-13'; // a Sunday

test('weekdays resolve to the most recent one, the future one with a future verb or المقبل', () => {
  const t = one('التقى كيم بلافروف السبت في وونسان', SEED);
  assert.equal(t.value, '2025-07-12');
  assert.equal(t.span, 'السبت');
  const t2 = one('ويوم السبت، أفادت وسائل إعلام', SEED);
  assert.equal(t2.span, 'يوم السبت');
  assert.equal(t2.value, '2025-07-12');
  assert.equal(one('أجرت الدول تدريبا يوم الجمعة', SEED).value, '2025-07-11');
  assert.equal(one('قرر الأطباء الأحد تعليق الإضراب', SEED).value, '2025-07-13');
  assert.equal(one('وسيستأنف العمل الاثنين', '2018-06-17').value, '2018-06-18');
  assert.equal(one('يزور الرئيس باريس الجمعة المقبل', SEED).value, '2025-07-18');
  assert.equal(one('وقع الهجوم الخميس الماضي', '2018-03-29').value, '2018-03-22');
});

test('relative days, parts of the day', () => {
  const t = one('سافر إلى بكين بعد ظهر أمس الاثنين', '2018-03-27');
  assert.equal(t.span, 'بعد ظهر أمس الاثنين');
  assert.equal(t.value, '2018-03-26');
  assert.equal(one('قبل أن يغادر اليوم الثلاثاء', '2018-03-27').value, '2018-03-27');
  assert.equal(one('سيطروا على المنطقة صباح الخميس', '2018-04-12').span, 'صباح الخميس');
  assert.equal(one('وصل أول أمس', '2018-03-27').value, '2018-03-25');
  assert.equal(one('تنطلق اليوم الجمعة 27 مارس 2015 الدورة', '2015-03-28').value, '2015-03-27');
  assert.equal(one('يصل غدا إلى القاهرة', '2018-03-27').value, '2018-03-28');
  assert.equal(times('بحسب ما نقلت اليوم السابع', '2018-03-27').length, 0);
});

test('month names in all naming systems, combined forms, days and years', () => {
  const t = one('الحرب التي بدأت في فبراير/شباط 2022', SEED);
  assert.equal(t.span, 'فبراير/شباط 2022');
  assert.equal(t.value, '2022-02');
  assert.equal(one('تعرضت في 31 ديسمبر/كانون الأول 2017 لأضرار', '2018-03-06').value, '2017-12-31');
  assert.equal(one('بتاريخ التاسع من فبراير/شباط الجاري', '2018-02-15').value, '2018-02-09');
  assert.equal(one('بدأوا إضرابهم في 7 مايو', '2018-06-17').value, '2018-05-07');
  assert.equal(one('بدأوا إضرابهم في الـ7 من مايو', '2018-06-17').value, '2018-05-07');
  assert.equal(one('إثر إضراب جزئي في أبريل', '2018-06-17').value, '2018-04');
  assert.equal(one('قد أوضح في ديسمبر - كانون الأول أن', '2018-03-05').value, '2017-12');
  assert.equal(one('أطلقت في يناير عملية', '2018-03-14').value, '2018-01');
  assert.equal(one('في جانفي 2018', SEED).value, '2018-01');
  assert.equal(one('منذ أفريل الماضي', '2018-06-17').value, '2018-04');
  assert.equal(one('في تشرين الأول 2017', SEED).value, '2017-10');
  assert.equal(one('في آذار/مارس', '2018-05-25').value, '2018-03');
  // «مارس» is also the verb «practised»
  assert.equal(times('مارس الضغط على الحكومة', SEED).length, 0);
});

test('years, relative calendar units, decades', () => {
  const t = one('منذ توليه السلطة عام 2011', '2018-03-27');
  assert.equal(t.span, 'عام 2011');
  assert.equal(t.value, '2011');
  assert.equal(one('صدر في 2003م', SEED).value, '2003');
  assert.equal(one('الأسبوع الماضي', '2018-03-06').value, '2018-W09');
  assert.equal(one('الشهر المقبل', '2018-03-06').value, '2018-04');
  assert.equal(one('العام الماضي', '2018-03-06').value, '2017');
  assert.equal(one('هذا العام', '2018-03-06').value, '2018');
  assert.equal(one('في الخمسينيات', '2018-03-06').value, '195');
  assert.equal(times('المدير العام السابق للشركة', '2018-03-06').length, 0);
});

test('durations', () => {
  const d = one('علقوا تحركهم لأسبوعين', '2018-06-17');
  assert.equal(d.span, 'أسبوعين');
  assert.equal(d.value, 'P2W');
  assert.equal(one('بزيارة تستغرق ثلاثة أيام', SEED).value, 'P3D');
  assert.equal(one('خلال العامين الماضيين', SEED).value, 'P2Y');
  assert.equal(one('المضربون منذ شهر ونصف شهر', SEED).value, 'P1.5M');
  assert.equal(one('لفترة 15 يوما', SEED).value, 'P15D');
  assert.equal(one('استمر ساعتين', SEED).value, 'PT2H');
  assert.equal(one('بعد نصف ساعة', SEED).value, 'PT30M');
  assert.equal(one('خلال السنوات الخمس الماضية', SEED).value, 'P5Y');
  assert.equal(one('عن عمر ثمانية وسبعين عاما', SEED).value, 'P78Y');
  assert.equal(one('منذ أسبوع', SEED).value, 'P1W');
});

test('Hijri dates', () => {
  assert.equal(one('في 1 رمضان 1446 هـ', SEED).value, '2025-03-01');
  assert.equal(one('عام 1446 هـ', SEED).value, '2025');
  assert.equal(one('بناه السلطان عام 1040 للهجرة', SEED).value, '1631');
});

test('times of day take the date of their sentence', () => {
  const t = times('وقع الانفجار في الساعة الرابعة فجرا يوم السبت 24 فبراير 2018', '2018-02-25');
  const clock = t.find((x) => x.kind === 'time');
  assert.ok(clock, JSON.stringify(t));
  assert.equal(clock!.value, '2018-02-24T04:00Z');
  assert.equal(times('الساعة 10:30 مساء أمس', '2018-02-25').find((x) => x.kind === 'time')?.value, '2018-02-24T22:30Z');
});

test('sets', () => {
  assert.equal(one('يدفع لها مبلغا شهريا', SEED).value, 'P1M');
  assert.equal(one('تعقد كل عامين', SEED).value, 'P2Y');
});

test('without a publication date only absolute expressions are given', () => {
  assert.deepEqual(times('التقى كيم بلافروف السبت'), []);
  assert.equal(one('زيارة تستغرق ثلاثة أيام').value, 'P3D');
  assert.equal(one('منذ عام 2011').value, '2011');
  assert.deepEqual(times('إثر إضراب في أبريل'), []);
});

test('bad input never crashes', () => {
  for (const text of ['', ' ', 'hello 2018', '١٢/٣/٢٠١٨', '🙂 السبت 🙂', 'الساعة', 'عام', 'في 99/99/2018', 'السبت'.repeat(500)]) {
    assert.ok(Array.isArray(times(text, SEED)));
    assert.ok(Array.isArray(times(text, 'not a date')));
  }
  assert.equal(one('١٢/٣/٢٠١٨', SEED).value, '2018-03-12');
});
