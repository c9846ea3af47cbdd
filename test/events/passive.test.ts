// Passive readings of verbs whose object is a person (src/events/passive.ts),
// and the per-word caches of the trigger finder (results must not depend on
// what was analysed before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { eventsStage } from '../../src/analyze/stages/events.js';
import type { Entity, EntityType } from '../../src/model/analysis.js';

const ctx = createContext();

function docWith(text: string, ents: Array<[string, EntityType, string[]]>): Doc {
  const doc = createDoc(text, { id: 't', lang: 'ar' });
  textStage.run(doc, ctx);
  doc.entities = ents.map(([id, type, surfaces]): Entity => {
    const mentions = [];
    for (const s of surfaces) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) mentions.push({ start: i, end: i + s.length, kind: 'name' as const });
    return { id, type, name: surfaces[0], mentions };
  });
  eventsStage.run(doc, ctx);
  return doc;
}

const pair = (d: Doc) => d.events.map((e) => `${e.type} ${e.source.join()}→${e.target.join()}`);

test('passive arrest: the person is the target, never the source', () => {
  const doc = docWith('واعتقل صالح مسلم في براغ بطلب من الحكومة التركية.', [
    ['MUSLIM', 'PER', ['صالح مسلم']], ['PRAGUE', 'GPE', ['براغ']], ['TURKEY', 'GPE', ['الحكومة التركية']],
  ]);
  assert.ok(!doc.events.some((e) => e.source.includes('MUSLIM')), pair(doc).join('; '));
  // the request was made of whoever arrested him, not of him
  assert.ok(!doc.events.some((e) => e.type === 'REQUEST' && e.target.includes('MUSLIM')), pair(doc).join('; '));
});

test('passive with an agent phrase: «من قبل X» is the source', () => {
  const doc = docWith('واعتقل الصحفي أحمد علي من قبل الشرطة المصرية أمس.', [
    ['AHMED', 'PER', ['الصحفي أحمد علي']], ['POLICE', 'ORG', ['الشرطة المصرية']],
  ]);
  assert.deepEqual(pair(doc), ['COERCE POLICE→AHMED']);
  const killed = docWith('وقتل الناشط سامي حسن على يد الجيش السوري.', [
    ['SAMI', 'PER', ['الناشط سامي حسن']], ['ARMY', 'ORG', ['الجيش السوري']],
  ]);
  assert.deepEqual(pair(killed), ['ASSAULT ARMY→SAMI']);
});

test('«أطلق سراح X»: X was released, not the releaser', () => {
  const doc = docWith('وقد أطلق سراح صالح مسلم من قبل محكمة تشيكية.', [
    ['MUSLIM', 'PER', ['صالح مسلم']], ['COURT', 'ORG', ['محكمة تشيكية']],
  ]);
  assert.deepEqual(pair(doc), ['RETREAT COURT→MUSLIM']);
});

test('active readings stay active: subject before the verb, or a second actor after the person', () => {
  const svo = docWith('الشرطة المصرية اعتقلت أحمد علي.', [['POLICE', 'ORG', ['الشرطة المصرية']], ['AHMED', 'PER', ['أحمد علي']]]);
  assert.deepEqual(pair(svo), ['COERCE POLICE→AHMED']);
  const vso = docWith('واعتقل الضابط سمير كمال المعارض أحمد علي.', [['SAMIR', 'PER', ['الضابط سمير كمال']], ['AHMED', 'PER', ['المعارض أحمد علي']]]);
  assert.deepEqual(pair(vso), ['COERCE SAMIR→AHMED']);
});

test('trigger results do not depend on earlier documents (cross-document caches)', () => {
  const text = 'التقى الرئيس الفرنسي ماكرون بالمستشار الألماني شولتس في برلين.';
  const ents: Array<[string, EntityType, string[]]> = [['MACRON', 'PER', ['الرئيس الفرنسي ماكرون']], ['SCHOLZ', 'PER', ['المستشار الألماني شولتس']]];
  const first = JSON.stringify(docWith(text, ents).events);
  docWith('واعتقل صالح مسلم في براغ.', [['MUSLIM', 'PER', ['صالح مسلم']]]);
  assert.equal(JSON.stringify(docWith(text, ents).events), first);
});
