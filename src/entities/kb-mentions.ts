// Mentions straight from the knowledge base: names, capitals (as places or,
// in actor position, as metonyms for their country), other metonyms, and
// weak names (الجزيرة، العربية…) only after a descriptor such as «قناة».
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import type { GazHit } from './gazetteer-hits.js';
import { keyOf, withoutArticle } from './words.js';
import { looseKey } from '../text/normalize.js';
import { matchPhrase } from './phrase-index.js';

// words before a capital that make it a place rather than an actor
const PLACE_BEFORE = new Set(['في', 'الي', 'الى', 'من', 'قرب', 'داخل', 'خارج', 'حول', 'نحو', 'عاصمه', 'العاصمه', 'مدينه', 'زار', 'يزور', 'تزور', 'زياره', 'وصل', 'وصلت', 'يصل', 'غادر', 'غادرت', 'توجه', 'سافر', 'بين', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

function capitalIsPlace(ctx: DetectContext, h: GazHit): boolean {
  // a preposition glued to the word (بموسكو، لبكين) marks a place; a conjunction does not
  if (/[بل]$/.test(h.variant.prefix)) return true;
  const prev = ctx.tokens[h.t0 - 1];
  if (prev && prev.kind === 'punct' && prev.text === '،') {
    // apposition «العاصمة الصينية، بكين»
    const p2 = ctx.tokens[h.t0 - 2];
    const k2 = keyOf(p2);
    if (ctx.adjAt.has(h.t0 - 2) || k2.endsWith('عاصمه')) return true;
  }
  // «العاصمة الأفغانية كابل», «عاصمة ولاية كولورادو»
  for (let b = h.t0 - 1; b >= Math.max(0, h.t0 - 3); b--) if (keyOf(ctx.tokens[b]).endsWith('عاصمه')) return true;
  let k = keyOf(prev);
  if (k.startsWith('و') && k.length > 2 && !PLACE_BEFORE.has(k)) k = k.slice(1);
  if (PLACE_BEFORE.has(k)) {
    // «بين واشنطن وأنقرة» is about relations between governments
    return k !== 'بين';
  }
  return false;
}

const OPENERS = new Set(['"', '«', '(', '“', "'"]);

function descriptorBefore(ctx: DetectContext, t0: number): boolean {
  // «وكالة "الأناضول"», «وكالة الأنباء السورية (سانا)»
  let end = t0;
  if (OPENERS.has(ctx.tokens[t0 - 1]?.text ?? '')) end = t0 - 1;
  for (let s = Math.max(0, end - 5); s < end; s++) {
    const m = matchPhrase(ctx.tokens, s, ctx.lex.descriptors);
    if (m && (m.t1 === end || (end < t0 && m.t1 < end && ctx.tokens[end].text === '('))) return true;
  }
  return false;
}

export function kbMentions(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const h of ctx.hitAt.values()) {
    if (h.kind === 'adj') continue;
    const e = h.entry;
    const outlet = ctx.doc.meta.outlet;
    if (h.weak && !descriptorBefore(ctx, h.t0) && !(outlet && withoutArticle(h.variant.key) === withoutArticle(looseKey(outlet)))) continue;
    const base = { start: h.start, end: h.end, t0: h.t0, t1: h.t1, norm: ctx.doc.text.slice(h.start, h.end) };
    if (h.kind === 'metonym') {
      out.push({ ...base, kind: 'metonym', type: e.type, source: 'kb', entry: e });
    } else if (e.category === 'capital' && e.country && !capitalIsPlace(ctx, h)) {
      const country = ctx.kb.byId.get(e.country);
      if (country) out.push({ ...base, kind: 'metonym', type: 'GPE', source: 'kb', entry: country });
      else out.push({ ...base, kind: 'name', type: e.type, source: 'kb', entry: e });
    } else {
      out.push({ ...base, kind: 'name', type: e.type, source: 'kb', entry: e });
    }
  }
  return out;
}
