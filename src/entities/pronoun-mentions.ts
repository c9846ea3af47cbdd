// Pronoun-like mentions: «الأخير/الأخيرة» standing for the last person
// named, and «بلاده/بلادها» for the country of the person speaking.
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { keyOf, variants } from './words.js';

const LATTER = new Set(['الاخير', 'الاخيره']);
const HIS_COUNTRY = new Set(['بلاده', 'بلادها', 'بلادهم']);

export function pronounMentions(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word') continue;
    for (const v of variants(tok)) {
      if (LATTER.has(v.key)) {
        // «الأسبوع الأخير» is an adjective: the previous word must not carry the article
        const prev = keyOf(tokens[i - 1]);
        if (prev.startsWith('ال') || (prev.startsWith('وال'))) break;
        out.push({ start: v.start, end: tok.end, t0: i, t1: i + 1, kind: 'pronoun', type: 'PER', source: 'pronoun', role: 'latter', norm: v.key });
        break;
      }
      if (HIS_COUNTRY.has(v.key)) {
        out.push({ start: v.start, end: tok.end, t0: i, t1: i + 1, kind: 'pronoun', type: 'GPE', source: 'pronoun', role: 'his_country', norm: v.key });
        break;
      }
    }
  }
  return out;
}
