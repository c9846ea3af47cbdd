// Events layer: triggers, actors, modality, merging, robustness, and the
// SPEC §4 score on gold entities/statements (seed fixture; dev when ../shared exists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { eventsStage } from '../../src/analyze/stages/events.js';
import type { Entity, EntityType, Event, MentionKind } from '../../src/model/analysis.js';
import { docFromGold, evaluate, goldFiles, loadGold, prf, runEvents, scoreEvents } from './harness.js';

const ctx = createContext();

/** A doc whose entities are the given surface strings (every occurrence becomes a mention). */
function docWith(text: string, ents: Array<[string, EntityType, string[], MentionKind?]>): Doc {
  const doc = createDoc(text, { id: 't', lang: 'ar' });
  textStage.run(doc, ctx);
  doc.entities = ents.map(([id, type, surfaces, kind = 'name']): Entity => {
    const mentions = [];
    for (const s of surfaces) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) mentions.push({ start: i, end: i + s.length, kind });
    return { id, type, name: surfaces[0], mentions };
  });
  eventsStage.run(doc, ctx);
  return doc;
}

test('VSO meeting with ب-object, place and coordination', () => {
  const doc = docWith('التقى الرئيس الفرنسي ماكرون بالمستشار الألماني شولتس في برلين.', [
    ['MACRON', 'PER', ['الرئيس الفرنسي ماكرون']], ['SCHOLZ', 'PER', ['المستشار الألماني شولتس']], ['BERLIN', 'GPE', ['برلين']],
  ]);
  assert.equal(doc.events.length, 1);
  const e = doc.events[0];
  assert.equal(e.type, 'CONSULT');
  assert.deepEqual(e.source, ['MACRON']);
  assert.deepEqual(e.target, ['SCHOLZ']);
  assert.equal(e.location, 'BERLIN');
  assert.equal(e.cameo?.slice(0, 2), '04');
});

test('accusation of coordinated targets, SVO after أن', () => {
  const doc = docWith('وذكرت التقارير أن إيران اتهمت الولايات المتحدة وإسرائيل بشن هجوم.', [
    ['IRAN', 'GPE', ['إيران']], ['US', 'GPE', ['الولايات المتحدة']], ['ISRAEL', 'GPE', ['إسرائيل']],
  ]);
  const acc = doc.events.find((e) => e.type === 'ACCUSE');
  assert.ok(acc);
  assert.deepEqual(acc.source, ['IRAN']);
  assert.deepEqual(acc.target, ['US', 'ISRAEL']);
});

test('negated and hypothetical events are kept in events, marked, after the asserted ones', () => {
  const unasserted = (d: Doc) => d.events.filter((e) => e.modality !== 'asserted');
  const people: Array<[string, EntityType, string[]]> = [['PUTIN', 'PER', ['الرئيس بوتين']], ['CHINA', 'GPE', ['الصين']]];
  const neg = docWith('لم يزر الرئيس بوتين الصين.', people);
  assert.equal(neg.events.filter((e) => e.modality === 'asserted').length, 0);
  assert.equal(unasserted(neg)[0]?.modality, 'negated');
  assert.match(unasserted(neg)[0]?.id ?? '', /^u\d+$/);
  const hyp = docWith('قد يزور الرئيس بوتين الصين.', people);
  assert.equal(unasserted(hyp)[0]?.modality, 'hypothetical');
  const fut = docWith('وسيزور الرئيس بوتين الصين.', people);
  assert.equal(unasserted(fut)[0]?.modality, 'hypothetical');
  const cond = docWith('وقال إنه إذا ما أرسلت أمريكا قوات إلى سوريا فإن الوضع سيتغير.', [['US', 'GPE', ['أمريكا']], ['SYRIA', 'GPE', ['سوريا']]]);
  assert.equal(cond.events.filter((e) => e.modality === 'asserted').length, 0);
  assert.equal(unasserted(cond)[0]?.type, 'AID');
  assert.equal(unasserted(cond)[0]?.modality, 'hypothetical');
  const visit = docWith('زار الرئيس بوتين الصين.', people);
  assert.equal(visit.events[0]?.modality, 'asserted');
});

test('a headline event stands only when the body reports it', () => {
  const ents: Array<[string, EntityType, string[]]> = [['UK', 'GPE', ['لندن', 'بريطانيا']], ['RUSSIA', 'GPE', ['موسكو', 'روسيا']]];
  const doc = docWith('لندن تهدد موسكو بالمقاطعة\n\nقالت الحكومة إن الوضع خطير جدا في البلاد كلها بعد الأحداث الأخيرة التي شهدتها المنطقة.', ents);
  assert.equal(doc.events.length, 0);
  const both = docWith('لندن تهدد موسكو بالمقاطعة\n\nوهددت بريطانيا روسيا بعقوبات جديدة بعد الأحداث الأخيرة التي شهدتها المنطقة في الأسابيع الماضية.', ents);
  assert.equal(both.events.filter((e) => e.type === 'THREATEN').length, 1);
  // a single line typed alone is all body
  assert.equal(docWith('لندن تهدد موسكو بالمقاطعة', ents).events.length, 1);
});

test('an unlinked group nominal refers to the group named earlier', () => {
  const doc = docWith('أضرب الأطباء المضربون منذ شهر. وطلب وزير الصحة من وفد عن المضربين وقف تحركهم.', [
    ['DOCTORS', 'PER', ['الأطباء المضربون'], 'nominal'], ['MINISTER', 'PER', ['وزير الصحة'], 'title'],
  ]);
  const req = doc.events.find((e) => e.type === 'REQUEST');
  assert.ok(req);
  assert.deepEqual(req.source, ['MINISTER']);
  assert.deepEqual(req.target, ['DOCTORS']);
});

test('repeated references to one meeting merge into one event', () => {
  const doc = docWith('استقبل الملك عبدالله الرئيس عباس في عمان. وخلال لقائه الرئيس عباس بحث الملك عبدالله العلاقات.', [
    ['KING', 'PER', ['الملك عبدالله']], ['ABBAS', 'PER', ['الرئيس عباس']], ['AMMAN', 'GPE', ['عمان']],
  ]);
  const consult = doc.events.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 1);
  assert.equal(doc.text.slice(consult[0].anchor.start, consult[0].anchor.end), 'استقبل');
});

test('nationality adjective names the agent of a masdar', () => {
  const doc = docWith('قتل خمسة مسلحين في غارات تركية على مواقع في سوريا. وتنفي تركيا ذلك.', [
    ['TURKEY', 'GPE', ['تركيا']], ['SYRIA', 'GPE', ['سوريا']],
  ]);
  const a = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(a);
  assert.deepEqual(a.source, ['TURKEY']);
});

test('bad input never crashes', () => {
  for (const text of ['', ' ', 'Hello world, no Arabic here.', '\u0640\u064b\u200f', '🙂'.repeat(50), 'دعا '.repeat(5000)]) {
    const doc = createDoc(text, { id: 'x', lang: 'ar' });
    textStage.run(doc, ctx);
    eventsStage.run(doc, ctx);
    assert.ok(Array.isArray(doc.events));
  }
  const en = createDoc('التقى الرئيس بالوزير', { id: 'x', lang: 'en' });
  textStage.run(en, ctx);
  eventsStage.run(en, ctx);
  assert.equal(en.events.length, 0);
});

test('every referenced id exists and anchors lie in the text', () => {
  const gold = loadGold(fileURLToPath(new URL('./fixtures/seed-000.gold.json', import.meta.url)));
  const doc = docFromGold(gold, { goldTimes: true });
  const events = runEvents(doc);
  const ids = new Set(doc.entities.map((e) => e.id));
  const stIds = new Set(doc.statements.map((s) => s.id));
  events.forEach((e, k) => {
    assert.equal(e.id, `v${k + 1}`);
    for (const id of [...e.source, ...e.target, ...(e.location ? [e.location] : []), ...(e.sources ?? [])]) assert.ok(ids.has(id), id);
    if (e.statement) assert.ok(stIds.has(e.statement));
    assert.ok(e.anchor.start >= 0 && e.anchor.end <= gold.text.length && e.anchor.start < e.anchor.end);
  });
});

test('seed: events F1 ≥ 0.70 on gold entities and statements', () => {
  const gold = loadGold(fileURLToPath(new URL('./fixtures/seed-000.gold.json', import.meta.url)));
  const events = runEvents(docFromGold(gold, { goldTimes: true }));
  const s = scoreEvents(events, gold.events);
  const { f1 } = prf(s.tp, s.fp, s.fn);
  assert.ok(f1 >= 0.7, `seed events F1 ${f1.toFixed(3)}`);
  const meeting = events.find((e) => e.type === 'CONSULT' && e.source.includes('KIM'));
  assert.equal(meeting?.date, '2025-07-12');
  assert.equal(meeting?.location, 'WONSAN');
});

const devDir = fileURLToPath(new URL('../../../shared/data/dev/', import.meta.url));
test('dev: events F1 ≥ 0.55 on gold entities and statements', { skip: existsSync(devDir) ? false : 'no ../shared/data/dev in this checkout' }, () => {
  const { tp, fp, fn } = evaluate(goldFiles([devDir]), { goldTimes: true });
  const { f1 } = prf(tp, fp, fn);
  assert.ok(f1 >= 0.55, `dev events F1 ${f1.toFixed(3)}`);
});

test('the owner of the object is the target; a nationality adjective names the subject', () => {
  const rej = docWith('من جانبها رفضت موسكو تصريحات ماي بشأن الهجوم.', [['RUSSIA', 'GPE', ['موسكو']], ['MAY', 'PER', ['ماي']]]);
  const r = rej.events.find((e) => e.type === 'REJECT');
  assert.ok(r);
  assert.deepEqual([r.source, r.target], [['RUSSIA'], ['MAY']]);
  const hit = docWith('استهدفت صواريخ إسرائيلية مواقع عسكرية تابعة للجيش السوري قرب دمشق.', [
    ['ISRAEL', 'GPE', ['إسرائيل']], ['SYR_ARMY', 'ORG', ['لجيش السوري']], ['DAMASCUS', 'GPE', ['دمشق']],
  ]);
  const a = hit.events.find((e) => e.type === 'ASSAULT');
  assert.ok(a);
  assert.deepEqual([a.source, a.target], [['ISRAEL'], ['SYR_ARMY']]);
});

test('«بطلب من X» names the requester; an accusation implied in reported speech', () => {
  const req = docWith('واعتقلت السلطات الألمانية الرجل بطلب من تونس أمس.', [['DE', 'ORG', ['السلطات الألمانية']], ['TUNISIA', 'GPE', ['تونس']]]);
  const r = req.events.find((e) => e.type === 'REQUEST');
  assert.ok(r);
  assert.deepEqual([r.source, r.target], [['TUNISIA'], ['DE']]);
  const d2 = docWith('وقالت ساندرز إن سوريا مسؤولة عن الهجوم الكيمياوي.', [['SANDERS', 'PER', ['ساندرز']], ['SYRIA', 'GPE', ['سوريا']]]);
  const text = d2.text;
  d2.statements = [{
    id: 's1', speaker: 'SANDERS', cue: { start: text.indexOf('وقالت') + 1, end: text.indexOf('وقالت') + 5 },
    content: { start: text.indexOf('إن'), end: text.length - 1 }, kind: 'indirect', sources: [], parent: null,
  }];
  eventsStage.run(d2, ctx);
  const acc = d2.events.find((e) => e.type === 'ACCUSE');
  assert.ok(acc);
  assert.deepEqual([acc.source, acc.target], [['SANDERS'], ['SYRIA']]);
});

test('a demand whose addressee is unknown is not reported; an attack may be', () => {
  const doc = docWith('وطالبت النائبة بزيادة الأجور. وقصفت تركيا المدينة.', [['MP', 'PER', ['النائبة']], ['TURKEY', 'GPE', ['تركيا']]]);
  assert.equal(doc.events.filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(doc.events.filter((e) => e.type === 'ASSAULT').length, 1);
});
