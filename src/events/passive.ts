// Passive voice of verbs whose object is typically a person («واعتقل مسلم
// في براغ», «وقد أطلق سراح مسلم», «قتل الصحفي على يد مسلحين»). Unvocalised
// Arabic spells the passive like the active, so the reading is chosen from
// the clause: a person right after the verb (or after its fixed complement
// «سراح») with no second actor after it is the one the act befell, and the
// doer is named, if at all, by an agent phrase («من قبل X», «على يد X»,
// «من طرف X», «على أيدي X»).
import type { DocIndex } from './doc-index.js';
import { groupFrom, mentionOf, type ActorGroup } from './actor-groups.js';

const AGENT_WINDOW = 10;
// [the particle, the noun that follows it]
const AGENT_PHRASES: Array<[string, Set<string>]> = [
  ['من', new Set(['قبل', 'طرف', 'جانب'])],
  ['علي', new Set(['يد', 'ايدي', 'يدي'])],
];

/** The agent named by «من قبل X» / «على يد X» after token `from`, in v's sentence. */
export function agentPhrase(idx: DocIndex, text: string, v: number, from: number): ActorGroup | null {
  const sent = idx.sent[v];
  for (let j = from; j + 2 < idx.tokens.length && j < from + AGENT_WINDOW && idx.sent[j + 2] === sent; j++) {
    const t = idx.tokens[j];
    if (t.kind === 'punct' && t.text !== '،' && t.text !== ',') return null;
    for (const [particle, nouns] of AGENT_PHRASES) {
      if (t.norm !== particle || !nouns.has(idx.tokens[j + 1].norm)) continue;
      const m = mentionOf(idx, j + 2);
      if (m && m.tokStart === j + 2) return groupFrom(idx, text, j + 2);
    }
  }
  return null;
}
