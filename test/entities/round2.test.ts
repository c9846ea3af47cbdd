// Constructions added in the second entities round: organisation names built
// from a head noun, Arabic given names, hashtag names, seats of government as
// organisations, weak names after a quoted descriptor, Latin acronyms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGES, runPipeline } from '../../src/analyze/pipeline.js';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import type { Entity } from '../../src/model/analysis.js';

const ctx = createContext({});
const upTo = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1);

function analyse(text: string, published = '2018-04-10'): Doc {
  return runPipeline(createDoc(text, { id: 't', published }), ctx, upTo);
}
const spans = (doc: Doc, e: Entity) => e.mentions.map((m) => doc.text.slice(m.start, m.end));
const named = (doc: Doc) => doc.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type}:${doc.text.slice(m.start, m.end)}`));
const withMention = (doc: Doc, s: string) => doc.entities.find((e) => spans(doc, e).includes(s));

test('ministries: «وزارة …» with its adjective, and the domain alone before a nationality', () => {
  const doc = analyse('أعلنت وزارة الداخلية التركية الأربعاء أن وزارة الحالات الطارئة تتابع. وقالت المتحدثة باسم الخارجية الصينية إن الأمر لا يعني وزارة الخارجية.');
  const n = named(doc);
  assert.ok(n.includes('ORG:وزارة الداخلية التركية'), n.join(' | '));
  assert.ok(n.includes('ORG:وزارة الحالات الطارئة'));
  assert.ok(n.includes('ORG:الخارجية الصينية'));
  // the unqualified ministry is the one of that domain the article names
  const mfa = withMention(doc, 'الخارجية الصينية')!;
  assert.ok(spans(doc, mfa).includes('وزارة الخارجية'));
  assert.equal(mfa.name_en, 'Foreign Ministry of China');
  // a date after the name is not part of it
  assert.ok(!n.some((x) => x.includes('الأربعاء')));
});

test('parties: «حزب X» and later bare «X»; the nationality stays outside', () => {
  const doc = analyse('فاز حزب التقدم الإسلامي على حزب مستقبل الوطن في الانتخابات. وقال التقدم إن النتائج جيدة.');
  const n = named(doc);
  assert.ok(n.includes('ORG:حزب التقدم'), n.join(' | '));
  assert.ok(n.includes('ORG:حزب مستقبل الوطن'));
  const party = withMention(doc, 'حزب التقدم')!;
  assert.deepEqual(spans(doc, party), ['حزب التقدم', 'التقدم']);
});

test('institutions need a definite modifier; generic military phrases stay nominals', () => {
  const doc = analyse('قالت الهيئة المستقلة للانتخابات إن لجنة التحقيق والحرس الجمهوري وقوات الأمن ومحكمة تشيكية والقوات المسلحة المصرية وفيلق الشمال الإيراني حاضرون.');
  const n = named(doc);
  assert.ok(n.includes('ORG:الهيئة المستقلة للانتخابات'), n.join(' | '));
  assert.ok(n.includes('ORG:لجنة التحقيق'));
  assert.ok(n.includes('ORG:الحرس الجمهوري'));
  assert.ok(n.includes('ORG:فيلق الشمال'));
  assert.ok(!n.some((x) => x.includes('قوات الأمن') || x.includes('محكمة') || x.includes('المسلحة')));
});

test('Arabic given names start unknown person names; ambiguous ones need a second name word', () => {
  const doc = analyse('وقال عماد الخميري إن صالح مسلم التقى عادل البيرنصي. وهذا أمر سعيد جدا، والعمل صالح للجميع.');
  const n = named(doc);
  for (const p of ['PER:عماد الخميري', 'PER:صالح مسلم', 'PER:عادل البيرنصي']) assert.ok(n.includes(p), `${p} in ${n.join(' | ')}`);
  assert.ok(!n.some((x) => x.includes('سعيد') || x.includes('صالح للجميع')));
});

test('hashtag names, seats of government as organisations, quoted weak agency names, Latin acronyms', () => {
  const doc = analyse('قالت #تيريزا_ماي إن البيت الأبيض وافق، وفق وكالة "الأناضول". وتتهم أنقرة حزب الاتحاد الديمقراطي (PYD) بالإرهاب. وقالت المتحدثة باسم البيت الأبيض إن الأمر انتهى.');
  const may = withMention(doc, 'تيريزا_ماي');
  assert.equal(may?.name_en, 'Theresa May');
  const wh = withMention(doc, 'البيت الأبيض')!;
  assert.equal(wh.type, 'ORG');
  assert.equal(wh.kb, 'Q35525');
  assert.equal(withMention(doc, 'الأناضول')?.type, 'ORG');
  const pyd = withMention(doc, 'حزب الاتحاد الديمقراطي')!;
  assert.ok(spans(doc, pyd).includes('PYD'));
  // the White House spokesperson on that date is resolved through the KB
  assert.equal(withMention(doc, 'المتحدثة باسم البيت الأبيض')?.name, 'سارة ساندرز');
});

test('odd input around the new detectors never throws', () => {
  for (const t of ['وزارة', 'حزب', 'الخارجية', 'حزب ال', '#_ماي', 'وزارة الخارجية'.repeat(500), 'لجنة (PYD)']) {
    assert.doesNotThrow(() => analyse(t));
  }
});

test('capital nominals, place anaphors and one army under two names', () => {
  const doc = analyse('غادر الوفد العاصمة الأفغانية أمس. ووقع هجوم في إقليم غزنة وقال مسؤول أمنا بالإقليم. وقال الجيش المصري إن القوات المسلحة المصرية والقوات الجوية المصرية شاركت.');
  assert.equal(withMention(doc, 'العاصمة الأفغانية')?.name_en, 'Kabul');
  assert.ok(spans(doc, withMention(doc, 'غزنة')!).includes('الإقليم'));
  const army = withMention(doc, 'الجيش المصري')!;
  assert.ok(spans(doc, army).includes('القوات المسلحة المصرية'));
  assert.ok(!spans(doc, army).includes('القوات الجوية المصرية'));
});
