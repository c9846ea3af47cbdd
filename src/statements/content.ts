// What was said: after the cue (and its subject), the content is a quotation
// (direct: inside the marks), a clause introduced by إن/أن/بأن (indirect; mixed
// when it embeds quoted words), text after a colon, or — for verbs such as
// اتهم، دعا، طالب، أعرب عن — the verb's own object. An indirect clause runs
// to the end of the sentence, or stops before a coordinated reporting verb,
// a circumstantial cue («، مشيرًا»), a contrast («، في حين»), or an
// "according to" phrase.
import type { StatementKind } from '../model/analysis.js';
import type { CueSense } from './lexicon.js';
import type { Quote } from './quotes.js';
import { cueAt, isComplementizer } from './cues.js';
import { isQuoteMark } from './quotes.js';
import { afterClitic, isPunct, type ScanContext } from './scan-context.js';
import { speakerAt } from './speaker-phrase.js';

export interface Content {
  start: number;
  end: number;
  kind: StatementKind;
  /** relays named between cue and content: «لوكالة X», «في حديث لـX» */
  relays: string[];
  /** a circumstantial «قائلًا» that this cue absorbed */
  absorbed: number[];
}

const MAX_ZONE = 30;
/** No reported clause runs longer; keeps run-on "sentences" linear. */
export const MAX_CLAUSE = 400;

function wordsIn(ctx: ScanContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.toks[k].kind !== 'punct') n++;
  return n;
}

/** A quotation of words, not a quoted name («عملية "سيناء 2018"»). */
export function isSpeechQuote(ctx: ScanContext, q: Quote, minWords = 2): boolean {
  const closeTok = q.close >= 0 ? q.close : ctx.toks.length;
  if (wordsIn(ctx, q.open + 1, closeTok) < minWords) return false;
  for (let k = q.open - 1; k >= Math.max(0, q.open - 2); k--) {
    const w = ctx.toks[k].norm;
    if (ctx.lex.words.namingNouns.has(w) || ctx.lex.words.namingNouns.has(w.replace(/^[وفب]/, ''))) return false;
  }
  return true;
}

function matchesPhrase(ctx: ScanContext, k: number, words: string[]): boolean {
  for (let x = 0; x < words.length; x++) if (ctx.toks[k + x]?.norm !== words[x]) return false;
  return true;
}

const STRONG = new Set(['في حين', 'بينما', 'بيد', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'ولكنها', 'علي حد']);

/** 2: a strong contrast phrase starts at token k («بينما», «لكن»); 1: one that needs a comma before it; 0: none. */
function stopperAt(ctx: ScanContext, k: number): number {
  let m = ctx.stopperMemo[k];
  if (m < 0) {
    m = 0;
    for (const ph of ctx.lex.words.contrastStoppers) {
      if (matchesPhrase(ctx, k, ph)) { m = STRONG.has(ph.join(' ')) ? 2 : 1; break; }
    }
    ctx.stopperMemo[k] = m;
  }
  return m;
}

const PRONOUN_AGR: Array<[RegExp, string]> = [[/هم$/, 'pl'], [/هما$/, 'du'], [/ها$/, 'f'], [/ه$/, 'm']];

/** Could the pronoun on «لكنه/لكنها/لكنهم» refer to the speaker? Unknown cases say yes. */
function pronounFits(ctx: ScanContext, w: string, speaker: string): boolean {
  if (!/^و?لكن/.test(w)) return true;
  const info = ctx.mi.info.get(speaker);
  if (!info) return true;
  const agr = PRONOUN_AGR.find(([re]) => re.test(w))?.[1];
  if (!agr) return true;
  if (agr === 'pl') return info.number === 'pl';
  if (agr === 'du') return true;
  if (agr === 'f') return info.number === 'nhpl' || info.number === 'pl' && info.entity.type !== 'PER' || info.number === 'sg' && info.gender !== 'm';
  return info.number === 'sg' && info.gender !== 'f';
}

/** An indefinite active participle of the مُفعِل shape: «ممهلة», «معربًا» (the lexicon's own participles are cues already). */
function circumstantialShape(ctx: ScanContext, t: { kind: string; norm: string }): boolean {
  if (t.kind !== 'word' || ctx.lex.words.notCircumstantial.has(t.norm)) return false;
  return /^م[^ا]\S{1,4}(ا|ة)$/.test(t.norm) && !/^م(ن|ع|ا)/.test(t.norm);
}

/** Where an indirect/object content that starts at token `from` ends (last token, inclusive). */
export function clauseEnd(ctx: ScanContext, from: number, limit: number, inParen: boolean): number {
  const speaker = ctx.contentSpeaker ?? null;
  const q = ctx.seg.quoteOf[from];
  if (q && q.close >= 0 && q.close < limit) limit = q.close;
  limit = Math.min(limit, from + MAX_CLAUSE);
  let end = limit;
  for (let k = from + 1; k < limit; k++) {
    const open = ctx.seg.quoteAtOpen[k];
    if (open) {
      if (open.close < 0 || open.close >= limit) break;
      k = open.close;
      continue;
    }
    const t = ctx.toks[k];
    if (inParen && t.text === ')') { end = k; break; }
    const prevComma = isPunct(ctx.toks[k - 1], ',', ';');
    let contrast = stopperAt(ctx, k);
    // «…، لكنها لم تكن كبيرة»: a pronoun that cannot be the speaker continues the reported clause
    if (contrast && speaker && !pronounFits(ctx, t.norm, speaker)) contrast = 0;
    let stop = contrast === 2 || (contrast === 1 && prevComma);
    // «…، ممهلة روسيا حتى…»: a circumstantial participle after a comma returns to the narrator
    if (!stop && prevComma && k - from > 3 && circumstantialShape(ctx, t)) stop = true;
    if (!stop && ctx.accordingAt[k] !== undefined && (prevComma || /^و/.test(t.norm))) stop = true;
    if (!stop) {
      const c = cueAt(ctx, k);
      if (c && c.sense.cls !== 'masdar' && (prevComma || c.conj) && !isComplementizer(ctx, k)) stop = true;
    }
    if (stop) {
      end = prevComma ? k - 1 : k;
      break;
    }
  }
  let last = end - 1;
  while (last > from && ctx.toks[last].kind === 'punct' && !isQuoteMark(ctx.toks[last]) && ctx.toks[last].text !== ')' ) last--;
  if (ctx.toks[last].text === ')' && !inParen) {
    // keep a closing bracket only if its opener is inside the content
    let open = false;
    for (let k = from; k < last; k++) if (ctx.toks[k].text === '(') open = true;
    if (!open) last--;
  }
  return last;
}

function hasSpeechQuote(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const q = ctx.seg.quoteAtOpen[k];
    if (q && isSpeechQuote(ctx, q, 1)) return true;
  }
  return false;
}

/** The token after a quote ends a clause (sentence end, comma + stopper, another cue…). */
function clauseEndsAfter(ctx: ScanContext, after: number, limit: number): boolean {
  if (after >= limit) return true;
  // «"…قريبا."وكانت»: the quotation ended its sentence
  const inner = ctx.toks[after - 2];
  if (inner && inner.kind === 'punct' && /^[.!?؟…]$/.test(inner.norm) && isQuoteMark(ctx.toks[after - 1])) return true;
  const t = ctx.toks[after];
  if (t.kind === 'punct') return true;
  if (ctx.accordingAt[after] !== undefined || cueAt(ctx, after)) return true;
  return stopperAt(ctx, after) > 0;
}

function fromQuote(ctx: ScanContext, q: Quote, limit: number, relays: string[], absorbed: number[]): Content {
  const after = q.close >= 0 ? q.close + 1 : limit;
  if (clauseEndsAfter(ctx, after, limit)) return { start: q.start, end: q.end, kind: 'direct', relays, absorbed };
  const last = clauseEnd(ctx, q.open, limit, false);
  return { start: ctx.toks[q.open].start, end: ctx.toks[last].end, kind: 'mixed', relays, absorbed };
}

function fromComplementizer(ctx: ScanContext, k: number, limit: number, relays: string[], absorbed: number[], inParen: boolean): Content {
  const t = ctx.toks[k];
  const start = /^[وف]/.test(t.norm) && !ctx.lex.words.complementizers.has(t.norm) ? afterClitic(ctx.text, t) : t.start;
  const q = ctx.seg.quoteAtOpen[k + 1];
  if (q && isSpeechQuote(ctx, q) && clauseEndsAfter(ctx, q.close >= 0 ? q.close + 1 : limit, limit)) {
    return { start: q.start, end: q.end, kind: 'direct', relays, absorbed };
  }
  const last = clauseEnd(ctx, k, limit, inParen);
  return { start, end: ctx.toks[last].end, kind: hasSpeechQuote(ctx, k, last) ? 'mixed' : 'indirect', relays, absorbed };
}

function fromColon(ctx: ScanContext, k: number, limit: number, relays: string[], absorbed: number[]): Content | null {
  const q = ctx.seg.quoteAtOpen[k + 1];
  if (q) return fromQuote(ctx, q, limit, relays, absorbed);
  if (k + 1 >= limit) return null;
  let last = limit - 1;
  while (last > k + 1 && ctx.toks[last].kind === 'punct') last--;
  if (last <= k) return null;
  return { start: ctx.toks[k + 1].start, end: ctx.toks[last].end, kind: 'direct', relays, absorbed };
}

/** A relay named between cue and content: «لوكالة X», «لـ"رويترز"», «في حديث لـX». */
function relayAt(ctx: ScanContext, k: number): string | null {
  const h = ctx.mi.at[k];
  if (!h) return null;
  const info = ctx.mi.info.get(h.entity.id);
  if (!info?.media || info.outlet) return null;
  const t = ctx.toks[k];
  const prev = ctx.toks[k - 1];
  const viaLam = t.norm.startsWith('ل') && (h.mention.start > t.start || !h.entity.name.startsWith('ل'));
  const afterPrep = !!prev && (prev.norm === 'ل' || prev.norm === 'لـ' || prev.norm === 'مع' || (isQuoteMark(prev) && (ctx.toks[k - 2]?.norm === 'ل' || ctx.toks[k - 2]?.norm === 'لـ')));
  return viaLam || afterPrep ? h.entity.id : null;
}

export interface ContentRequest {
  /** first token after the cue and its subject */
  from: number;
  /** end of the sentence (exclusive) */
  limit: number;
  sense: CueSense;
  /** the content may start inside «(…)» */
  inParen?: boolean;
}

/** Find the content of a cue; null when the cue reports nothing here. */
export function findContent(ctx: ScanContext, req: ContentRequest): Content | null {
  const { sense } = req;
  const limit = Math.min(req.limit, ctx.seg.quoteOf[req.from - 1]?.close ?? Infinity);
  const relays: string[] = [];
  const absorbed: number[] = [];
  let seenWord = false;
  for (let k = req.from; k < limit && k < req.from + MAX_ZONE; k++) {
    const t = ctx.toks[k];
    const acc = ctx.accordingAt[k];
    if (acc) {
      k = acc.endTok - 1;
      continue;
    }
    const q = ctx.seg.quoteAtOpen[k];
    if (q && isSpeechQuote(ctx, q, sense.obj ? 1 : 2)) return fromQuote(ctx, q, limit, relays, absorbed);
    if (isComplementizer(ctx, k)) {
      return fromComplementizer(ctx, k, limit, relays, absorbed, !!req.inParen || isPunct(ctx.toks[k - 1], '('));
    }
    if (isPunct(t, ':')) return fromColon(ctx, k, limit, relays, absorbed);
    if (t.kind === 'punct') {
      if (t.text === '(' && !ctx.mi.at[k + 1] && isComplementizer(ctx, k + 1)) continue;
      if (t.norm === '.' || t.norm === '?' || t.norm === '!') return null;
      continue;
    }
    const r = relayAt(ctx, k);
    if (r) {
      if (!relays.includes(r)) relays.push(r);
      while (k + 1 < limit && ctx.mi.at[k + 1]?.entity.id === r) k++;
      if (isPunct(ctx.toks[k + 1], '"', '»', '”') && ctx.seg.quoteAtOpen[k + 1] === undefined) k++;
      continue;
    }
    const c = cueAt(ctx, k);
    // «في تصريحات نقلتها وكالات الأنباء، إن…»: a relative clause naming the relay
    if (c && (c.sense.cls === 'relay' || c.sense.cls === 'verb') && k > req.from && ctx.lex.words.documentNouns.has(ctx.toks[k - 1].norm.replace(/^[وفب]/, '')) && ctx.toks[k].norm.length > c.sense.lemma.length + 1) {
      const who = subjectAfterRelative(ctx, k + 1, limit);
      if (who) {
        if (!relays.includes(who.entity)) relays.push(who.entity);
        k = who.last;
        continue;
      }
    }
    if (c) {
      // «وتابع قائلًا:» — the participle only repeats the cue
      if (c.sense.cls === 'circ' && (c.sense.stance === 'say' || c.sense.stance === 'add') && k - req.from <= 3) {
        absorbed.push(k);
        continue;
      }
      if (!seenWord || !sense.obj || sense.objHeads) return null;
    }
    if (ctx.lex.words.zoneBreakers.has(t.norm)) return null;
    if (ctx.lex.words.fillersAfterCue.has(t.norm)) continue;
    if (sense.obj && sense.objHeads) {
      // «أعرب عن…», «أفادت باستهداف…»; after a parenthetical too: «وأشارت ماي، في كلمة لها، إلى…»
      if ((!seenWord || isPunct(ctx.toks[k - 1], ',')) && matchesObjHead(sense, t.norm)) return objectContent(ctx, req, k, relays, absorbed);
      seenWord = true;
      continue;
    }
    if (sense.obj && !seenWord) {
      const comp = sense.twoObjects ? -1 : complementizerAhead(ctx, k, limit);
      if (comp >= 0) {
        k = comp - 1;
        seenWord = true;
        continue;
      }
      return objectContent(ctx, req, k, relays, absorbed);
    }
    seenWord = true;
  }
  return null;
}

/** The subject of a relative «نقلتها X»: an entity or a speaker phrase. */
function subjectAfterRelative(ctx: ScanContext, k: number, limit: number): { entity: string; last: number } | null {
  const h = ctx.mi.at[k];
  if (h) {
    let last = k;
    while (last + 1 < limit && ctx.mi.at[last + 1]?.entity.id === h.entity.id) last++;
    return { entity: h.entity.id, last };
  }
  const sp = speakerAt(ctx, k, limit, { names: false });
  return sp ? { entity: sp.entity, last: sp.last } : null;
}

function prepositionalWordIn(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'word' && /^(ب|ل)/.test(t.norm) && t.norm.length > 3 && !ctx.mi.at[k]) return true;
  }
  return false;
}

/** Does a word open the object of a verb that takes only some objects (objHeads)? */
export function matchesObjHead(sense: CueSense, w: string): boolean {
  return !!sense.objHeads && sense.objHeads.some((h) => w === h || (h.length === 1 && w.startsWith(h) && w.length > 1));
}

/** A complementizer (or a quotation) a little after the cue («أكد وزير … الدكتور فلان في كلمة أن…»), or -1. */
export function complementizerAhead(ctx: ScanContext, from: number, limit: number): number {
  for (let k = from; k < limit && k < from + MAX_ZONE; k++) {
    const acc = ctx.accordingAt[k];
    if (acc) { k = acc.endTok - 1; continue; }
    const t = ctx.toks[k];
    if (isComplementizer(ctx, k)) return k;
    const q = ctx.seg.quoteAtOpen[k];
    // a quotation after a few words: the words are the subject, the quotation the content
    // (not after a prepositional word: «اتهم مسؤوليها بنشر "…"» is an object with its complement)
    if (q && k > from && isSpeechQuote(ctx, q)) return prepositionalWordIn(ctx, from, k) ? -1 : k;
    // a quoted name («صحيفة "وول ستريت جورنال"») is read past
    if (q && q.close > k && !isSpeechQuote(ctx, q)) { k = q.close; continue; }
    if (q || isPunct(t, ':', '.', '?', '!') || ctx.lex.words.zoneBreakers.has(t.norm)) return -1;
    if (k > from && cueAt(ctx, k)) return -1;
  }
  return -1;
}

/** The object of a verb like اتهم / دعا / أعرب عن is its content. */
function objectContent(ctx: ScanContext, req: ContentRequest, k: number, relays: string[], absorbed: number[]): Content | null {
  const { sense } = req;
  const limit = Math.min(req.limit, ctx.seg.quoteOf[req.from - 1]?.close ?? Infinity);
  const t = ctx.toks[k];
  const w = t.norm;
  if (sense.objHeads && !matchesObjHead(sense, w)) return null;
  if (sense.prepWithin > 0) {
    let found = false;
    for (let j = k; j < k + sense.prepWithin && j < limit && !found; j++) {
      const x = ctx.toks[j].norm;
      found = sense.preps.some((p) => x === p || (p.length === 1 && x.startsWith(p) && x.length > 1));
    }
    if (!found) return null;
  }
  // a preposition followed by a complementizer or a quotation: «على أن», «بـ"…"»
  const isPrep = sense.preps.some((p) => w === p || w === p + 'ـ' || (p.length === 1 && w === p));
  if (isPrep || (sense.preps.includes('ب') && /^ب/.test(w) && w.length <= 2)) {
    if (isComplementizer(ctx, k + 1)) return fromComplementizer(ctx, k + 1, limit, relays, absorbed, false);
    const q = ctx.seg.quoteAtOpen[k + 1];
    if (q && isSpeechQuote(ctx, q, 1) && clauseEndsAfter(ctx, q.close >= 0 ? q.close + 1 : limit, limit)) {
      return { start: q.start, end: q.end, kind: 'direct', relays, absorbed };
    }
  }
  if (t.kind === 'punct' && !ctx.seg.quoteAtOpen[k]) return null;
  const last = clauseEnd(ctx, k, limit, false);
  let end = ctx.toks[last].end;
  if (sense.twoObjects) {
    // «وصف العلاقات بأنها «…»»: the description ends with its quotation
    for (let j = k; j <= last; j++) {
      const q = ctx.seg.quoteAtOpen[j];
      if (q && q.close >= 0 && q.close <= last) { end = ctx.toks[q.close].end; break; }
    }
  }
  if (end <= t.start) return null;
  if (sense.objMarkers) {
    let marked = false;
    for (let j = k; j <= last && !marked; j++) {
      const q = ctx.seg.quoteAtOpen[j];
      marked = sense.objMarkers.includes(ctx.toks[j].norm) || (!!q && isSpeechQuote(ctx, q, 2));
    }
    if (!marked) return null;
  }
  return { start: t.start, end, kind: hasSpeechQuote(ctx, k, last) ? 'mixed' : 'indirect', relays, absorbed };
}
