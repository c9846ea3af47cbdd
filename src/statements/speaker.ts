// Who speaks: the subject after the cue (VSO: «قال لافروف»), before it (SVO:
// «موسكو تقول», «وكان X قد أكد»), or — for a cue with no overt subject
// («وأضاف:», «وأضافت», «ودعوا») — the most recent speaker or subject that the
// verb agrees with in gender and number.
import type { Agreement, CueSense } from './lexicon.js';
import { matchesObjHead } from './content.js';
import { normalize } from '../text/normalize.js';
import { obliquePluralHead, parseSpeakerPhrase, speakerAt, speakerEntity } from './speaker-phrase.js';
import type { EntityInfo } from './mention-index.js';
import { mentionEndToken, mentionStartToken } from './mention-index.js';
import { isPunct, type ScanContext } from './scan-context.js';

const SPEAKER_TYPES = new Set(['PER', 'ORG', 'GPE']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'حول', 'خلال', 'بعد', 'قبل', 'عند', 'امام', 'منذ', 'ضد', 'نحو', 'لدي', 'ل', 'لـ', 'ب', 'بـ', 'عبر', 'اثناء', 'وسط', 'تجاه', 'بين']);
const STRONG_OPENERS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
/** How far back (tokens) an antecedent is sought within a sentence. */
const LOOKBACK = 80;
const QUANTIFIERS = new Set(['بعض', 'احد', 'احدي', 'عدد', 'كل']);
// words that cannot begin an overt subject noun phrase
const NOT_SUBJECT = new Set(['فيما', 'ما', 'لا', 'لم', 'لن', 'كما', 'حيث', 'وهو', 'وهي', 'هو', 'هي', 'انه', 'انها', 'ان', 'اذ', 'اذا', 'لو', 'قائلا', 'مضيفا', 'انذاك', 'حينها', 'عندما', 'حين', 'بينما', 'ولكن', 'لكن', 'ثم', 'او', 'ام']);

/** A mention glued to a preposition («لمحطة…», «بلافروف») is no subject. */
function prepositional(ctx: ScanContext, k: number): boolean {
  const t = ctx.toks[k];
  const h = ctx.mi.at[k];
  return !!h && /^[لب]/.test(t.norm) && h.mention.start > t.start;
}

export interface SubjectFound {
  entity: string | null;
  /** last token of the subject and its appositions */
  lastTok: number;
}

export function compatible(info: EntityInfo | undefined, agr: Agreement): boolean {
  if (!info) return false;
  switch (agr) {
    case 'pl': return info.number === 'pl';
    // country and city names without the article are feminine (إيران، موسكو), whatever their spelling
    case 'm': return info.number === 'sg' && info.gender !== 'f' && !((info.entity.type === 'GPE' || info.entity.type === 'LOC') && !/^ال/.test(normalize(info.entity.name)) && info.gender !== 'm');
    case 'f': return info.number === 'nhpl' || (info.number === 'sg' && info.gender !== 'm') || (info.number === 'pl' && info.entity.type !== 'PER');
    case 'du': return info.number !== 'nhpl';
    default: return true;
  }
}

/** Token k lies in quotation marks that hold nothing but its mention («وكالة "الأناضول"»). */
function quotedName(ctx: ScanContext, k: number): boolean {
  const q = ctx.seg.quoteOf[k];
  if (!q || q.close < 0) return false;
  const first = mentionStartToken(ctx.doc, ctx.mi, k);
  const last = mentionEndToken(ctx.doc, ctx.mi, k);
  return q.open === first - 1 && q.close === last + 1;
}

/** «"الأناضول"»: a name in quotation marks ends after its closing mark. */
function pastClosingMark(ctx: ScanContext, last: number): number {
  const q = ctx.seg.quoteOf[last];
  return q && q.close === last + 1 ? last + 1 : last;
}

/** Skip over appositions of the same entity: «عادل الجبير، وزير الخارجية السعودي،». */
function extendApposition(ctx: ScanContext, entity: string, last: number): number {
  last = pastClosingMark(ctx, last);
  for (;;) {
    let k = last + 1;
    while (isPunct(ctx.toks[k], ',', '(', ')', '-', '"', '«')) k++;
    const h = ctx.mi.at[k];
    if (!h || h.entity.id !== entity || k - last > 3) break;
    last = mentionEndToken(ctx.doc, ctx.mi, k);
    if (isPunct(ctx.toks[last + 1], ')', '"', '»')) last++;
  }
  return last;
}

export interface SubjectOptions {
  /** the verb's agreement: an entity that cannot agree with it is its object («ووصف طهران بأنها…») */
  agr?: Agreement;
  /** make an entity of an unknown speaker phrase («مصدر عسكري», «سانا») */
  fallback?: boolean;
  /** the cue: a word that opens its object («جدد التأكيد», «أوردت أنباء») is no subject */
  sense?: CueSense;
}

/** For a verb that takes an object: could this entity be its subject? */
function canBeSubject(ctx: ScanContext, id: string, agr: Agreement | undefined): boolean {
  const info = ctx.mi.info.get(id);
  if (!info || !agr || agr === 'x') return true;
  const e = info.entity;
  if (agr === 'm') {
    // a verb before its subject stays singular: «يطالب الأطباء» is fine, a feminine or non-human plural is not
    if ((info.number === 'sg' && info.gender === 'f') || info.number === 'nhpl') return false;
    // country and city names without the article are feminine (إيران، موسكو، طهران)
    if ((e.type === 'GPE' || e.type === 'LOC') && !/^ال/.test(normalize(e.name))) return false;
  }
  if (agr === 'f' && e.type === 'PER' && info.gender === 'm' && info.number === 'sg') return false;
  return true;
}

/**
 * The subject right after a verb. `null`: none (pro-drop); an entity id
 * of null: an overt subject that is no known entity («وتشير البيانات»).
 */
export function subjectAfter(ctx: ScanContext, from: number, limit: number, objectVerb: boolean, opts: SubjectOptions = {}): SubjectFound | null {
  let k = from;
  let skipped = 0;
  while (k < limit && skipped < 3 && (ctx.lex.words.fillersAfterCue.has(ctx.toks[k].norm) || QUANTIFIERS.has(ctx.toks[k].norm) && ctx.mi.at[k + 1])) {
    k++;
    skipped++;
  }
  if (k >= limit) return null;
  // «وكالة أنباء تاس», «صحيفة هانكيوره»: a medium's generic head before its name
  for (let j = k; j < k + 3 && j < limit && !ctx.mi.at[j]; j++) {
    const w = ctx.toks[j].norm;
    if (!(ctx.lex.words.mediaHeads.has(w) || w === 'انباء' || w === 'الانباء' || j > k && isPunct(ctx.toks[j], '"', '«', '“'))) break;
    if (ctx.mi.at[j + 1]) k = j + 1;
  }
  // «وذكرت "الأناضول"»: a quoted name
  if (isPunct(ctx.toks[k], '"', '«', '“') && ctx.mi.at[k + 1] && ctx.seg.quoteAtOpen[k]) k++;
  if (prepositional(ctx, k)) return null;
  const h = ctx.mi.at[k];
  if (h && SPEAKER_TYPES.has(h.entity.type) && (!ctx.seg.quoteOf[k] === !ctx.seg.quoteOf[from - 1] || quotedName(ctx, k))) {
    if (objectVerb && !canBeSubject(ctx, h.entity.id, opts.agr)) return null;
    // «اتهم مسؤوليها»: a sound plural in the oblique case is the object
    if (objectVerb && (ctx.mi.info.get(h.entity.id)?.number === 'pl' && /(ين|يه|يها|يهم|يهما)$/.test(ctx.toks[k].norm) || obliquePluralHead(ctx, ctx.toks[k].norm))) return null;
    let end = mentionEndToken(ctx.doc, ctx.mi, k);
    // «مصادر سكاي نيوز عربية», «مراسل الوكالة»: a description's genitive belongs to the subject
    const g = ctx.mi.at[end + 1];
    if (g && g.entity.id !== h.entity.id && (h.mention.kind === 'nominal' || h.mention.kind === 'title') && g.entity.type !== 'PER' && g.mention.start === ctx.toks[end + 1].start) {
      end = mentionEndToken(ctx.doc, ctx.mi, end + 1);
    }
    const last = extendApposition(ctx, h.entity.id, end);
    return { entity: h.entity.id, lastTok: last };
  }
  if (objectVerb) {
    // an unnamed subject of a verb that takes an object: only a nominative speaker head («اتهم مسؤولون…», not «اتهم المسؤولين»)
    if (!opts.fallback || h || /ين$/.test(ctx.toks[k].norm)) return null;
    const sp = speakerAt(ctx, k, limit, { names: false });
    if (!sp || !canBeSubject(ctx, sp.entity, opts.agr)) return null;
    return { entity: sp.entity, lastTok: extendApposition(ctx, sp.entity, sp.last) };
  }
  const t = ctx.toks[k];
  if (t.kind !== 'word') return null;
  const w = t.norm;
  if (PREPOSITIONS.has(w) || NOT_SUBJECT.has(w) || ctx.lex.words.complementizers.has(w) || ctx.lex.words.fillersAfterCue.has(w)) return null;
  if (/^(ل|ب)/.test(w) && w.length > 2) {
    // «لطفي زيتون، القيادي في…» is a name, «لوكالة…» is not a subject
    const sp = opts.fallback ? parseSpeakerPhrase(ctx, k, limit, { names: true }) : null;
    if (!sp || sp.type !== 'PER' || sp.kind !== 'name' || sp.head) return null;
    const id = speakerEntity(ctx, sp);
    return { entity: id, lastTok: extendApposition(ctx, id, sp.last) };
  }
  if (ctx.lex.forms.has(w)) return null;
  if (opts.sense && matchesObjHead(opts.sense, w)) return null;
  // an overt noun phrase that is not a known entity: «وزير التجارة الدكتور فلان»
  for (let j = k + 1; j < limit && j < k + 10; j++) {
    const tj = ctx.toks[j];
    if (PREPOSITIONS.has(tj.norm) || ctx.lex.words.complementizers.has(tj.norm) || isPunct(tj, ':', '.', '?', '!', '«', '"', '“')) break;
    const m = ctx.mi.at[j];
    if (m && m.entity.type === 'PER' && !prepositional(ctx, j)) {
      return { entity: m.entity.id, lastTok: extendApposition(ctx, m.entity.id, mentionEndToken(ctx.doc, ctx.mi, j)) };
    }
  }
  if (opts.fallback) {
    const sp = speakerAt(ctx, k, limit, { names: true });
    if (sp) return { entity: sp.entity, lastTok: extendApposition(ctx, sp.entity, sp.last) };
  }
  return { entity: null, lastTok: k };
}

/** The subject before a verb that opens no clause of its own: «وكان X قد أكد», «موسكو تقول». */
export function subjectBefore(ctx: ScanContext, cueTok: number, sentStart: number, fallback = false): SubjectFound | null {
  let k = cueTok - 1;
  while (k >= sentStart && ctx.lex.words.skipBeforeVerb.has(ctx.toks[k].norm)) k--;
  // «وكانت "سانا" أفادت»: a quoted name
  if (k > sentStart && isPunct(ctx.toks[k], '"', '»', '”') && ctx.mi.at[k - 1]) k--;
  if (k < sentStart) return null;
  if (fallback && !ctx.mi.at[k]) {
    const np = unknownSubjectBefore(ctx, k, cueTok, sentStart);
    if (np) return np;
  }
  // «وكانت وكالة بلومبرغ للأنباء نقلت»: a genitive or adjective after the name
  if (!ctx.mi.at[k]) {
    for (let j = k - 1; j >= Math.max(sentStart, k - 2); j--) {
      if (ctx.toks[j].kind !== 'word') break;
      if (ctx.mi.at[j]) {
        let f = mentionStartToken(ctx.doc, ctx.mi, j);
        while (f > sentStart && ctx.lex.words.mediaHeads.has(ctx.toks[f - 1].norm)) f--;
        const before = ctx.toks[f - 1];
        const conjunct = ctx.toks[f].norm.startsWith('و') && !!ctx.mi.at[f - 1];
        if (f === sentStart || (before && STRONG_OPENERS.has(before.norm)) || conjunct) k = j;
        break;
      }
    }
  }
  let h = ctx.mi.at[k];
  if (!h || !SPEAKER_TYPES.has(h.entity.type)) return fallback ? unknownSubjectBefore(ctx, k, cueTok, sentStart) : null;
  let first = mentionStartToken(ctx.doc, ctx.mi, k);
  // «جيم ماتيس وقادة عسكريين آخرين حذروا»: a coordinated subject speaks through its first conjunct
  for (let n = 0; n < 4 && first > sentStart && ctx.toks[first].norm.startsWith('و') && !h.entity.name.startsWith('و'); n++) {
    const prev = ctx.mi.at[first - 1];
    if (!prev || !SPEAKER_TYPES.has(prev.entity.type) || prev.entity.id === h.entity.id) break;
    k = first - 1;
    h = prev;
    first = mentionStartToken(ctx.doc, ctx.mi, k);
  }
  const p = first - 1;
  const opener = p < sentStart || ctx.toks[p].kind === 'punct' || ctx.lex.words.openersBeforeSubject.has(ctx.toks[p].norm) ||
    ctx.toks[first].norm.startsWith('و') && !h.entity.name.startsWith('و') ||
    // apposition of the same entity before it
    ctx.mi.at[p]?.entity.id === h.entity.id;
  if (opener) return { entity: h.entity.id, lastTok: k };
  // «وكانت مصادر سورية قد قالت»: a speaker phrase that ends in an entity («سورية»)
  return fallback ? unknownSubjectBefore(ctx, k, cueTok, sentStart) : null;
}

/** «وكانت مصادر سورية قد قالت»: a speaker phrase no entity covers, ending at token k and opening its clause. */
function unknownSubjectBefore(ctx: ScanContext, k: number, cueTok: number, sentStart: number): SubjectFound | null {
  for (let h = Math.max(sentStart, k - 8); h <= k; h++) {
    const p = ctx.toks[h - 1];
    const opens = h === sentStart || p.kind === 'punct' || ctx.lex.words.openersBeforeSubject.has(p.norm) || STRONG_OPENERS.has(p.norm);
    if (!opens) continue;
    const np = parseSpeakerPhrase(ctx, h, cueTok, { names: false });
    if (np && np.last === k) return { entity: speakerEntity(ctx, np), lastTok: k };
  }
  return null;
}

/** «أصدرت الشركة بيانًا يقول»: the issuer of the document speaks. */
export function issuerOfDocument(ctx: ScanContext, cueTok: number, sentStart: number): string | null {
  let k = cueTok - 1;
  if (k >= sentStart && ctx.toks[k].norm === 'في') k--;
  if (k < sentStart || !ctx.lex.words.documentNouns.has(ctx.toks[k].norm)) return null;
  for (let j = k - 1; j >= Math.max(sentStart, k - LOOKBACK); j--) {
    const h = ctx.mi.at[j];
    if (h && SPEAKER_TYPES.has(h.entity.type) && !ctx.seg.quoteOf[j]) return h.entity.id;
  }
  return null;
}

export interface SpeakerHistoryItem {
  speaker: string | null;
  sent: number;
  sources: string[];
  /** agreement of a cue whose overt subject is no known entity */
  unknownSubject?: string;
}

/**
 * Resolve a pro-dropped subject: the latest speaker the verb agrees with
 * (within a few sentences), else the nearest agreeing entity earlier in the
 * sentence.
 */
export function implicitSpeaker(ctx: ScanContext, history: SpeakerHistoryItem[], agr: Agreement, cueTok: number, sentStart: number, sent: number): { speaker: string | null; from: SpeakerHistoryItem | null } {
  // «وقال المسؤول X إن… وأضاف…»: the latest speaker, even when unidentified, keeps the turn
  const last = history[history.length - 1];
  if (last && !last.speaker && last.unknownSubject === agr && sent - last.sent <= 2) return { speaker: null, from: null };
  for (let i = history.length - 1; i >= Math.max(0, history.length - 12); i--) {
    const h = history[i];
    if (sent - h.sent > 3) break;
    if (h.speaker && compatible(ctx.mi.info.get(h.speaker), agr)) return { speaker: h.speaker, from: h };
  }
  for (let j = cueTok - 1; j >= Math.max(sentStart, cueTok - LOOKBACK); j--) {
    const m = ctx.mi.at[j];
    if (m && SPEAKER_TYPES.has(m.entity.type) && !ctx.seg.quoteOf[j] && compatible(ctx.mi.info.get(m.entity.id), agr)) return { speaker: m.entity.id, from: null };
  }
  return { speaker: null, from: null };
}

/** Record what an overt subject tells about the entity's gender. */
export function learnAgreement(ctx: ScanContext, entity: string | null, agr: Agreement): void {
  if (!entity) return;
  const info = ctx.mi.info.get(entity);
  if (!info || info.number !== 'sg' || info.gender) return;
  if (agr === 'm' || agr === 'f') info.gender = agr;
}
