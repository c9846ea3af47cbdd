// Organisation names built from a head noun and what follows it, for the
// many bodies no KB lists: ministries («وزارة الخارجية الروسية», and
// «الخارجية الصينية» with the head left out), parties («حزب النهضة»,
// «حزب نداء تونس») and institutions whose head is followed by definite
// modifiers («الهيئة المستقلة للانتخابات», «لجنة التحقيق»). A head with
// only a nationality adjective («محكمة تشيكية») stays a nominal.
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { isBreak } from './context.js';
import { keyOf, variants, withoutArticle, type WordVariant } from './words.js';

export type OrgHeadKind = 'ministry' | 'party' | 'institution';

const MAX_WORDS = 6;

interface Span {
  t1: number;
  /** nationality adjective's country, when one closes the name */
  of?: string;
  /** keys of the words after the head (for the clustering key and short forms) */
  rest: string[];
}

/** Tokens a name may not run into: dates and times («الأربعاء», «اليوم»). */
function timeTokens(ctx: DetectContext): Uint8Array {
  const out = new Uint8Array(ctx.tokens.length);
  const times = ctx.doc.times;
  if (!times.length) return out;
  let k = 0;
  for (let i = 0; i < ctx.tokens.length && k < times.length; i++) {
    const t = ctx.tokens[i];
    while (k < times.length && times[k].end <= t.start) k++;
    if (k < times.length && times[k].start < t.end) out[i] = 1;
  }
  return out;
}

function isDefiniteWord(key: string): boolean {
  return key.startsWith('ال') && key.length > 3;
}

/** Definite modifiers, «و»-joined definite words, one «لل…» phrase, then a nationality adjective. */
function definiteTail(ctx: DetectContext, j: number, stopAt: Uint8Array, needDefinite: boolean, takeAdjective = true): Span | null {
  const tokens = ctx.tokens;
  const rest: string[] = [];
  const start = j;
  let sawL = false;
  while (j < tokens.length && j - start < MAX_WORDS && tokens[j].kind === 'word' && !stopAt[j]) {
    if (ctx.adjAt.has(j)) break;
    const h = ctx.hitAt.get(j);
    if (h && h.kind !== 'adj') {
      // a city inside the name («فيلق القدس», «مجلس محافظة دمشق»), never a country or an organisation
      if (h.kind === 'name' && (h.entry.type === 'GPE' || h.entry.type === 'LOC') && h.entry.category !== 'country' && !sawL && h.variant.prefix === '') {
        for (let t = j; t < h.t1; t++) rest.push(keyOf(tokens[t]));
        j = h.t1;
        break;
      }
      break;
    }
    const k = keyOf(tokens[j]);
    if (ctx.lex.stopwords.has(k) || ctx.lex.titleAfter.has(k) || ctx.lex.orgStop.has(k)) break;
    if (isDefiniteWord(k) && !sawL) {
      rest.push(k);
      j++;
      continue;
    }
    // «والتنمية», «والجمارك»: a definite word joined by و continues the name
    if (rest.length && k.startsWith('وال') && k.length > 4 && !sawL && !ctx.lex.orgHeads.has(k.slice(3))) {
      rest.push(k.slice(1));
      j++;
      continue;
    }
    // «الجمارك وحماية الحدود»: «و» + a construct word + a definite word
    const nk = keyOf(tokens[j + 1]);
    if (rest.length && !sawL && k.startsWith('و') && k.length > 3 && !k.startsWith('وال') && isDefiniteWord(nk) && tokens[j + 1]?.kind === 'word' && !stopAt[j + 1] && !ctx.hitAt.has(j + 1) && !ctx.lex.orgHeads.has(k.slice(1)) && !ctx.lex.stopwords.has(k.slice(1))) {
      rest.push(k.slice(1), nk);
      j += 2;
      continue;
    }
    // «للانتخابات», «لحقوق الإنسان»
    if (rest.length && !sawL && (k.startsWith('لل') || (k.startsWith('ل') && isDefiniteWord(keyOf(tokens[j + 1])))) && k.length > 3) {
      sawL = true;
      rest.push(k);
      j++;
      continue;
    }
    if (sawL && isDefiniteWord(k) && rest[rest.length - 1].startsWith('ل') && !rest[rest.length - 1].startsWith('لل')) {
      rest.push(k);
      j++;
      continue;
    }
    break;
  }
  if (needDefinite && !rest.length) return null;
  let of: string | undefined;
  const adj = ctx.adjAt.get(j);
  if (adj && rest.length && takeAdjective) {
    of = adj.entry.id;
    j = adj.t1;
  }
  return { t1: j, of, rest };
}

/** «حزب نداء تونس», «حزب النهضة», «حزب الاتحاد الديمقراطي». */
function partyTail(ctx: DetectContext, j: number, stopAt: Uint8Array): Span | null {
  const tokens = ctx.tokens;
  const first = tokens[j];
  if (!first || first.kind !== 'word' || stopAt[j]) return null;
  const k = keyOf(first);
  if (ctx.lex.stopwords.has(k) || ctx.lex.orgStop.has(k)) return null;
  // «حزب النهضة» even when «التونسي» follows: a party's name leaves its nationality out
  if (isDefiniteWord(k)) return definiteTail(ctx, j, stopAt, true, false);
  if (ctx.hitAt.has(j) || /^[وفبلك]/.test(k) && k.length <= 3) return null;
  // an indefinite first word needs what it is construct to: a KB name or a definite word
  const next = tokens[j + 1];
  if (!next || next.kind !== 'word' || stopAt[j + 1]) return null;
  const h = ctx.hitAt.get(j + 1);
  if (h && h.kind === 'name') return { t1: h.t1, rest: [k, ...ctx.tokens.slice(j + 1, h.t1).map((t) => keyOf(t))] };
  const nk = keyOf(next);
  if (isDefiniteWord(nk) && !ctx.lex.stopwords.has(nk) && !ctx.adjAt.has(j + 1)) return { t1: j + 2, rest: [k, nk] };
  return null;
}

function headAt(ctx: DetectContext, i: number): { v: WordVariant; kind: OrgHeadKind; definite: boolean } | null {
  for (const v of variants(ctx.tokens[i])) {
    const bare = withoutArticle(v.key);
    const kind = ctx.lex.orgHeads.get(bare);
    if (kind) return { v, kind, definite: bare !== v.key };
  }
  return null;
}

export function orgPatternMentions(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  const text = ctx.doc.text;
  const stopAt = timeTokens(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word' || stopAt[i]) continue;
    const known = ctx.hitAt.get(i);
    if (known && known.kind !== 'adj') {
      i = known.t1 - 1;
      continue;
    }
    const head = headAt(ctx, i);
    let span: Span | null = null;
    let start = tok.start;
    let kind: OrgHeadKind | undefined;
    if (head) {
      kind = head.kind;
      start = head.v.start;
      if (head.kind === 'party') span = head.definite ? null : partyTail(ctx, i + 1, stopAt);
      else if (!head.definite || head.kind === 'institution') {
        // «قوات الحرس الجمهوري»: the name is the inner head's
        const inner = i + 1 < tokens.length ? headAt(ctx, i + 1) : null;
        if (inner && inner.definite && inner.kind === 'institution') continue;
        // units keep their nationality outside the name: «فيلق القدس الإيراني», «القوات الشعبية السورية»
        const military = ctx.lex.militaryHeads.has(withoutArticle(head.v.key));
        span = definiteTail(ctx, i + 1, stopAt, true, !military);
      }
      // a definite head needs a definite adjective that is not a nationality («الهيئة المستقلة»), not just «الوزارة»
      if (span && head.definite && span.rest.length === 0) span = null;
    } else {
      // «الخارجية الصينية», «الدفاع الروسي»: a ministry named by its domain and a nationality adjective
      for (const v of variants(tok)) {
        if (!ctx.lex.ministryDomains.has(v.key)) continue;
        const adj = ctx.adjAt.get(i + 1);
        if (adj && !isBreak(tokens[i + 1])) {
          kind = 'ministry';
          start = v.start;
          span = { t1: adj.t1, of: adj.entry.id, rest: [v.key] };
        }
        break;
      }
    }
    if (!span || !kind || span.t1 <= i + 1) continue;
    // «القوات المسلحة», «القوات الجوية»: a military head with common modifiers only is a nominal
    if (head && ctx.lex.militaryHeads.has(withoutArticle(head.v.key)) && span.rest.every((r) => ctx.lex.modifiers.has(r) || ctx.lex.militaryGeneric.has(r))) continue;
    // a descriptor before a KB name («وكالة الأنباء الروسية الرسمية تاس») is the nominal detector's
    let a = span.t1;
    while (a < tokens.length && ctx.lex.modifiers.has(keyOf(tokens[a]))) a++;
    const after = ctx.hitAt.get(a);
    if (after && after.kind === 'name' && after.entry.type === 'ORG' && kind === 'institution') continue;
    const end = tokens[span.t1 - 1].end;
    const domain = span.rest[0] ?? '';
    const domainEn = kind === 'ministry' ? ctx.lex.ministryDomains.get(domain) : undefined;
    const country = span.of ? ctx.kb.byKey.get(span.of)?.name_en : undefined;
    const en = domainEn ? (country ? `${domainEn} of ${country}` : domainEn) : undefined;
    const key = kind === 'ministry' ? `ministry:${domain}@${span.of ?? ''}` : `org:${kind}:${span.rest.join(' ')}${span.of ? '@' + span.of : ''}`;
    out.push({
      start, end, t0: i, t1: span.t1, kind: 'name', type: 'ORG', source: 'org', key, of: span.of,
      norm: text.slice(start, end), short: kind === 'party' ? span.rest : undefined, role: kind, en,
    });
    i = span.t1 - 1;
  }
  resolveMinistryCountries(out);
  return out;
}

/** «وزارة الخارجية» with no adjective is the one ministry of that domain the article names with a country. */
function resolveMinistryCountries(cands: Candidate[]): void {
  const countries = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.role !== 'ministry' || !c.of) continue;
    const d = c.key!.split('@')[0];
    let s = countries.get(d);
    if (!s) countries.set(d, (s = new Set()));
    s.add(c.of);
  }
  for (const c of cands) {
    if (c.role !== 'ministry' || c.of) continue;
    const d = c.key!.split('@')[0];
    const s = countries.get(d);
    if (s && s.size === 1) {
      const of = [...s][0];
      c.key = d + '@' + of;
      c.of = of;
    }
  }
}

/** Later bare mentions of a party's name: «النهضة» after «حزب النهضة». */
export function orgShortForms(ctx: DetectContext, orgs: Candidate[], occupied: Uint8Array): Candidate[] {
  const forms: Array<{ keys: string[]; of: Candidate }> = [];
  for (const c of orgs) if (c.short && c.short.length && c.short.join('').length >= 4) forms.push({ keys: c.short, of: c });
  const out: Candidate[] = [];
  if (!forms.length) return out;
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || tokens[i].kind !== 'word') continue;
    match: for (const f of forms) {
      for (const v of variants(tokens[i])) {
        if (v.key !== f.keys[0]) continue;
        for (let j = 1; j < f.keys.length; j++) if (keyOf(tokens[i + j]) !== f.keys[j]) continue match;
        const t1 = i + f.keys.length;
        const end = tokens[t1 - 1].end;
        out.push({ start: v.start, end, t0: i, t1, kind: 'name', type: 'ORG', source: 'org', key: f.of.key, norm: ctx.doc.text.slice(v.start, end) });
        for (let k = i; k < t1; k++) occupied[k] = 1;
        i = t1 - 1;
        break match;
      }
    }
  }
  return out;
}
