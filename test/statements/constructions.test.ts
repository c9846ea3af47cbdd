// One test per construction the second round of the statements layer reads:
// speakers no entity covers, content before the cue, subject versus object,
// relays after the statement, content boundaries, straight quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, statementsOf } from './make-doc.js';
import { statementsStage } from '../../src/analyze/stages/statements.js';
import { createContext } from '../../src/analyze/context.js';
import { analyzeText } from '../../src/analyze/pipeline.js';

const TRUMP = { id: 'T', type: 'PER' as const, say: ['ترامب'] };
const IRAN = { id: 'I', type: 'GPE' as const, say: ['إيران', 'metonym:طهران'] };

function run(text: string, entities: Parameters<typeof makeDoc>[1] = []) {
  const doc = makeDoc(text, entities);
  statementsStage.run(doc, createContext());
  const name = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)?.name ?? id : null);
  return {
    doc,
    out: doc.statements.map((s) => ({ ...s, speakerName: name(s.speaker), sourceNames: s.sources.map(name), content: text.slice(s.content.start, s.content.end) })),
  };
}

test('an unnamed source becomes a PER entity (nominal)', () => {
  const { doc, out } = run('وقال مصدر عسكري سوري إن الدفاعات الجوية تصدت للصواريخ.');
  assert.equal(out.length, 1);
  assert.equal(out[0].speakerName, 'مصدر عسكري سوري');
  const e = doc.entities.find((x) => x.id === out[0].speaker)!;
  assert.equal(e.type, 'PER');
  assert.equal(e.mentions[0].kind, 'nominal');
  assert.match(e.id, /^e\d+$/);
});

test('an agency the NER missed becomes an ORG; «الوكالة» refers back to it', () => {
  const { doc, out } = run('أعلنت وكالة الأنباء السورية "سانا" الخميس عن دخول القوات إلى المدينة. وقالت الوكالة إن الاتفاق يشمل الأحياء كلها.');
  assert.equal(out.length, 2);
  assert.equal(out[0].speaker, out[1].speaker);
  const e = doc.entities.find((x) => x.id === out[0].speaker)!;
  assert.equal(e.type, 'ORG');
  assert.equal(e.name, 'سانا');
  assert.ok(e.mentions.some((m) => m.kind === 'name' && doc.text.slice(m.start, m.end) === 'سانا'));
  assert.ok(out[0].content.startsWith('عن دخول'));
});

test('content before the cue: «…، وفق ما نقل X عن Y»: Y speaks, X relays', () => {
  const { out } = run('استهدفت صواريخ مواقع عسكرية قرب العاصمة، وفق ما نقل الإعلام الرسمي السوري عن مصدر عسكري.');
  assert.equal(out.length, 1);
  assert.equal(out[0].speakerName, 'مصدر عسكري');
  assert.deepEqual(out[0].sourceNames, ['الإعلام الرسمي السوري']);
  assert.ok(out[0].content.startsWith('استهدفت صواريخ'));
});

test('«ذكرت X نقلا عن Y أن…»: Y speaks, X relays', () => {
  const MFA = { id: 'M', type: 'ORG' as const, say: ['وزارة الخارجية الروسية'] };
  const IFX = { id: 'F', type: 'ORG' as const, say: ['إنترفاكس'] };
  const [s] = statementsOf('ذكرت وكالة إنترفاكس للأنباء نقلا عن وزارة الخارجية الروسية، الاثنين، أن التهديد سيضر بالعلاقات.', [IFX, MFA]);
  assert.equal(s.speaker, 'M');
  assert.deepEqual(s.sources, ['F']);
});

test('a transitive cue: the entity after the verb is its object when it cannot agree («ووصف طهران بأنها…»)', () => {
  const out = statementsOf('وقال ترامب إن إدارته أنجزت الكثير. ووصف طهران بأنها راعية الإرهاب.', [TRUMP, IRAN]);
  assert.equal(out[1].speaker, 'T');
  assert.equal(out[1].contentText, 'طهران بأنها راعية الإرهاب');
});

test('an oblique plural after «اتهم» is the object, the subject is the earlier one', () => {
  const LEADERS = { id: 'L', type: 'PER' as const, say: ['nominal:مسؤوليها'] };
  const out = statementsOf('انتقد الرئيس الأمريكي، ترامب، إيران واتهم مسؤوليها بنشر "الفوضى والموت والدمار"، في أنحاء الشرق الأوسط.', [TRUMP, IRAN, LEADERS]);
  const acc = out.find((s) => s.cueText === 'اتهم')!;
  assert.equal(acc.speaker, 'T');
  assert.ok(acc.contentText.startsWith('مسؤوليها بنشر'));
  assert.equal(acc.kind, 'mixed');
});

test('a coordinated subject before a plural verb speaks through its first conjunct', () => {
  const MATTIS = { id: 'M', type: 'PER' as const, say: ['جيم ماتيس', 'title:وزير الدفاع'] };
  const COMM = { id: 'C', type: 'PER' as const, say: ['nominal:قادة عسكريين'] };
  const [s] = statementsOf('إلا أن وزير الدفاع جيم ماتيس وقادة عسكريين آخرين حذروا من أن الهجوم خطر.', [MATTIS, COMM]);
  assert.equal(s.speaker, 'M');
});

test('a relay standing alone after the sentence attaches to it; no punctuation-only statement', () => {
  const AFP = { id: 'A', type: 'ORG' as const, say: ['فرانس برس'] };
  const P = { id: 'P', type: 'PER' as const, say: ['بومبيو'] };
  const out = statementsOf('قال بومبيو إن الوثائق "حقيقية" والكثير منها جديد. بحسب ما أوردت فرانس برس.', [P, AFP]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].sources, ['A']);
});

test('«اعتبر X بمثابة "…"» is a statement; the passive «يعتبر X قائدا» is not', () => {
  const MAY = { id: 'Y', type: 'PER' as const, say: ['تيريزا ماي'] };
  const out = statementsOf('واعتبرت تيريزا ماي، الاثنين، تسميم العميل السابق بمثابة "عمل عسكري على الأراضي البريطانية".', [MAY]);
  assert.equal(out.length, 1);
  assert.equal(out[0].contentText, 'تسميم العميل السابق بمثابة "عمل عسكري على الأراضي البريطانية"');
  assert.equal(out[0].kind, 'mixed');
  const M = { id: 'S', type: 'PER' as const, say: ['مسلم'] };
  assert.deepEqual(statementsOf('ويعتبر مسلم قائداً سابقاً بالحزب الكردي.', [M]), []);
});

test('«، لكنها» continues the reported clause when the pronoun cannot be the speaker', () => {
  const B = { id: 'B', type: 'PER' as const, say: ['عادل البيرنصي'] };
  const [s] = statementsOf('وقال عادل البيرنصي إن انتهاكات وقعت في بعض المراكز، لكنها لم تكن كبيرة.', [B]);
  assert.equal(s.contentText, 'إن انتهاكات وقعت في بعض المراكز، لكنها لم تكن كبيرة');
  const [t] = statementsOf('وقال عادل البيرنصي إن انتهاكات وقعت في بعض المراكز، لكنه لم يقدم أدلة.', [B]);
  assert.equal(t.contentText, 'إن انتهاكات وقعت في بعض المراكز');
});

test('a person named before a title apposition («قال لطفي زيتون، القيادي في الحزب:») becomes a PER name', () => {
  const { doc, out } = run('وقال لطفي زيتون، القيادي في حزب النهضة: "هذه النتائج مكافأة للحزب".');
  assert.equal(out[0].speakerName, 'لطفي زيتون');
  assert.equal(out[0].kind, 'direct');
  const e = doc.entities.find((x) => x.id === out[0].speaker)!;
  assert.equal(e.type, 'PER');
  assert.ok(e.name_en && /^[A-Z]/.test(e.name_en));
  assert.ok(e.mentions.some((m) => m.kind === 'title'));
});

test('masdar-object cues: «أفادت المصادر باستهداف…», «وأبلغت بوقوع…», «أشارت، في كلمة…، إلى…»', () => {
  const { out } = run('وأوردت مصادر محلية أنباء عن استهداف مواقع في الريف. كما أفادت المصادر باستهداف مطارين عسكريين. وأبلغت أيضا بوقوع قصف على المدينة.');
  assert.equal(out.length, 3);
  assert.ok(out[1].content.startsWith('باستهداف'));
  assert.ok(out[2].content.startsWith('بوقوع'));
  assert.equal(out[0].speaker, out[1].speaker);
  const MAY = { id: 'Y', type: 'PER' as const, say: ['ماي'] };
  const [s] = statementsOf('وأشارت ماي، في كلمة لها أمام البرلمان، إلى وجود احتمال كبير في تورط موسكو، ممهلة روسيا حتى الثلاثاء.', [MAY]);
  assert.equal(s.contentText, 'إلى وجود احتمال كبير في تورط موسكو');
});

test('a relative «في تصريحات نقلتها X» names a relay, not a statement', () => {
  const Z = { id: 'Z', type: 'PER' as const, say: ['ماريا زاخاروفا'] };
  const { out } = run('وقالت ماريا زاخاروفا، في تصريحات نقلتها وكالات الأنباء، إن "هذه مهزلة في البرلمان"، مضيفة أن التصريح جزء من حملة سياسية.', [Z]);
  assert.equal(out.length, 2);
  assert.equal(out[0].speaker, 'Z');
  assert.equal(out[0].kind, 'direct');
  assert.deepEqual(out[0].sourceNames, ['وكالات الأنباء']);
  assert.equal(out[1].speaker, 'Z');
  assert.deepEqual(out[1].sourceNames, ['وكالات الأنباء']);
});

test('a relay verb without «عن» reports like «ذكرت»; a misspelt plural «أفادو» is a cue', () => {
  const R = { id: 'R', type: 'ORG' as const, say: ['رويترز'] };
  const [s] = statementsOf('نقلت وكالة "رويترز" وصحيفة "وول ستريت جورنال" الأميركية أن الرئيس حض مستشاريه على ضربة.', [R]);
  assert.equal(s.speaker, 'R');
  const { out } = run('وكان مسؤولون أميركيون أفادو أنهم حصلوا على عينات.');
  assert.equal(out[0].speakerName, 'مسؤولون أميركيون');
});

test('straight quotes: a closing mark glued to the next word closes; inch marks after digits are ignored', () => {
  const P = { id: 'P', type: 'PER' as const, say: ['الوزير'] };
  const out = statementsOf('ونقلت الوكالة عن الوزير قوله "أتوقع ترحيله قريبا."وكانت السلطات قد اعتقلته. وقال الوزير إن الشاشة بقياس 15" فقط.', [P]);
  assert.equal(out[0].kind, 'direct');
  assert.equal(out[0].contentText, 'أتوقع ترحيله قريبا.');
  assert.equal(out[1].contentText, 'إن الشاشة بقياس 15" فقط');
});

test('a noun after «عدم» is no cue: «المسؤول الذي تحدث لرويترز شريطة عدم نشر اسمه إن…»', () => {
  const R = { id: 'R', type: 'ORG' as const, say: ['رويترز'] };
  const O = { id: 'O', type: 'PER' as const, say: ['nominal:مسؤول كبير', 'nominal:المسؤول'] };
  const out = statementsOf('قال مسؤول كبير إن الصفقة قريبة. وأضاف المسؤول الذي تحدث لرويترز شريطة عدم نشر اسمه إن الحزمة قد تزيد.', [R, O]);
  assert.equal(out.length, 2);
  assert.equal(out[1].speaker, 'O');
  assert.equal(out[1].cueText, 'أضاف');
  assert.deepEqual(out[1].sources, ['R']);
});

test('odd input around the new constructions never throws', () => {
  const ctx = createContext({ strict: true });
  for (const t of ['"', '15"', 'وكالة "', 'أحد', 'قال مصدر', 'وقالت الوكالة', 'بحسب ما أفادت وكالة الأنباء "سانا', '، بحسب ما أوردت فرانس برس.', 'نقلا عن', 'وكان مسؤولون أفادو', 'قال لطفي زيتون، القيادي', '"'.repeat(500), 'وقال مراسل للوكالة إن "'.repeat(200)]) {
    const a = analyzeText(t, { lang: 'ar' }, ctx);
    assert.ok(Array.isArray(a.statements));
    const ids = new Set(a.entities.map((e) => e.id));
    assert.equal(ids.size, a.entities.length, 'entity ids are unique');
    for (const s of a.statements) {
      if (s.speaker) assert.ok(ids.has(s.speaker));
      for (const x of s.sources) assert.ok(ids.has(x));
      assert.ok(/[\p{L}\p{N}]/u.test(t.slice(s.content.start, s.content.end)));
    }
  }
});
