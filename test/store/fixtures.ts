// Hand-made analyses for testing cross-article features: the same KB-linked
// person in several articles, the same statement relayed by two outlets,
// a near-duplicate text, events with actors.
import type { Analysis, Entity, Statement, Event, MentionKind } from '../../src/model/analysis.js';

function at(text: string, sub: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    if (i === -1) throw new Error(`fixture: "${sub}" not in text`);
  }
  return { start: i, end: i + sub.length };
}

interface Spec {
  id: string;
  url?: string;
  outlet?: string;
  published?: string;
  title?: string;
  text: string;
  entities?: Array<{ id: string; type: Entity['type']; name: string; kb?: string; name_en?: string; mentions: Array<[string, MentionKind, number?]> }>;
  statements?: Array<{ id: string; speaker: string | null; cue: string; content: string; kind?: Statement['kind']; sources?: string[]; stance?: string }>;
  events?: Array<{ id: string; type: Event['type']; anchor: string; source?: string[]; target?: string[]; location?: string; date?: string }>;
}

export function makeAnalysis(s: Spec): Analysis {
  const t = s.text;
  return {
    schema: 'isnad.analysis/1',
    doc: { id: s.id, lang: 'ar', url: s.url, outlet: s.outlet, published: s.published, title: s.title },
    text: t,
    sentences: [{ start: 0, end: t.length }],
    entities: (s.entities ?? []).map((e) => ({
      id: e.id, type: e.type, name: e.name, kb: e.kb, name_en: e.name_en,
      mentions: e.mentions.map(([sub, kind, nth]) => ({ ...at(t, sub, nth ?? 0), kind })),
    })),
    statements: (s.statements ?? []).map((st) => ({
      id: st.id, speaker: st.speaker, cue: { ...at(t, st.cue), lemma: 'قال' }, content: at(t, st.content),
      kind: st.kind ?? 'indirect', sources: st.sources ?? [], parent: null, stance: st.stance,
    })),
    events: (s.events ?? []).map((v) => ({
      id: v.id, type: v.type, anchor: at(t, v.anchor), source: v.source ?? [], target: v.target ?? [], location: v.location, date: v.date,
    })),
    quantities: [],
    times: [],
  };
}

const CLAIM = 'موسكو تدعم الحوار المباشر بين الكوريتين وترفض أي عقوبات جديدة على بيونغ يانغ في الوقت الحالي';

/** Al Arabiya, 20 Feb: Lavrov says Moscow supports dialogue; he met Kim in Wonsan. */
export const articleA = makeAnalysis({
  id: 'A', url: 'http://example.test/a', outlet: 'alarabiya', published: '2018-02-20', title: 'لافروف في وونسان',
  text: `وقال وزير الخارجية الروسي سيرغي لافروف إن ${CLAIM}. والتقى لافروف الزعيم الكوري الشمالي كيم جونغ أون في وونسان.`,
  entities: [
    { id: 'e1', type: 'PER', name: 'سيرغي لافروف', kb: 'Q80137', name_en: 'Sergey Lavrov', mentions: [['سيرغي لافروف', 'name'], ['وزير الخارجية الروسي', 'title'], ['لافروف', 'name', 1]] },
    { id: 'e2', type: 'GPE', name: 'موسكو', kb: 'Q649', mentions: [['موسكو', 'name']] },
    { id: 'e3', type: 'PER', name: 'كيم جونغ أون', kb: 'Q56226', mentions: [['كيم جونغ أون', 'name']] },
    { id: 'e4', type: 'GPE', name: 'بيونغ يانغ', mentions: [['بيونغ يانغ', 'name']] },
  ],
  statements: [{ id: 's1', speaker: 'e1', cue: 'وقال', content: CLAIM, stance: 'say' }],
  events: [
    { id: 'v1', type: 'SUPPORT', anchor: 'تدعم', source: ['e2'] },
    { id: 'v2', type: 'CONSULT', anchor: 'والتقى', source: ['e1'], target: ['e3'], date: '2018-02-19' },
  ],
});

/** BBC, 19 Feb (earlier): the same claim relayed by TASS, with diacritics and a leading «أنّ». */
export const articleB = makeAnalysis({
  id: 'B', url: 'http://example.test/b', outlet: 'bbc', published: '2018-02-19',
  text: `ونقلت وكالة تاس عن لافروف قوله أنّ «مُوسكو تدعم الحوار المباشر بين الكوريتين وترفض أي عقوبات جديدة على بيونغ يانغ» في الوقت الحالي، بحسب الوكالة.`,
  entities: [
    { id: 'x1', type: 'PER', name: 'لافروف', kb: 'Q80137', mentions: [['لافروف', 'name']] },
    { id: 'x2', type: 'ORG', name: 'وكالة تاس', mentions: [['وكالة تاس', 'name']] },
    { id: 'x3', type: 'GPE', name: 'موسكو', kb: 'Q649', mentions: [['مُوسكو', 'name']] },
  ],
  statements: [{ id: 's1', speaker: 'x1', cue: 'قوله', content: 'أنّ «مُوسكو تدعم الحوار المباشر بين الكوريتين وترفض أي عقوبات جديدة على بيونغ يانغ» في الوقت الحالي', sources: ['x2'], kind: 'mixed' }],
  events: [{ id: 'v1', type: 'REJECT', anchor: 'وترفض', source: ['x3'] }],
});

/** France24, 21 Feb: an unrelated story; mentions «بلافروف» with a clitic. */
export const articleC = makeAnalysis({
  id: 'C', url: 'http://example.test/c', outlet: 'france24', published: '2018-02-21',
  text: 'اجتمع الرئيس الأمريكي دونالد ترامب بلافروف في واشنطن، وقالت المتحدثة إن اللقاء كان مثمراً.',
  entities: [
    { id: 'e1', type: 'PER', name: 'دونالد ترامب', kb: 'Q22686', mentions: [['دونالد ترامب', 'name']] },
    { id: 'e2', type: 'GPE', name: 'واشنطن', mentions: [['واشنطن', 'name']] },
  ],
  statements: [{ id: 's1', speaker: null, cue: 'وقالت', content: 'اللقاء كان مثمراً' }],
  events: [{ id: 'v1', type: 'CONSULT', anchor: 'اجتمع', source: ['e1'], location: 'e2' }],
});

/** The text of A with different layout, diacritics and punctuation, under another URL: a near duplicate. */
export const articleANearDup: Analysis = {
  ...articleA,
  doc: { ...articleA.doc, id: 'A2', url: 'http://example.test/a-copy' },
  text: articleA.text.replace('وقال', 'وَقالَ').replace(/\. /g, ' ...  ').replace('إن', 'إنّ'),
  entities: [], statements: [], events: [],
};
