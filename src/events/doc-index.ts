// Token-level views of a Doc that the event extractor reads many times:
// which sentence each token is in, which entity mention covers it, which
// time expression covers it, and which statement cue it belongs to. Built
// once per document in linear passes so that every later lookup is O(1).
import type { Entity, Statement, TimeExpr } from '../model/analysis.js';
import type { Doc } from '../analyze/doc.js';
import type { Token } from '../text/tokenize.js';
import { sortedMentions } from '../analyze/entity-lookup.js';
import { findGroupNominals } from './group-nominals.js';

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
  /** first and last token the mention overlaps */
  tokStart: number;
  tokEnd: number;
}

export interface DocIndex {
  tokens: Token[];
  /** sentence number of each token */
  sent: Int32Array;
  /** index into `mentions` of the longest mention overlapping each token, or -1 */
  mentionAt: Int32Array;
  mentions: MentionRef[];
  /** index into doc.times of the time expression covering each token, or -1 */
  timeAt: Int32Array;
  /** the statement whose cue overlaps each token */
  cueAt: (Statement | undefined)[];
  /** statements sorted by content length (innermost first) */
  byContent: Statement[];
  entityById: Map<string, Entity>;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';', '…']);

function hasNewline(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

function sentenceIds(doc: Doc, tokens: Token[]): Int32Array {
  const sent = new Int32Array(tokens.length);
  const starts = doc.sentences.map((s) => s.start).sort((a, b) => a - b);
  let s = 0;
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prev = tokens[i - 1];
      let boundary = SENTENCE_END.has(prev.text) || hasNewline(doc.text, prev.end, tokens[i].start);
      while (k < starts.length && starts[k] <= tokens[i].start) {
        if (starts[k] > prev.start) boundary = true;
        k++;
      }
      if (boundary) s++;
    }
    sent[i] = s;
  }
  return sent;
}

/** First token index whose end is after `offset` (binary search). */
export function tokenAtOffset(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markSpans<T extends { start: number; end: number }>(tokens: Token[], spans: T[], out: (i: number, k: number) => void): void {
  spans.forEach((sp, k) => {
    for (let i = tokenAtOffset(tokens, sp.start); i < tokens.length && tokens[i].start < sp.end; i++) out(i, k);
  });
}

export function buildDocIndex(doc: Doc): DocIndex {
  const tokens = doc.tokens;
  const n = tokens.length;
  const mentions: MentionRef[] = [];
  const mentionAt = new Int32Array(n).fill(-1);
  for (const hit of sortedMentions(doc)) {
    const { start, end } = hit.mention;
    if (!(end > start)) continue;
    const tokStart = tokenAtOffset(tokens, start);
    if (tokStart >= n || tokens[tokStart].start >= end) continue;
    let tokEnd = tokStart;
    while (tokEnd + 1 < n && tokens[tokEnd + 1].start < end) tokEnd++;
    const k = mentions.length;
    mentions.push({ entity: hit.entity, start, end, tokStart, tokEnd });
    for (let i = tokStart; i <= tokEnd; i++) {
      const cur = mentionAt[i];
      if (cur < 0 || mentions[cur].end - mentions[cur].start < end - start) mentionAt[i] = k;
    }
  }
  for (const g of findGroupNominals(doc, tokens, (i) => mentionAt[i] >= 0)) {
    mentionAt[g.tok] = mentions.length;
    mentions.push({ entity: g.entity, start: g.start, end: tokens[g.tok].end, tokStart: g.tok, tokEnd: g.tok });
  }
  const timeAt = new Int32Array(n).fill(-1);
  markSpans(tokens, doc.times as TimeExpr[], (i, k) => (timeAt[i] = k));
  const cueAt: (Statement | undefined)[] = new Array(n);
  for (const st of doc.statements) markSpans(tokens, [st.cue], (i) => (cueAt[i] = st));
  const byContent = [...doc.statements].sort(
    (a, b) => a.content.end - a.content.start - (b.content.end - b.content.start),
  );
  return {
    tokens,
    sent: sentenceIds(doc, tokens),
    mentionAt,
    mentions,
    timeAt,
    cueAt,
    byContent,
    entityById: new Map(doc.entities.map((e) => [e.id, e])),
  };
}

/** The innermost statement whose content contains [start, end). */
export function statementContaining(idx: DocIndex, start: number, end: number): Statement | undefined {
  return idx.byContent.find((s) => s.content.start <= start && end <= s.content.end);
}
