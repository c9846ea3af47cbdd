import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './make-doc.js';
import { analyzeText } from '../../src/analyze/pipeline.js';
import { createContext } from '../../src/analyze/context.js';

const LAVROV = { id: 'L', type: 'PER' as const, say: ['لافروف', 'title:وزير الخارجية الروسي'] };
const CHOE = { id: 'C', type: 'PER' as const, say: ['تشوي', 'title:نظيرته'] };
const TASS = { id: 'T', type: 'ORG' as const, say: ['تاس', 'nominal:وكالة الأنباء الروسية'] };
const AGENCY = { id: 'K', type: 'ORG' as const, say: ['وكالة الأنباء المركزية الكورية', 'nominal:الوكالة'] };
const KIM = { id: 'M', type: 'PER' as const, say: ['كيم'] };

test('VSO speaker and indirect content from إن', () => {
  const [s] = statementsOf('وقال لافروف إن روسيا تتفهم القرار.', [LAVROV]);
  assert.equal(s.speaker, 'L');
  assert.equal(s.cueText, 'قال');
  assert.equal(s.contentText, 'إن روسيا تتفهم القرار');
  assert.equal(s.kind, 'indirect');
  assert.equal(s.stance, 'say');
});

test('direct quote after a colon, with a relay given after the quote', () => {
  const [s] = statementsOf('وقال لافروف إن روسيا تتفهم القرار. وأضاف: «نحن نحترم تطلعاتهم»، حسبما نقلت وكالة تاس.', [LAVROV, TASS]).slice(1);
  assert.equal(s.speaker, 'L', 'implicit masculine subject resolves to the last speaker');
  assert.equal(s.contentText, 'نحن نحترم تطلعاتهم');
  assert.equal(s.kind, 'direct');
  assert.deepEqual(s.sources, ['T']);
});

test('implicit subject agrees in gender', () => {
  const out = statementsOf('وقالت تشوي إن العلاقات جيدة. وقال لافروف إن التعاون مستمر. وأضافت أن الزيارة ناجحة.', [LAVROV, CHOE]);
  assert.equal(out[2].speaker, 'C');
});

test('«نقلت X عن Y قوله»: Y speaks, X relays', () => {
  const [s] = statementsOf('ونقلت وكالة الأنباء المركزية الكورية عن كيم قوله إن «الخطوات ستسهم في السلام».', [AGENCY, KIM]);
  assert.equal(s.speaker, 'M');
  assert.equal(s.cueText, 'قوله');
  assert.deepEqual(s.sources, ['K']);
  assert.equal(s.kind, 'direct');
});

test('a sentence-leading "according to" phrase is a statement of its own', () => {
  const [s] = statementsOf('ووفقًا لوكالة الأنباء المركزية الكورية، فقد التقى كيم بلافروف السبت.', [AGENCY, KIM, LAVROV]);
  assert.equal(s.speaker, 'K');
  assert.ok(s.contentText.startsWith('فقد التقى'));
});

test('nested statement inherits the outer speaker as its source', () => {
  const MEDIA = { id: 'R', type: 'ORG' as const, say: ['nominal:وسائل إعلام روسية'] };
  const out = statementsOf('أفادت وسائل إعلام روسية أن لافروف وصف العلاقات بأنها «أخوة قتالية» خلال لقائه كيم.', [MEDIA, LAVROV, KIM]);
  const inner = out.find((s) => s.speaker === 'L')!;
  const outer = out.find((s) => s.speaker === 'R')!;
  assert.equal(inner.parent, outer.id);
  assert.deepEqual(inner.sources, ['R']);
  assert.equal(inner.contentText, 'العلاقات بأنها «أخوة قتالية»');
});

test('circumstantial cue takes the subject of the main clause', () => {
  const out = statementsOf('أعرب لافروف عن دعم بلاده، محذرًا الولايات المتحدة من التصعيد.', [LAVROV]);
  const warn = out.find((s) => s.stance === 'warn')!;
  assert.equal(warn.speaker, 'L');
  assert.equal(warn.contentText, 'الولايات المتحدة من التصعيد');
});

test('a quoted name is not a statement, and impersonal «يذكر أن» has no speaker', () => {
  assert.deepEqual(statementsOf('وصلت «صفقة القرن» إلى طريق مسدود.', []), []);
  assert.deepEqual(statementsOf('يذكر أن الزيارة بدأت أمس.', []), []);
});

test('the publishing outlet is never a relay', () => {
  const OUT = { id: 'O', type: 'ORG' as const, say: ['وكالة تاس'] };
  const [s] = statementsOf('وقال لافروف لوكالة تاس إن الزيارة ناجحة.', [LAVROV, OUT], { outlet: 'تاس' });
  assert.deepEqual(s.sources, []);
});

test('a medium after «لـ» is a relay', () => {
  const AFP = { id: 'A', type: 'ORG' as const, say: ['فرانس برس'] };
  const [s] = statementsOf('وأكد لافروف لفرانس برس "تلقينا الشكاوى وندرسها".', [LAVROV, AFP]);
  assert.equal(s.kind, 'direct');
  assert.deepEqual(s.sources, ['A']);
});

test('bad input never throws', () => {
  const ctx = createContext();
  for (const t of ['', ' ', '«', 'قال', 'وأضاف:', 'قال إن', 'بحسب', 'نقلت عن', 'hello "world"', 'قال: «'.repeat(300), 'قال إن '.repeat(3000)]) {
    const a = analyzeText(t, {}, ctx);
    assert.ok(Array.isArray(a.statements));
  }
});

test('non-Arabic documents are skipped', () => {
  assert.deepEqual(analyzeText('He said "hello".', { lang: 'en' }, createContext()).statements, []);
});
