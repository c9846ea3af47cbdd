import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { extractQuantities } from '../../src/text/quantities.js';
import { parseDigits } from '../../src/text/number-words.js';
import { createDoc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { runPipeline, STAGES } from '../../src/analyze/pipeline.js';

function quantities(text: string) {
  return extractQuantities(tokenize(text), text).map((q) => ({ ...q, span: text.slice(q.start, q.end) }));
}

function one(text: string) {
  const qs = quantities(text);
  assert.equal(qs.length, 1, `one quantity in «${text}», got ${JSON.stringify(qs)}`);
  return qs[0];
}

test('digits with separators, approximator and counted noun', () => {
  const q = one('أرسلت بيونغ يانغ أكثر من 10,000 جندي إلى روسيا');
  assert.equal(q.value, 10000);
  assert.equal(q.approx, 'more_than');
  assert.equal(q.span, 'أكثر من 10,000 جندي');
  assert.equal(q.unit, 'جندي');
  assert.equal(q.unit_en, 'soldiers');
  const q2 = one('تعهدت بإرسال حوالي 6,000 من المهندسين العسكريين والعمال');
  assert.equal(q2.value, 6000);
  assert.equal(q2.approx, 'about');
  assert.ok(q2.span.startsWith('حوالي 6,000 من المهندسين'));
});

test('digit forms: Arabic-Indic, dot thousands, decimals', () => {
  assert.equal(one('قتل ١٠٬٠٠٠ شخص').value, 10000);
  assert.equal(one('خسائر بقيمة ١٢٫٥ مليون دولار').value, 12500000);
  assert.equal(one('وصل 10.000 لاجئ').value, 10000);
  assert.equal(one('بلغت 3.5 مليار دولار').value, 3500000000);
  assert.equal(parseDigits('1,234.5'), 1234.5);
  assert.equal(parseDigits('2.500', true), 2.5);
});

test('number words and compounds', () => {
  assert.equal(one('أرسلت ثلاثة آلاف وخمسمائة جندي').value, 3500);
  assert.equal(one('سقط خمسة وعشرون قتيلا').value, 25);
  assert.equal(one('أصيب مئة شخص').value, 100);
  assert.equal(one('أصيب مائة شخص').value, 100);
  assert.equal(one('قتل ألفان من المدنيين').value, 2000);
  assert.equal(one('اعتقل أحد عشر شخصا').value, 11);
  assert.equal(one('نفذت ثلاث غارات').value, 3);
  assert.equal(one('قتل سبعة من رجال الشرطة').value, 7);
});

test('scale words after digits and fractions of scales', () => {
  assert.equal(one('يحتاج 3 ملايين نسمة').value, 3000000);
  assert.equal(one('يقطنها 150 ألفا وتقع قرب كابل').value, 150000);
  assert.equal(one('فر نصف مليون لاجئ').value, 500000);
  assert.equal(one('زار المعرض مليون ونصف زائر').value, 1500000);
  assert.equal(one('وصل أكثر من 22 ألفا و400 شخص').value, 22400);
});

test('percentages', () => {
  const p = one('ارتفعت الأسعار 30% هذا العام');
  assert.equal(p.value, 30);
  assert.equal(p.unit, '%');
  assert.equal(one('بنسبة 20 في المئة').value, 20);
  assert.equal(one('تراجع 15 بالمئة').unit_en, 'percent');
});

test('approximators before and after', () => {
  assert.equal(one('يقطنها نحو 4500 ساكن').approx, 'about');
  assert.equal(one('قتل قرابة 40 شخصا').approx, 'about');
  assert.equal(one('نزح زهاء 300 شخص').approx, 'about');
  assert.equal(one('اعتقل ما يزيد على 50 شخصا').approx, 'more_than');
  assert.equal(one('أطلق أزيد من 20 صاروخا').approx, 'more_than');
  assert.equal(one('قتل أقل من 10 أشخاص').approx, 'less_than');
  const q = one('أسفر عن مقتل ما لا يقل عن 64 شخصا');
  assert.equal(q.approx, 'more_than');
  assert.equal(q.span, 'ما لا يقل عن 64 شخصا');
  const q2 = one('رفع ثلاثة أشخاص على الأقل دعوى');
  assert.equal(q2.approx, 'more_than');
  assert.equal(q2.span, 'ثلاثة أشخاص على الأقل');
});

test('duals count two', () => {
  const q = one('قتل جنديين في الهجوم');
  assert.equal(q.value, 2);
  assert.equal(q.unit_en, 'soldiers');
  assert.equal(one('نفذت الطائرات غارتين').value, 2);
  // names and definite or sound-plural forms are not duals
  assert.equal(quantities('سيطرت حركة طالبان على المنطقة').length, 0);
  assert.equal(quantities('العلاقات بين البلدين').length, 0);
  assert.equal(quantities('قتل مسلحين في غارة').length, 0);
});

test('years, dates, durations, labels and ordinals are not quantities', () => {
  for (const text of [
    'منذ توليه السلطة عام 2011',
    'بدأ الإضراب في 7 مايو',
    'بدأ الإضراب في الـ7 من مايو',
    'علقنا الإضراب لفترة 15 يوما',
    'زيارة تستغرق ثلاثة أيام',
    'في الساعة 10:30 صباحا',
    'قرار مجلس الأمن 2254 بحثنا',
    'طائرات إف 16',
    'يتقاضون ثلاثة أضعاف أجورهم',
    'على بعد 150 كيلومترا جنوب العاصمة',
    'أجرت الدول الثلاث تدريبا',
    'تعد واحدة من أكثر المناطق أمنا',
    'أي طبيب واحد لكل مريض',
    'كتابه الـ 121 وآخر كتبه',
    'الدورة الحادية عشرة للمهرجان',
    'انطلقت عملية سيناء 2018',
    'اتصل بالرقم 0123456789',
    'وفر آلاف المدنيين',
    'ألف هارون كتابا',
  ]) {
    assert.deepEqual(quantities(text), [], text);
  }
});

test('bad input never crashes', () => {
  for (const text of ['', ' ', 'hello 123 world', '١٢٣', '🙂 5 🙂', 'و', '\u200f\u200e', '%%%', '1,', '.5', 'ألف'.repeat(1000), '9'.repeat(400)]) {
    assert.ok(Array.isArray(quantities(text)));
  }
  const big = 'قتل 5 أشخاص في الهجوم. '.repeat(5000);
  assert.equal(quantities(big).length, 5000);
});

test('a range word at the very end of the text is not a crash («قتل 3- »)', () => {
  const doc = createDoc('قتل 3- ');
  runPipeline(doc, createContext({ strict: true }), [STAGES[0], STAGES[1]]);
  assert.ok(Array.isArray(doc.quantities));
});
