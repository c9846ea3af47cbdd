// Statement extraction over one Doc: a single left-to-right pass over the
// sentences. In each sentence, every reporting cue yields a statement (its
// speaker, content and relays); then the sentence's "according to" phrases
// either extend those statements' relay chains or become statements of their
// own. Nesting and the final ids come last.
import type { Doc } from '../analyze/doc.js';
import type { Statement } from '../model/analysis.js';
import { normalize } from '../text/normalize.js';
import type { CueLexicon } from './lexicon.js';
import { segment } from './segments.js';
import { buildMentionIndex, mentionEndToken } from './mention-index.js';
import { parseAccording, type AccordingPhrase } from './according.js';
import { cueAt, isComplementizer, type CueMatch } from './cues.js';
import { clauseEnd, complementizerAhead, findContent, isSpeechQuote } from './content.js';
import { addSource, type Draft } from './draft.js';
import { nestStatements } from './nesting.js';
import { tokenFacts } from './word-facts.js';
import { findMediaNames } from './media-names.js';
import { speakerAt } from './speaker-phrase.js';
import { afterClitic, isPunct, type ScanContext } from './scan-context.js';
import {
  compatible, implicitSpeaker, issuerOfDocument, learnAgreement, subjectAfter, subjectBefore, type SpeakerHistoryItem,
} from './speaker.js';

const SPEAKER_TYPES = new Set(['PER', 'ORG', 'GPE']);

/** Tokens of the article body: not the headline line nor a desk/credit line outside doc.body. */
function bodyRange(ctx: ScanContext): [number, number] {
  const { toks, doc, seg, text } = ctx;
  let b0 = 0;
  while (b0 < toks.length && toks[b0].start < doc.body.start) b0++;
  let b1 = toks.length;
  while (b1 > b0 && toks[b1 - 1].end > doc.body.end) b1--;
  // a first line that is a headline: short, no final stop, followed by a blank line
  if (b0 < b1) {
    let e = b0;
    while (e < b1 && seg.para[e] === seg.para[b0]) e++;
    if (e < b1) {
      const lineEnd = toks[e - 1].end;
      const gap = text.slice(lineEnd, toks[e].start);
      const line = text.slice(toks[b0].start, lineEnd);
      const title = doc.meta.title ? normalize(doc.meta.title).trim() : null;
      const headline = (/\n\s*\n/.test(gap) && line.length < 200 && !/[.!?؟:]$/.test(line)) || (title && normalize(line).trim() === title);
      if (headline) b0 = e;
    }
  }
  return [b0, b1];
}

function findAccording(ctx: ScanContext, b0: number, b1: number): void {
  for (let i = b0; i < b1; i++) {
    if (!ctx.facts[i].according.length) continue;
    const p = parseAccording(ctx, i);
    if (!p) continue;
    ctx.accordingAt[i] = p;
    for (let k = i; k < p.endTok; k++) ctx.consumed[k] = 1;
    i = p.endTok - 1;
  }
}

interface SentenceState {
  s: number;
  start: number;
  limit: number;
  drafts: Draft[];
}

function draftFromCue(ctx: ScanContext, c: CueMatch, st: SentenceState, history: SpeakerHistoryItem[]): Draft | null {
  const { sense } = c;
  // «بما وصفه», «التي أعلنها»: a relative clause reports nothing by itself
  if (c.tok > 0 && ctx.lex.words.relativeBeforeCue.has(ctx.toks[c.tok - 1].norm)) return null;
  // «في تصريحات نقلتها وكالات الأنباء»: a relative clause on a document noun
  if (c.suffixed && c.tok > 0 && ctx.lex.words.documentNouns.has(ctx.toks[c.tok - 1].norm.replace(/^[وفب]/, ''))) return null;
  const inQuote = !!ctx.seg.quoteOf[c.tok];
  let from = c.tok + 1;
  let speaker: string | null = null;
  let explicit = false;
  let sources: string[] = [];
  let unknownSubject: string | undefined;
  let cue = { start: c.start, end: c.end, lemma: sense.lemma };
  if (sense.cls === 'relay') {
    // «نقلت X عن Y (قوله) …»: X relays, Y speaks
    let post = subjectAfter(ctx, from, st.limit, true);
    if (!post && ctx.toks[from]?.norm !== 'عن') {
      const sp = speakerAt(ctx, from, st.limit, { names: false });
      if (sp && ctx.toks[sp.last + 1]?.norm === 'عن') post = { entity: sp.entity, lastTok: sp.last };
    }
    const pre = post ? null : c.conj ? null : subjectBefore(ctx, c.tok, st.start, true);
    const reporter = post?.entity ?? pre?.entity ?? null;
    let k = post ? post.lastTok + 1 : from;
    while (isPunct(ctx.toks[k], ',')) k++;
    if (ctx.toks[k]?.norm !== 'عن') {
      // «نقلت وكالة "رويترز" أن…»: without «عن», the relay verb reports like «ذكرت»
      if (!reporter || complementizerAhead(ctx, k, st.limit) < 0) return null;
      speaker = reporter;
      explicit = true;
      from = k;
    } else {
      const y = ctx.mi.at[k + 1];
      if (y && SPEAKER_TYPES.has(y.entity.type)) {
        speaker = y.entity.id;
        k = mentionEndToken(ctx.doc, ctx.mi, k + 1) + 1;
      } else {
        const sp = y ? null : speakerAt(ctx, k + 1, st.limit, { names: true });
        if (!sp) return null;
        speaker = sp.entity;
        k = sp.last + 1;
      }
      explicit = true;
    // «عن ثلاثة مصادر لم تسمها قولها»: the masdar may follow a short relative clause
    for (let j = k; j < k + 5 && j < st.limit; j++) {
      const m = cueAt(ctx, j);
      if (m && m.sense.cls === 'masdar') {
        cue = { start: m.start, end: m.end, lemma: m.sense.lemma };
        ctx.consumed[j] = 1;
        k = j + 1;
        break;
      }
      if (ctx.toks[j].kind === 'punct' || isComplementizer(ctx, j)) break;
    }
    from = k;
    if (reporter) sources = [reporter];
    }
  } else if (sense.cls === 'circ') {
    // «…، محذِّرًا»: the subject of the sentence's main clause
    const prev = st.drafts[st.drafts.length - 1];
    if (prev && prev.speaker && compatible(ctx.mi.info.get(prev.speaker), sense.agr)) {
      speaker = prev.speaker;
      // the main clause's relays report the participle too
      sources = [...prev.sources];
    }
    else {
      for (let j = Math.max(st.start, c.tok - 80); j < c.tok && !speaker; j++) {
        const m = ctx.mi.at[j];
        if (m && SPEAKER_TYPES.has(m.entity.type) && !ctx.seg.quoteOf[j] && compatible(ctx.mi.info.get(m.entity.id), sense.agr)) speaker = m.entity.id;
      }
      if (!speaker) speaker = implicitSpeaker(ctx, history, sense.agr, c.tok, st.start, st.s).speaker;
    }
  } else if (sense.cls === 'verb') {
    // «يذكر أن…», «يُعتقد أن…» opening a sentence: impersonal, nobody speaks
    const prevTok = ctx.toks[c.tok - 1];
    if (sense.imperfect && sense.agr === 'm' && !c.conj && isComplementizer(ctx, from) &&
      (c.tok === st.start || prevTok.kind === 'punct' || prevTok.norm === 'و')) return null;
    // «وصف X بأنه…» keeps its object reading: بأن belongs to the description
    const objectReading = sense.obj && (sense.twoObjects || (sense.objHeads === null && complementizerAhead(ctx, from, st.limit) < 0));
    // a subject before the verb makes an unknown noun after it the object («لافروف وصف العلاقات»)
    const before = c.conj ? null : subjectBefore(ctx, c.tok, st.start);
    let post = sense.agr === 'pl' ? null : subjectAfter(ctx, from, st.limit, objectReading, { agr: sense.agr, fallback: !before, sense });
    if (post && post.entity === null && before) post = null;
    if (post) {
      speaker = post.entity;
      explicit = true;
      if (!speaker) unknownSubject = sense.agr;
      from = post.lastTok + 1;
    } else {
      const pre = c.conj ? null : before ?? subjectBefore(ctx, c.tok, st.start, true);
      const issuer = pre ? null : issuerOfDocument(ctx, c.tok, st.start);
      if (pre) {
        speaker = pre.entity;
        explicit = true;
      } else if (issuer) speaker = issuer;
      else {
        // «يذكر أن…», «يُعتقد أن…»: impersonal, nobody speaks
        const next = ctx.toks[from];
        if (sense.imperfect && sense.agr === 'm' && next && ctx.lex.words.complementizers.has(next.norm)) return null;
        // inside a quotation an unstated subject belongs to the quoted text
        if (inQuote) return null;
        const r = implicitSpeaker(ctx, history, sense.agr, c.tok, st.start, st.s);
        speaker = r.speaker;
        if (r.from && r.from === history[history.length - 1]) sources = [...r.from.sources];
      }
    }
  } else return null;
  if (explicit) learnAgreement(ctx, speaker, sense.agr);
  ctx.contentSpeaker = speaker;
  const content = findContent(ctx, { from, limit: st.limit, sense });
  ctx.contentSpeaker = null;
  if (!content) {
    // «وهدد ترامب بالانسحاب…»: an overt subject with no reported content still sets the topic for a later «وأشار»
    if (explicit && speaker && sense.cls === 'verb') history.push({ speaker, sent: st.s, sources: [] });
    return null;
  }
  for (const a of content.absorbed) ctx.consumed[a] = 1;
  const d: Draft = {
    cue, stance: sense.stance, speaker,
    content: { start: content.start, end: content.end },
    kind: content.kind, sources: [], sent: st.s, parent: null, unknownSubject,
  };
  for (const s of sources) addSource(d, s, false);
  for (const r of content.relays) addSource(d, r, false);
  return d;
}

/** Add an "according to" phrase to a statement: its reporter relays; «نقلا عن Y» between cue and content makes Y the speaker. */
function attachAccording(d: Draft, p: AccordingPhrase): void {
  if (p.origin) {
    if (!d.speaker) d.speaker = p.origin;
    else if (p.origin !== d.speaker && p.cueStart >= d.cue.end && p.cueStart < d.content.start) {
      const was = d.speaker;
      d.speaker = p.origin;
      addSource(d, was);
    }
  }
  addSource(d, p.reporter);
}

/** Nothing but the phrase (and punctuation) in its sentence. */
function standsAlone(ctx: ScanContext, p: AccordingPhrase, st: SentenceState): boolean {
  for (let k = st.start; k < st.limit; k++) {
    if (k >= p.head && k < p.endTok) continue;
    const t = ctx.toks[k];
    if (t.kind !== 'punct' && !/^(و|ف)$/.test(t.norm)) return false;
  }
  return true;
}

/** «ووفق "رويترز"، فإن ترمب طلب…»: a leading phrase whose content opens with فإن is a statement of its own. */
function opensWithFa(ctx: ScanContext, p: AccordingPhrase, st: SentenceState): boolean {
  for (let k = st.start; k < p.head; k++) if (ctx.toks[k].kind !== 'punct' && !/^(و|ف)$/.test(ctx.toks[k].norm)) return false;
  let k = p.endTok;
  while (k < st.limit && ctx.toks[k].kind === 'punct') k++;
  const w = ctx.toks[k]?.norm ?? '';
  return /^ف/.test(w) && ctx.lex.words.complementizers.has(w.slice(1));
}

/** An "according to" phrase with no statement in its sentence is a statement itself. */
function draftFromAccording(ctx: ScanContext, p: AccordingPhrase, st: SentenceState): Draft | null {
  const { toks } = ctx;
  let lead = p.head - st.start <= 6;
  for (let k = Math.max(st.start, p.head - 6); k < p.head; k++) if (toks[k].kind !== 'punct' && !/^(و|ف|وقد|فقد|قد)$/.test(toks[k].norm)) lead = false;
  let start: number;
  let end: number;
  let first: number;
  let last: number;
  if (lead) {
    first = p.endTok;
    while (first < st.limit && isPunct(toks[first], ',', ':')) first++;
    if (first >= st.limit) return null;
    const t = toks[first];
    start = t.norm.startsWith('ف') && ctx.lex.words.complementizers.has(t.norm.slice(1)) ? afterClitic(ctx.text, t) : t.start;
    last = clauseEnd(ctx, first, st.limit, false);
    end = toks[last].end;
  } else {
    first = st.start;
    while (first < p.head && /^(وقد|فقد|قد)$/.test(toks[first].norm)) first++;
    const t = toks[first];
    start = t.norm.length > 3 && /^[وف]/.test(t.norm) && !ctx.mi.at[first] ? afterClitic(ctx.text, t) : t.start;
    last = p.head - 1;
    while (last > first && toks[last].kind === 'punct' && toks[last].text !== '"' && toks[last].text !== '»') last--;
    end = toks[last].end;
  }
  if (end <= start) return null;
  let words = 0;
  for (let k = first; k <= last; k++) if (toks[k].kind !== 'punct') words++;
  if (!words) return null;
  let mixed = false;
  for (let k = first; k <= last; k++) {
    const q = ctx.seg.quoteAtOpen[k];
    if (q && isSpeechQuote(ctx, q, 1)) mixed = true;
  }
  const d: Draft = {
    cue: { start: p.cueStart, end: p.cueEnd, lemma: 'بحسب' }, stance: 'report',
    speaker: p.origin ?? p.reporter,
    content: { start, end }, kind: mixed ? 'mixed' : 'indirect', sources: [], sent: st.s, parent: null,
  };
  if (p.origin) addSource(d, p.reporter);
  return d;
}

export function extractStatements(doc: Doc, lex: CueLexicon): Statement[] {
  if (!doc.tokens.length || !doc.text) return [];
  const seg = segment(doc.text, doc.tokens);
  const mi = buildMentionIndex(doc, lex.words);
  const ctx: ScanContext = {
    doc, text: doc.text, toks: doc.tokens, seg, mi, lex,
    consumed: new Uint8Array(doc.tokens.length), accordingAt: new Array(doc.tokens.length), facts: tokenFacts(lex, doc.tokens),
    cueMemo: new Array(doc.tokens.length), stopperMemo: new Int8Array(doc.tokens.length).fill(-1),
  };
  const [b0, b1] = bodyRange(ctx);
  findMediaNames(ctx, b0, b1);
  findAccording(ctx, b0, b1);
  const drafts: Draft[] = [];
  const history: SpeakerHistoryItem[] = [];
  let prevDrafts: Draft[] = [];
  for (let s = 0; s < seg.sentStart.length; s++) {
    const start = Math.max(seg.sentStart[s], b0);
    const limit = Math.min(seg.sentEnd[s], b1);
    if (start >= limit) continue;
    const st: SentenceState = { s, start, limit, drafts: [] };
    for (let i = start; i < limit; i++) {
      const c = cueAt(ctx, i);
      if (!c || c.sense.cls === 'masdar') continue;
      const d = draftFromCue(ctx, c, st, history);
      if (!d) continue;
      st.drafts.push(d);
      history.push(d);
    }
    const cueDrafts = st.drafts.slice();
    for (let i = start; i < limit; i++) {
      const p = ctx.accordingAt[i];
      if (!p) continue;
      // «… جديد. بحسب ما أوردت فرانس برس.»: a phrase standing alone names the relay of the sentence before
      if (!cueDrafts.length && standsAlone(ctx, p, st) && prevDrafts.length) {
        for (const d of prevDrafts) attachAccording(d, p);
        continue;
      }
      if (cueDrafts.length && !opensWithFa(ctx, p, st)) {
        for (const d of cueDrafts) attachAccording(d, p);
      } else {
        const d = draftFromAccording(ctx, p, st);
        if (d) {
          st.drafts.push(d);
          history.push(d);
        }
      }
    }
    if (st.drafts.length) prevDrafts = st.drafts;
    drafts.push(...st.drafts);
  }
  nestStatements(drafts);
  return finish(ctx, drafts);
}

function finish(ctx: ScanContext, drafts: Draft[]): Statement[] {
  const seen = new Set<string>();
  const kept = drafts
    .filter((d) => {
      const key = d.content.start + ':' + d.content.end;
      if (seen.has(key) || d.content.end <= d.content.start) return false;
      // never a statement of punctuation alone
      if (!/[\p{L}\p{N}]/u.test(ctx.text.slice(d.content.start, d.content.end))) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.cue.start - b.cue.start || a.content.start - b.content.start);
  const ids = new Map<Draft, string>();
  kept.forEach((d, i) => ids.set(d, 's' + (i + 1)));
  return kept.map((d) => ({
    id: ids.get(d)!,
    speaker: d.speaker,
    cue: d.cue,
    content: d.content,
    kind: d.kind,
    sources: d.sources.filter((s) => !ctx.mi.info.get(s)?.outlet && s !== d.speaker),
    parent: d.parent ? ids.get(d.parent) ?? null : null,
    stance: d.stance,
  }));
}
