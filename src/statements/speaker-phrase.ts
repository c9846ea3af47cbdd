// A speaker noun phrase that no entity covers, read in a speaker or relay
// slot (right after a reporting verb, before it, after «عن», after «بحسب ما
// أفاد»): a head from the speaker lexicon («مصدر», «متحدثة», «وكالة») with
// its adjectives, genitives and a few prepositional phrases («مسؤول كبير
// بالبيت الأبيض», «المتحدث باسم الوزارة»), a news-medium name («سانا»), or a
// person's name recognised by its position (before «، القيادي في…», after a
// title). `speakerEntity` turns the phrase into an entity id: an earlier
// entity for an anaphor («الوكالة», «المصدر»), an entity with the same name,
// or a new one.
import type { EntityType, MentionKind } from '../model/analysis.js';
import { normalize } from '../text/normalize.js';
import { transliterate } from '../kb/translit.js';
import type { Token } from '../text/tokenize.js';
import { isPunct, type ScanContext } from './scan-context.js';
import type { GrammaticalNumber } from './mention-index.js';
import { loadSpeakerLexicon, type SpeakerHead, type SpeakerLexicon } from './speaker-lexicon.js';
import { addMentions, createEntity, type NewMention } from './new-entities.js';

export interface SpeakerPhrase {
  /** token range (inclusive) the phrase covers, appositions included */
  first: number;
  last: number;
  /** the mention span */
  start: number;
  end: number;
  kind: MentionKind;
  type: EntityType;
  gender: 'm' | 'f';
  number: GrammaticalNumber;
  media: boolean;
  name: string;
  en?: string;
  /** a bare definite head («الوكالة»): refers back */
  anaphoric: boolean;
  head: SpeakerHead | null;
  /** further mentions: a quoted name after a medium head, a title apposition */
  extra: NewMention[];
  /** «مراسل سكاي نيوز»: the medium the speaker works for */
  medium?: string;
  /** the phrase names an entity that exists already («وكالة "رويترز"» with «رويترز» known) */
  known?: string;
}

const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'حول', 'خلال', 'بعد', 'قبل', 'عند', 'امام', 'منذ', 'ضد', 'نحو', 'لدي', 'ل', 'لـ', 'ب', 'بـ', 'عبر', 'اثناء', 'وسط', 'تجاه', 'بين', 'الا', 'حتي']);
// adjectives that are not nisbas but often qualify unnamed sources
const ADJECTIVES = new Set(['كبير', 'كبيرة', 'كبار', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'مطلع', 'مطلعة', 'مطلعون', 'مطلعين', 'مقرب', 'مقربة', 'مقربون', 'مقربين', 'اخر', 'اخرون', 'اخرين', 'اخري', 'رسمي', 'رسمية', 'مسؤول', 'مسؤولة', 'سابق', 'سابقة', 'سابقون', 'سابقين', 'حكومي', 'حكومية', 'امني', 'امنية', 'عسكري', 'عسكرية', 'محلي', 'محلية', 'مجهول', 'مجهولة']);

const lexOf = (ctx: ScanContext): SpeakerLexicon => ctx.lex.speakers ?? loadSpeakerLexicon();

function wordAt(ctx: ScanContext, k: number): string | null {
  const t = ctx.toks[k];
  return t && (t.kind === 'word' || t.kind === 'latin') ? t.norm : null;
}

/** Is token k usable as part of a phrase (a word no entity covers)? */
const free = (ctx: ScanContext, k: number): boolean => !!wordAt(ctx, k) && !ctx.mi.at[k];

function isNisba(w: string): boolean {
  return w.length > 3 && /(ي|ية|يون|يين|يان|يتان|يه)$/.test(w) && !/^(في|الي|علي|لدي|حتي|الذي|التي)$/.test(w);
}

function stopWord(ctx: ScanContext, w: string): boolean {
  const words = ctx.lex.words;
  return PREPOSITIONS.has(w) || words.complementizers.has(w) || words.fillersAfterCue.has(w) || words.relativeBeforeCue.has(w) ||
    words.openersBeforeSubject.has(w) || ctx.lex.forms.has(w) || (ctx.lex.stopwords?.has(w) ?? false);
}

/** A news-medium name at token k (longest match), with the token range. */
export function agencyAt(ctx: ScanContext, k: number, clitic = false): { last: number; en: string; skip: number } | null {
  const t = ctx.toks[k];
  if (!t || (t.kind !== 'word' && t.kind !== 'latin')) return null;
  const facts = ctx.facts[k];
  const n = clitic ? facts.agencies.length : facts.plainAgencies;
  for (let c = 0; c < n; c++) {
    const [a, skip] = facts.agencies[c];
    let ok = true;
    for (let x = 1; x < a.words.length && ok; x++) if (ctx.toks[k + x]?.norm.toLowerCase() !== a.words[x]) ok = false;
    if (ok) return { last: k + a.words.length - 1, en: a.en, skip };
  }
  return null;
}

function headAt(ctx: ScanContext, k: number): { head: SpeakerHead; last: number } | null {
  const w = wordAt(ctx, k);
  if (!w) return null;
  for (const h of lexOf(ctx).heads.get(w) ?? []) {
    let ok = true;
    for (let x = 1; x < h.words.length && ok; x++) if (ctx.toks[k + x]?.norm !== h.words[x]) ok = false;
    if (ok) return { head: h, last: k + h.words.length - 1 };
  }
  return null;
}

/** «أحد مسؤوليهم», «بعض المسؤولين»: the head after a quantifier. */
function quantified(ctx: ScanContext, k: number): { head: SpeakerHead; last: number } | null {
  const w = wordAt(ctx, k);
  if (!w || ctx.mi.at[k]) return null;
  const direct = headAt(ctx, k);
  if (direct && direct.head.type === 'PER' && !direct.head.quantifier) return direct;
  for (const suf of ['هم', 'ها', 'ه', 'نا', 'هما']) {
    if (!w.endsWith(suf) || w.length - suf.length < 4) continue;
    const bare = w.slice(0, -suf.length);
    const h = lexOf(ctx).heads.get(bare)?.find((x) => x.words.length === 1 && x.type === 'PER' && !x.quantifier);
    if (h) return { head: h, last: k };
  }
  return null;
}

/** Words of a person's name at k..: 2-3 words, the first without the article. */
function nameWords(ctx: ScanContext, k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 3 && free(ctx, j)) {
    const w = ctx.toks[j].norm;
    if (stopWord(ctx, w) || /^(ل|ب)ال/.test(w) || /^و/.test(w) && j > k) break;
    if (j === k && (w.startsWith('ال') || w.length < 2)) return -1;
    if (lexOf(ctx).nameTitles.has(w) || headAt(ctx, j)) break;
    j++;
  }
  return j - k >= 2 ? j - 1 : -1;
}

/** Where a name ends: the next token closes the phrase. */
function boundary(ctx: ScanContext, j: number, limit: number): boolean {
  if (j >= limit) return true;
  const t = ctx.toks[j];
  if (t.kind === 'punct') return true;
  const w = t.norm;
  return ctx.lex.words.complementizers.has(w) || ctx.lex.words.fillersAfterCue.has(w) || PREPOSITIONS.has(w) ||
    /^(ل|ب)/.test(w) && w.length > 3 || ctx.lex.forms.has(w) || ctx.lex.forms.has(w.slice(1));
}

/** A title apposition after a comma: «، القيادي في حزب النهضة،». Returns its last token or -1. */
function titleApposition(ctx: ScanContext, comma: number, limit: number): number {
  if (!isPunct(ctx.toks[comma], ',')) return -1;
  const t = ctx.toks[comma + 1];
  if (!t || !(lexOf(ctx).nameTitles.has(t.norm) || headAt(ctx, comma + 1)?.head.type === 'PER')) return -1;
  let j = comma + 1;
  while (j + 1 < limit && j - comma < 10 && !isPunct(ctx.toks[j + 1]) && !ctx.lex.words.complementizers.has(ctx.toks[j + 1].norm) && !ctx.lex.words.fillersAfterCue.has(ctx.toks[j + 1].norm)) j++;
  return j;
}

export interface PhraseOptions {
  /** a person's name may stand here (the subject slot) */
  names: boolean;
}

/** Parse a speaker phrase starting at token k (exclusive limit). */
export function parseSpeakerPhrase(ctx: ScanContext, k: number, limit: number, opts: PhraseOptions): SpeakerPhrase | null {
  if (k >= limit || !free(ctx, k) && !isPunct(ctx.toks[k], '"', '«', '“')) return null;
  const { toks } = ctx;
  // a medium's name, possibly quoted: «"رويترز"», «سانا»
  const q = isPunct(toks[k], '"', '«', '“') ? 1 : 0;
  const ag = agencyAt(ctx, k + q);
  if (ag && !ctx.mi.at[k + q]) {
    const last = q && isPunct(toks[ag.last + 1], '"', '»', '”') ? ag.last + 1 : ag.last;
    const name = ctx.text.slice(toks[k + q].start, toks[ag.last].end);
    return { first: k, last, start: toks[k + q].start, end: toks[ag.last].end, kind: 'name', type: 'ORG', gender: 'f', number: 'sg', media: true, name, en: ag.en, anaphoric: false, head: null, extra: [] };
  }
  if (q) return null;
  // a person's name before a title apposition: «لطفي زيتون، القيادي في…»
  if (opts.names) {
    const nl = nameWords(ctx, k, limit);
    if (nl >= 0) {
      const app = titleApposition(ctx, nl + 1, limit);
      if (app >= 0) {
        const fem = /ة$/.test(toks[nl + 2].norm);
        const extra: NewMention[] = [{ start: toks[nl + 2].start, end: toks[app].end, kind: 'title' }];
        const name = ctx.text.slice(toks[k].start, toks[nl].end);
        return { first: k, last: app, start: toks[k].start, end: toks[nl].end, kind: 'name', type: 'PER', gender: fem ? 'f' : 'm', number: 'sg', media: false, name, en: transliterate(name), anaphoric: false, head: null, extra };
      }
    }
  }
  let found = headAt(ctx, k);
  if (!found) return null;
  let { head } = found;
  let j = found.last + 1;
  let number: GrammaticalNumber = head.number === 'du' ? 'pl' : head.number;
  if (head.quantifier) {
    const inner = quantified(ctx, j);
    if (!inner) return null;
    head = { ...inner.head, number: head.words[0] === 'بعض' || head.words[0] === 'البعض' ? inner.head.number : 'sg', gender: head.gender };
    number = head.number === 'du' ? 'pl' : head.number;
    j = inner.last + 1;
  }
  const definite = ctx.toks[k].norm.startsWith('ال');
  let modifiers = 0;
  let medium: string | undefined;
  const extra: NewMention[] = [];
  let last = j - 1;
  while (j < limit && j - k < 9) {
    const t = toks[j];
    // a quoted or bracketed name after a medium head: «وكالة الأنباء السورية "سانا"», «(سانا)»
    if (head.media && isPunct(t, '"', '«', '“', '(')) {
      const kn = ctx.mi.at[j + 1];
      if (kn && kn.entity.type === 'ORG') {
        let e = j + 1;
        while (e + 1 < limit && ctx.mi.at[e + 1]?.entity.id === kn.entity.id) e++;
        if (isPunct(toks[e + 1], '"', '»', '”', ')')) e++;
        return { first: k, last: e, start: toks[k].start, end: toks[j - 1].end, kind: 'nominal', type: 'ORG', gender: head.gender, number: 'sg', media: true, name: kn.entity.name, anaphoric: false, head, extra: [], known: kn.entity.id };
      }
      const ag2 = agencyAt(ctx, j + 1);
      const closeTok = ag2 ? ag2.last + 1 : -1;
      let n = j + 1;
      while (!ag2 && n < limit && n - j <= 4 && !isPunct(toks[n])) n++;
      const close = ag2 ? closeTok : n;
      if (close < limit && close > j + 1 && isPunct(toks[close], '"', '»', '”', ')')) {
        extra.push({ start: toks[j + 1].start, end: toks[close - 1].end, kind: 'name' });
        last = close;
      }
      break;
    }
    const hit = ctx.mi.at[j];
    // «مسؤولان بالمخابرات الأميركية»: a prepositional phrase on an institution the entities layer knows
    if (hit && !head.media && hit.entity.type !== 'PER' && /^(ب|في)/.test(t.norm) && hit.mention.start > t.start && /^بال/.test(t.norm)) {
      let e = j;
      while (e + 1 < limit && ctx.mi.at[e + 1]?.entity.id === hit.entity.id) e++;
      last = e;
      j = e + 1;
      modifiers++;
      continue;
    }
    if (hit) {
      // «مراسل سكاي نيوز», «مصادر الجيش السوري»: a genitive that is an entity ends the phrase
      if (hit.entity.type !== 'PER' && hit.mention.start === t.start) {
        if (head.ofMedium || ctx.mi.info.get(hit.entity.id)?.media) medium = hit.entity.id;
        let e = j;
        while (e + 1 < limit && ctx.mi.at[e + 1]?.entity.id === hit.entity.id) e++;
        last = e;
        modifiers++;
      }
      break;
    }
    const w = wordAt(ctx, j);
    if (!w) break;
    // «متحدث باسم الخارجية», «مسؤول في وزارة…», «مسؤول كبير بالبيت الأبيض»
    if (w === 'باسم' || w === 'في' || (/^بال/.test(w) && lexOf(ctx).attachHeads.has(w.slice(1)))) {
      const obj = w === 'باسم' || w === 'في' ? j + 1 : j;
      const ow = wordAt(ctx, obj);
      const ok = w === 'باسم' || (ow && (lexOf(ctx).attachHeads.has(ow) || lexOf(ctx).attachHeads.has(ow.replace(/^ب/, '')))) || (ctx.mi.at[obj] && ctx.mi.at[obj]!.entity.type !== 'PER');
      if (!ok || head.media) break;
      j = obj;
      // the object and its own modifiers
      const oh = ctx.mi.at[j];
      if (oh) {
        while (j + 1 < limit && ctx.mi.at[j + 1]?.entity.id === oh.entity.id) j++;
      }
      last = j;
      j++;
      modifiers++;
      continue;
    }
    if (stopWord(ctx, w) || /^و/.test(w) && !headAt(ctx, j) || /^(ل|ب|ك)/.test(w) && !headAt(ctx, j)) break;
    if (w.startsWith('ال')) {
      // a definite genitive or adjective
      last = j;
      j++;
      modifiers++;
      continue;
    }
    if (!definite && (isNisba(w) || ADJECTIVES.has(w))) {
      last = j;
      j++;
      modifiers++;
      continue;
    }
    break;
  }
  // a person's name after the title: «المتحدث باسم الحزب عماد الخميري»
  if (opts.names && head.type === 'PER' && head.number === 'sg' && !head.quantifier) {
    const nl = nameWords(ctx, last + 1, limit);
    if (nl >= 0 && boundary(ctx, nl + 1, limit)) {
      const name = ctx.text.slice(toks[last + 1].start, toks[nl].end);
      return {
        first: k, last: nl, start: toks[last + 1].start, end: toks[nl].end, kind: 'name', type: 'PER', gender: head.gender, number: 'sg', media: false,
        name, en: transliterate(name), anaphoric: false, head: null, extra: [{ start: toks[k].start, end: toks[last].end, kind: 'title' }],
      };
    }
  }
  const start = toks[k].start;
  const end = toks[last].end;
  const anaphoric = head.anaphor && definite && modifiers === 0 && found.last === last;
  // «وكالة بلومبرغ»: a medium's head before its known name is that medium
  if (head.media && medium && !head.ofMedium) {
    return { first: k, last, start: toks[k].start, end: toks[k].end, kind: 'nominal', type: 'ORG', gender: head.gender, number: 'sg', media: true, name: '', anaphoric: false, head, extra: [], known: medium };
  }
  const quoted = extra.find((m) => m.kind === 'name');
  const name = quoted ? ctx.text.slice(quoted.start, quoted.end) : ctx.text.slice(start, end);
  return {
    first: k, last, start, end, kind: head.media && head.number === 'sg' && modifiers > 0 ? 'name' : 'nominal', type: head.type, gender: head.gender, number,
    media: head.media, name, en: quoted ? transliterate(name) : head.en, anaphoric, head, extra, medium,
  };
}

const bareHead = (s: string): string => {
  let w = normalize(s).trim().split(/\s+/)[0] ?? '';
  if (w.length > 3 && /^[وف]/.test(w)) w = w.slice(1);
  if (w.startsWith('لل')) w = w.slice(2);
  else if (/^[لب]ال/.test(w)) w = w.slice(3);
  else if (w.startsWith('ال')) w = w.slice(2);
  return w;
};

/** The entity an anaphoric head refers back to: the latest earlier mention with the same head (or, for a medium, the latest medium). */
export function antecedent(ctx: ScanContext, head: SpeakerHead, before: number): string | null {
  const want = bareHead(head.words[0]);
  let best: { id: string; start: number } | null = null;
  let bestMedium: { id: string; start: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== head.type && !(head.media && e.type === 'ORG')) continue;
    const info = ctx.mi.info.get(e.id);
    for (const m of e.mentions) {
      if (m.start >= before) continue;
      if (bareHead(ctx.text.slice(m.start, m.end)) === want && (!best || m.start > best.start)) best = { id: e.id, start: m.start };
      if (head.media && info?.media && !info.outlet && (!bestMedium || m.start > bestMedium.start)) bestMedium = { id: e.id, start: m.start };
    }
  }
  return best?.id ?? bestMedium?.id ?? null;
}

/** The entity id for a parsed phrase: an antecedent, a same-named entity, or a new entity. */
export function speakerEntity(ctx: ScanContext, p: SpeakerPhrase): string {
  const mention: NewMention = { start: p.start, end: p.end, kind: p.anaphoric ? 'nominal' : p.kind };
  if (p.known) {
    addMentions(ctx, p.known, [mention]);
    return p.known;
  }
  if (p.anaphoric && p.head) {
    const ante = antecedent(ctx, p.head, p.start);
    if (ante) {
      addMentions(ctx, ante, [mention]);
      return ante;
    }
  }
  const key = normalize(p.name).trim();
  const same = ctx.doc.entities.find((e) => normalize(e.name).trim() === key || (p.media && p.en && e.name_en === p.en && e.type === 'ORG'));
  if (same) {
    addMentions(ctx, same.id, [mention, ...p.extra]);
    return same.id;
  }
  return createEntity(ctx, { type: p.type, name: p.name, name_en: p.en, gender: p.gender, number: p.number, media: p.media }, [mention, ...p.extra]);
}

/** Parse and resolve in one step: the entity of a speaker phrase at k, with the last token it covers. */
export function speakerAt(ctx: ScanContext, k: number, limit: number, opts: PhraseOptions): { entity: string; last: number; phrase: SpeakerPhrase } | null {
  const p = parseSpeakerPhrase(ctx, k, limit, opts);
  if (!p) return null;
  return { entity: speakerEntity(ctx, p), last: p.last, phrase: p };
}

/** «مسؤوليها», «المسؤولين»: a plural speaker head in the oblique case (an object or a genitive, not a subject). */
export function obliquePluralHead(ctx: ScanContext, w: string): boolean {
  const heads = lexOf(ctx).heads;
  const plural = (x: string) => !!heads.get(x)?.some((h) => h.type === 'PER' && h.number === 'pl' && h.words.length === 1);
  if (/ين$/.test(w) && plural(w)) return true;
  const m = /^(.+ي)(ها|هم|هما|ه|نا)$/.exec(w);
  return !!m && plural(m[1]);
}

export type { Token };
