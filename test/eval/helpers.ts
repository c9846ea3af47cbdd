// Tiny hand-made gold and analyses for the scorer's unit tests.
import type { Analysis, Entity, Event, Statement } from '../../src/model/analysis.js';
import { parseGold, type Gold } from '../../src/eval/gold.js';

export const TEXT = 'قال وزير الخارجية سيرغي لافروف إن روسيا تدعم كوريا الشمالية. وأكد كيم جونغ أون أن بيونغ يانغ مستعدة للتعاون مع موسكو خلال أسبوعين.';

/** Span of the n-th occurrence (0-based) of `s` in TEXT. */
export function at(s: string, n = 0, text = TEXT): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" not in text`);
  }
  return { start: i, end: i + s.length };
}

export function gold(parts: Record<string, unknown>, text = TEXT): Gold {
  return parseGold({ schema: 'isnad.gold/1', id: 't', text, ...parts }, 'test', 't');
}

export function analysis(parts: Partial<Analysis>, text = TEXT): Analysis {
  return {
    schema: 'isnad.analysis/1', doc: { id: 't', lang: 'ar' }, text,
    sentences: [], entities: [], statements: [], events: [], quantities: [], times: [], ...parts,
  };
}

export function ent(id: string, type: Entity['type'], ...mentions: Array<[string, Entity['mentions'][number]['kind'], number?]>): Entity {
  return { id, type, name: id, mentions: mentions.map(([s, kind, n]) => ({ ...at(s, n ?? 0), kind })) };
}

export function stmt(id: string, speaker: string | null, content: { start: number; end: number }, extra: Partial<Statement> = {}): Statement {
  return { id, speaker, cue: at('قال'), content, kind: 'indirect', sources: [], parent: null, ...extra };
}

export function ev(id: string, type: Event['type'], source: string[], target: string[], anchor = at('تدعم')): Event {
  return { id, type, source, target, anchor };
}

/** Gold entities for TEXT: Lavrov, Russia, North Korea (with a metonym), Kim, Moscow as Russia. */
export const GOLD_ENTITIES = [
  { id: 'LAVROV', type: 'PER', name: 'لافروف', name_en: ['Lavrov'], mentions: [
    { ...at('وزير الخارجية'), kind: 'title' }, { ...at('سيرغي لافروف'), kind: 'name' }] },
  { id: 'RUSSIA', type: 'GPE', name: 'روسيا', name_en: ['Russia'], mentions: [
    { ...at('روسيا'), kind: 'name' }, { ...at('موسكو'), kind: 'metonym' }] },
  { id: 'NK', type: 'GPE', name: 'كوريا الشمالية', name_en: ['North Korea'], mentions: [
    { ...at('كوريا الشمالية'), kind: 'name' }, { ...at('بيونغ يانغ'), kind: 'metonym' }] },
  { id: 'KIM', type: 'PER', name: 'كيم جونغ أون', name_en: ['Kim Jong Un'], mentions: [
    { ...at('كيم جونغ أون'), kind: 'name' }] },
];
