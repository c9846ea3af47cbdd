// Nominal mentions: unnamed sources and groups («مصادر دبلوماسية»,
// «مسؤول بالشرطة الأفغانية», «وسائل إعلام روسية»), governments standing for
// their country («القيادة الروسية», «حكومة كيم», «السلطات»), definite
// anaphors («الوكالة», «المنظمة», «البلاد») and descriptor phrases before a
// known name («وكالة الأنباء الروسية الرسمية تاس»).
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { isBreak } from './context.js';
import { matchPhrase } from './phrase-index.js';
import { keyOf, variants, withoutArticle } from './words.js';

const QUANT_BEFORE = new Set(['ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره', 'عده', 'بعض', 'اثنان', 'اثنين']);

/** Extend over modifiers, nationality adjectives and a glued ب-phrase («بالشرطة الأفغانية»). */
function extendNominal(ctx: DetectContext, j: number): { j: number; mods: string[]; of?: string } {
  const mods: string[] = [];
  let of: string | undefined;
  const tokens = ctx.tokens;
  for (let guard = 0; guard < 5 && j < tokens.length; guard++) {
    const adj = ctx.adjAt.get(j);
    if (adj) {
      of = of ?? adj.entry.id;
      mods.push(adj.entry.id);
      j = adj.t1;
      continue;
    }
    const k = keyOf(tokens[j]);
    if (ctx.lex.modifiers.has(k)) {
      mods.push(withoutArticle(k));
      j++;
      continue;
    }
    // «مسؤول بالشرطة …», «مسؤول بارز بالمخابرات»: a ب+article word
    if (k.startsWith('بال') && k.length > 4 && tokens[j].kind === 'word') {
      mods.push(k.slice(1));
      j++;
      continue;
    }
    break;
  }
  return { j, mods, of };
}

export function nominalMentions(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word') continue;
    // descriptor + modifiers + KB name: «وكالة الأنباء الروسية الرسمية تاس» (the nominal part)
    const d = matchPhrase(tokens, i, ctx.lex.descriptors);
    if (d) {
      const ext = extendNominal(ctx, d.t1);
      const h = ctx.hitAt.get(ext.j);
      if (h && h.kind === 'name' && ext.j > d.t1 && h.entry.type === 'ORG') {
        const end = tokens[ext.j - 1].end;
        out.push({ start: d.start, end, t0: i, t1: ext.j, kind: 'nominal', type: 'ORG', source: 'nominal', entry: h.entry, norm: text.slice(d.start, end) });
        i = ext.j - 1;
        continue;
      }
    }
    // «العاصمة الأفغانية»: the capital of the adjective's country
    if (variants(tok).some((v) => v.key === 'العاصمه')) {
      const adj = ctx.adjAt.get(i + 1);
      const country = adj ? ctx.kb.byKey.get(adj.entry.id) : undefined;
      const capital = country?.capital ? ctx.kb.byId.get(country.capital) : undefined;
      if (adj && capital) {
        const v = variants(tok).find((x) => x.key === 'العاصمه')!;
        const end = tokens[adj.t1 - 1].end;
        out.push({ start: v.start, end, t0: i, t1: adj.t1, kind: 'nominal', type: 'GPE', source: 'nominal', entry: capital, norm: text.slice(v.start, end) });
        i = adj.t1 - 1;
        continue;
      }
    }
    // definite anaphors: «الوكالة», «الوكالة الكورية», «المنظمة», «البلاد»
    let anaphor = null as null | { start: number; categories: string[] };
    for (const v of variants(tok)) {
      const a = ctx.lex.anaphors.get(v.key);
      if (a) {
        anaphor = { start: v.start, categories: a.categories };
        break;
      }
    }
    if (anaphor && !ctx.hitAt.has(i)) {
      // a descriptor before a name («الوكالة المركزية…») is not an anaphor: the KB hit covers it
      const ext = extendNominal(ctx, i + 1);
      const nextHit = ctx.hitAt.get(ext.j);
      if (!(nextHit && nextHit.kind === 'name' && nextHit.entry.type === 'ORG')) {
        const end = tokens[ext.j - 1].end;
        const type = anaphor.categories.includes('country') || anaphor.categories.includes('kingdom') ? 'GPE' : 'ORG';
        out.push({ start: anaphor.start, end, t0: i, t1: ext.j, kind: 'nominal', type, source: 'anaphor', categories: anaphor.categories, of: ext.of, norm: text.slice(anaphor.start, end) });
        i = ext.j - 1;
        continue;
      }
    }
    // governments: «الحكومة التركية», «القيادة الروسية», «حكومة كيم», «السلطات»
    const gv = variants(tok).find((v) => ctx.lex.government.has(v.key));
    if (gv) {
      const ext = extendNominal(ctx, i + 1);
      let of = ext.of;
      let j = ext.j;
      const h = ctx.hitAt.get(i + 1);
      if (!of && h && h.kind === 'name' && !gv.key.startsWith('ال')) {
        if (h.entry.category === 'country') of = h.entry.id;
        else if (h.entry.type === 'PER' && h.entry.roles?.length) of = h.entry.roles[0].of;
        else if (h.entry.type === 'PER') of = 'PERSON:' + h.entry.id;
        if (of) j = i + 2 > h.t1 ? i + 2 : h.t1;
      } else if (!of && !gv.key.startsWith('ال') && tokens[i + 1]?.kind === 'word') {
        // «حكومة كيم»: a person's government; clustering finds whose country once names are known
        const k = keyOf(tokens[i + 1]);
        if (!k.startsWith('ال') && !ctx.lex.stopwords.has(k) && !ctx.lex.modifiers.has(k)) {
          of = 'NAME@' + (i + 1);
          j = i + 2;
        }
      }
      const bare = gv.key === 'السلطات' || gv.key === 'الحكومه';
      if (of || bare) {
        const end = tokens[j - 1].end;
        out.push({ start: gv.start, end, t0: i, t1: j, kind: 'nominal', type: 'GPE', source: 'government', of, norm: text.slice(gv.start, end) });
        i = j - 1;
        continue;
      }
    }
    // unnamed sources and groups
    const g = matchPhrase(tokens, i, ctx.lex.groups);
    if (g) {
      const ext = extendNominal(ctx, g.t1);
      if (g.data.needsModifier && ext.mods.length === 0) continue;
      let s = g.start;
      let t0 = i;
      const prevKey = keyOf(tokens[i - 1]);
      if (i > 0 && QUANT_BEFORE.has(prevKey) && !isBreak(tokens[i - 1])) {
        s = tokens[i - 1].start;
        t0 = i - 1;
      }
      const end = tokens[ext.j - 1].end;
      const head = withoutArticle(g.variant.key);
      out.push({
        start: s, end, t0, t1: ext.j, kind: 'nominal', type: g.data.type, source: 'nominal', of: ext.of,
        norm: [head, ...ext.mods].join(' '), en: g.data.en, categories: g.definite ? ['definite'] : [],
      });
      i = ext.j - 1;
    }
  }
  return out;
}
