// Whether an event is asserted, negated («لم يلتق», «عدم إرسال», «نفى أن…»)
// or hypothetical («قد يزور», «إذا أرسلت», future «سيزور», «من المقرر»).
// Negated and hypothetical events are kept and marked, never dropped.
import type { Statement } from '../model/analysis.js';
import type { DocIndex } from './doc-index.js';
import type { EventLexicon } from './lexicon.js';
import type { TriggerMatch } from './triggers.js';
import { bareWord } from './actor-groups.js';

export type Modality = 'asserted' | 'negated' | 'hypothetical';

const CLAUSE_WINDOW = 6;
const DENY_LEMMAS = new Set(['نفى', 'نفي', 'deny']);
const PLANNED = new Set(['مقررة', 'المقررة', 'مقرر', 'المقرر', 'مرتقبة', 'المرتقبة', 'مرتقب', 'المرتقب', 'المزمعة', 'مزمعة', 'المحتملة', 'محتملة', 'المقبلة', 'مقبلة', 'المقبل', 'القادمة', 'القادم']);

export function modalityOf(tr: TriggerMatch, idx: DocIndex, lex: EventLexicon, container: Statement | undefined): Modality {
  const v = tr.tok;
  const toks = idx.tokens;
  const prev = v > 0 && idx.sent[v - 1] === idx.sent[v] ? toks[v - 1].norm : '';
  const prev2 = v > 1 && idx.sent[v - 2] === idx.sent[v] ? toks[v - 2].norm : '';
  const next = v + 1 < toks.length && idx.sent[v + 1] === idx.sent[v] ? toks[v + 1].norm : '';
  // «اجتماعات قمة مقررة», «الزيارة المرتقبة»: planned, not (yet) happened
  if (PLANNED.has(next) || PLANNED.has(v + 2 < toks.length ? toks[v + 2].norm : '')) return 'hypothetical';
  // «إذا ما أرسلت»: ما after a conditional is not a negation
  if (prev === 'ما' && lex.hypothetical.has(bareWord(prev2, lex.hypothetical))) return 'hypothetical';
  if (tr.pos === 'verb') {
    if (lex.negators.has(prev) || (prev === 'قد' && lex.negators.has(prev2))) return 'negated';
  } else if (lex.negatorsBeforeNoun.has(bareWord(prev, lex.negatorsBeforeNoun))) return 'negated';
  if (container && (DENY_LEMMAS.has(container.cue.lemma ?? '') || container.stance === 'deny')) return 'negated';
  if (tr.pos === 'verb') {
    if (tr.prefix.endsWith('س')) return 'hypothetical';
    if (tr.kind === 'imperf' && (prev === 'قد' || prev === 'وقد')) return 'hypothetical';
  }
  for (let j = v - 1, n = 0; j >= 0 && n < CLAUSE_WINDOW && idx.sent[j] === idx.sent[v]; j--, n++) {
    const t = toks[j];
    if (t.text === '،' || t.text === ',') break;
    if (lex.hypothetical.has(bareWord(t.norm, lex.hypothetical))) return 'hypothetical';
  }
  return 'asserted';
}
