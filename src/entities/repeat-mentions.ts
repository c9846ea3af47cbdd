// Mentions that repeat something already found: short forms of person
// names (تادلوك after كريستال تادلوك; كيم after كيم جونغ أون) and the outlet
// named in the article's header line (المدى).
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { looseKey } from '../text/normalize.js';
import { keyOf, variants } from './words.js';
import { nameKeys } from '../kb/surface.js';

export function shortFormMentions(ctx: DetectContext, names: Candidate[], occupied: Uint8Array): Candidate[] {
  const forms = new Set<string>();
  for (const c of names) {
    if (c.type !== 'PER' || c.kind !== 'name') continue;
    const parts = looseKey(c.norm).split(' ');
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    if (last.length >= 3) forms.add(last);
    if (parts.length === 3 && parts.every((p) => p.length <= 4)) forms.add(parts[0]);
  }
  const out: Candidate[] = [];
  if (!forms.size) return out;
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || tokens[i].kind !== 'word') continue;
    for (const v of variants(tokens[i])) {
      if (forms.has(v.key)) {
        out.push({ start: v.start, end: tokens[i].end, t0: i, t1: i + 1, kind: 'name', type: 'PER', source: 'short', norm: v.key });
        occupied[i] = 1;
        break;
      }
    }
  }
  return out;
}

/** The outlet (doc.meta.outlet) where it appears as words of the text, when the KB did not already find it. */
export function outletMentions(ctx: DetectContext, occupied: Uint8Array): Candidate[] {
  const outlet = ctx.doc.meta.outlet;
  if (!outlet) return [];
  const keys = nameKeys(outlet);
  if (!keys.length) return [];
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i + keys.length <= tokens.length; i++) {
    if (occupied[i]) continue;
    let ok = true;
    for (let j = 0; j < keys.length && ok; j++) if (keyOf(tokens[i + j]) !== keys[j]) ok = false;
    if (!ok) continue;
    const end = tokens[i + keys.length - 1].end;
    out.push({ start: tokens[i].start, end, t0: i, t1: i + keys.length, kind: 'name', type: 'ORG', source: 'outlet', norm: outlet });
    for (let j = i; j < i + keys.length; j++) occupied[j] = 1;
  }
  return out;
}
