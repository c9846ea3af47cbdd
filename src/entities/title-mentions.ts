// Titles: «وزير الخارجية الروسي», «الزعيم الكوري الشمالي», «زعيم كوريا
// الشمالية», «المتحدث باسم طالبان», «نائب رئيس الشرطة», «نظيرته الكورية
// الشمالية». A title records its office (role) and whose office it is
// (country or organisation), so that clustering can resolve it to a person.
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { isBreak } from './context.js';
import { matchPhrase } from './phrase-index.js';
import { keyOf, variants } from './words.js';
import type { TitleInfo } from './lexicons.js';

const STOP_OF = new Set(['في', 'علي', 'من', 'الي', 'عن', 'ان', 'إن', 'قد', 'التي', 'الذي', 'الذين', 'مع', 'حول', 'خلال', 'بعد', 'قبل', 'منذ', 'حيث', 'لكن', 'كما', 'او']);

/** Extend a title over nationality adjectives and «السابق»-type words; returns the new end token and the country. */
function extendModifiers(ctx: DetectContext, j: number, of?: string): { j: number; of?: string } {
  for (let guard = 0; guard < 4; guard++) {
    const adj = ctx.adjAt.get(j);
    if (adj) {
      of = of ?? adj.entry.id;
      j = adj.t1;
      continue;
    }
    if (ctx.lex.titleAfter.has(keyOf(ctx.tokens[j]))) {
      j++;
      continue;
    }
    break;
  }
  return { j, of };
}

function orgKeyOf(ctx: DetectContext, t: number): string | undefined {
  const h = ctx.hitAt.get(t);
  if (!h || h.kind !== 'name') return undefined;
  const e = h.entry;
  if (e.category === 'country') return e.id;
  return e.key ?? e.id;
}

interface TitleSpan {
  t1: number;
  role: string;
  of?: string;
}

function titleAt(ctx: DetectContext, i: number, depth = 0): (TitleSpan & { start: number; definite: boolean; info: TitleInfo }) | null {
  const m = matchPhrase(ctx.tokens, i, ctx.lex.titles);
  if (!m) return null;
  const info = m.data;
  let j = m.t1;
  let role = info.role;
  let of: string | undefined;
  const tokens = ctx.tokens;
  if (info.of) {
    // «المتحدث باسم X»: X is a KB name or a short definite noun phrase
    const whose = orgKeyOf(ctx, j);
    const h = ctx.hitAt.get(j);
    if (h && h.kind === 'name') {
      of = whose;
      j = h.t1;
    } else {
      let k = j;
      while (k < tokens.length && k - j < 4 && !isBreak(tokens[k]) && !STOP_OF.has(keyOf(tokens[k])) && !(k > j && keyOf(tokens[k]).startsWith('و'))) {
        const hk = ctx.hitAt.get(k);
        if (hk && hk.kind === 'adj') {
          of = of ?? hk.entry.id;
          k = hk.t1;
          continue;
        }
        if (hk && hk.kind === 'name') {
          of = of ?? orgKeyOf(ctx, k);
          k = hk.t1;
          continue;
        }
        // after the first word only definite words continue the phrase; a glued preposition ends it
        const kk = keyOf(tokens[k]);
        if (k > j && (!kk.startsWith('ال') || kk.startsWith('لل') || kk.startsWith('بال'))) break;
        k++;
      }
      j = k;
    }
  } else if (!m.definite && depth < 2) {
    // construct titles: «نائب رئيس الشرطة», «زعيم كوريا الشمالية», «وزير الصحة»
    const inner = titleAt(ctx, j, depth + 1);
    if (inner && (role === 'deputy' || role === 'minister' || role === 'president')) {
      role = role === 'deputy' ? 'deputy_' + inner.role : inner.role;
      of = inner.of;
      j = inner.t1;
    } else {
      const h = ctx.hitAt.get(j);
      if (h && h.kind === 'name' && (h.entry.category === 'country' || h.entry.key)) {
        of = orgKeyOf(ctx, j);
        j = h.t1;
      } else if (info.complement && tokens[j] && keyOf(tokens[j]).startsWith('ال') && !ctx.adjAt.has(j)) {
        const comp = keyOf(tokens[j]);
        if (role === 'minister') role = 'minister_' + comp.slice(2);
        j++;
      } else if (info.complement && !m.definite && role !== 'minister') {
        // a bare «رئيس» or «حاكم» without what it heads is not a title
        if (depth === 0 && !ctx.adjAt.has(j)) return null;
      }
    }
  }
  const ext = extendModifiers(ctx, j, of);
  return { t1: ext.j, role, of: ext.of, start: m.start, definite: m.definite, info };
}

export function titleMentions(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // «نظيره/نظيرته» (+ adjectives): the counterpart, resolved by apposition
    if (tokens[i].kind === 'word') {
      const cp = variants(tokens[i]).find((v) => ctx.lex.counterpart.has(v.key));
      if (cp) {
        const ext = extendModifiers(ctx, i + 1);
        const end = tokens[ext.j - 1].end;
        out.push({ start: cp.start, end, t0: i, t1: ext.j, kind: 'title', type: 'PER', source: 'title', role: 'counterpart', of: ext.of, norm: ctx.doc.text.slice(cp.start, end) });
        i = ext.j - 1;
        continue;
      }
    }
    const t = titleAt(ctx, i);
    if (!t || t.t1 <= i) continue;
    if (t.info.prefixOnly) continue;
    const end = tokens[t.t1 - 1].end;
    // «الأمين العام للأمم المتحدة»: the organisation follows with a glued ل, outside the title span
    let of = t.of;
    const next = ctx.hitAt.get(t.t1);
    if (!of && next && next.kind === 'name' && next.variant.prefix.includes('ل')) of = orgKeyOf(ctx, t.t1);
    // an indefinite spokesperson («متحدث باسم الحكومة») is an unnamed source, not a title
    const kind = !t.definite && t.role === 'spokesperson' ? 'nominal' : 'title';
    out.push({ start: t.start, end, t0: i, t1: t.t1, kind, type: 'PER', source: 'title', role: t.role, of, norm: ctx.doc.text.slice(t.start, end) });
    i = t.t1 - 1;
  }
  return out;
}
