// The readable summary, exercised on a hand-made analysis with every layer
// filled (the real stages fill them later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAnalysisText } from '../../src/cli/format-text.js';
import type { Analysis } from '../../src/model/analysis.js';

const text = 'قال لافروف، بحسب تاس: «نحذر من التصعيد». والتقى كيم لافروف السبت في وونسان، وأرسلت كوريا 10 آلاف جندي.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length };
};

const fixture: Analysis = {
  schema: 'isnad.analysis/1',
  doc: { id: 'seed', lang: 'ar', title: 'لافروف في وونسان', outlet: 'المدى', desk: 'متابعة', published: '2025-07-13' },
  text,
  sentences: [span('قال لافروف، بحسب تاس: «نحذر من التصعيد».'), span('والتقى كيم لافروف السبت في وونسان، وأرسلت كوريا 10 آلاف جندي.')],
  entities: [
    { id: 'e1', type: 'PER', name: 'سيرغي لافروف', name_en: 'Sergei Lavrov', kb: 'Q80137', mentions: [{ ...span('لافروف'), kind: 'name' }] },
    { id: 'e2', type: 'ORG', name: 'تاس', name_en: 'TASS', mentions: [{ ...span('تاس'), kind: 'name' }] },
    { id: 'e3', type: 'PER', name: 'كيم جونغ أون', mentions: [{ ...span('كيم'), kind: 'name' }] },
    { id: 'e4', type: 'GPE', name: 'وونسان', name_en: 'Wonsan', mentions: [{ ...span('وونسان'), kind: 'name' }] },
  ],
  statements: [
    { id: 's1', speaker: 'e1', cue: { ...span('قال'), lemma: 'قال' }, content: span('نحذر من التصعيد'), kind: 'direct', sources: ['e2'], parent: null },
    { id: 's2', speaker: null, cue: span('بحسب'), content: span('نحذر'), kind: 'indirect', sources: ['e9'], parent: 's1' },
  ],
  events: [
    { id: 'v1', type: 'CONSULT', cameo: '040', source: ['e3'], target: ['e1'], anchor: span('التقى'), location: 'e4', date: '2025-07-12' },
    { id: 'v2', type: 'AID', source: [], target: [], anchor: span('أرسلت'), modality: 'hypothetical', quantity: 10000 },
  ],
  quantities: [{ ...span('10 آلاف جندي'), value: 10000, approx: null, unit: 'جندي', unit_en: 'soldiers' }],
  times: [{ ...span('السبت'), kind: 'date', value: '2025-07-12' }],
};

test('header, entities, statements, events, numbers and dates', () => {
  const out = formatAnalysisText(fixture, ['a warning']);
  const lines = out.split('\n');
  assert.equal(lines[0], 'لافروف في وونسان');
  assert.equal(lines[1], 'outlet: المدى · desk: متابعة · published: 2025-07-13');
  assert.match(out, /warning: a warning/);
  assert.match(out, /Entities · الكيانات \(4\)/);
  assert.match(out, /e1 +PER +سيرغي لافروف — Sergei Lavrov \[Q80137\] · 1 mention/);
  // speaker ← relay, content inside the marks, cue and kind
  assert.match(out, /s1 +سيرغي لافروف \(Sergei Lavrov\) ← تاس \(TASS\): «نحذر من التصعيد»/);
  assert.match(out, /cue: قال · direct/);
  // unknown speaker and a dangling id do not break the summary
  assert.match(out, /s2 +\(unknown · غير معروف\) ← e9: «نحذر»/);
  assert.match(out, /inside s1/);
  assert.match(out, /v1 +CONSULT +كيم جونغ أون → سيرغي لافروف \(Sergei Lavrov\) «التقى»/);
  assert.match(out, /CAMEO 040 · date: 2025-07-12 · place: وونسان \(Wonsan\)/);
  assert.match(out, /v2 +AID +— → — «أرسلت»/);
  assert.match(out, /hypothetical/);
  assert.match(out, /«10 آلاف جندي» = 10000 جندي \(soldiers\)/);
  assert.match(out, /«السبت» = 2025-07-12 \(date\)/);
});

test('relay chains read from the speaker outwards', () => {
  const a: Analysis = { ...fixture, statements: [{ ...fixture.statements[0], sources: ['e2', 'e3'] }] };
  assert.match(formatAnalysisText(a), /سيرغي لافروف \(Sergei Lavrov\) ← كيم جونغ أون ← تاس \(TASS\):/);
});

test('an empty analysis and out-of-range spans', () => {
  const empty: Analysis = { schema: 'isnad.analysis/1', doc: { id: 'x', lang: 'und' }, text: '', sentences: [], entities: [], statements: [], events: [], quantities: [], times: [] };
  assert.match(formatAnalysisText(empty), /^\(untitled · بلا عنوان\) x/);
  const broken: Analysis = { ...fixture, times: [{ start: 5, end: 99999, kind: 'date', value: '2025' }] };
  assert.match(formatAnalysisText(broken), /«» = 2025 \(date\)/);
});
