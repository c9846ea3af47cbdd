// Where, when, how many, and in whose report: the place (في/قرب + a place
// entity), the date (the nearest date expression in the sentence), the
// quantity (the first number after the trigger in its sentence), and the
// statement the event is reported in with its speaker and relays.
import type { Doc } from '../analyze/doc.js';
import type { Statement } from '../model/analysis.js';
import type { DocIndex } from './doc-index.js';
import { statementContaining, tokenAtOffset } from './doc-index.js';
import type { EventLexicon } from './lexicon.js';
import { bareWord, mentionOf } from './actor-groups.js';

const PLACE_WINDOW = 12;
const QUANTITY_WINDOW = 12;
const PLACE_PREPS = new Set(['في', 'قرب', 'بالقرب', 'داخل', 'الي']);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/;

function placeAfterPrep(idx: DocIndex, lex: EventLexicon, j: number): string | undefined {
  const w = bareWord(idx.tokens[j].norm, PLACE_PREPS);
  if (!PLACE_PREPS.has(w)) return undefined;
  for (let k = j + 1, n = 0; k < idx.tokens.length && n < 3 && idx.sent[k] === idx.sent[j]; k++, n++) {
    const m = mentionOf(idx, k);
    if (m) return m.tokStart === k && (m.entity.type === 'GPE' || m.entity.type === 'LOC') ? m.entity.id : undefined;
    if (!lex.placeHeads.has(bareWord(idx.tokens[k].norm, lex.placeHeads))) return undefined;
  }
  return undefined;
}

export function locationOf(idx: DocIndex, lex: EventLexicon, v: number): string | undefined {
  for (let j = v + 1; j <= v + PLACE_WINDOW && j < idx.tokens.length && idx.sent[j] === idx.sent[v]; j++) {
    const id = placeAfterPrep(idx, lex, j);
    if (id) return id;
  }
  for (let j = v - 1; j >= v - PLACE_WINDOW / 2 && j >= 0 && idx.sent[j] === idx.sent[v]; j--) {
    const id = placeAfterPrep(idx, lex, j);
    if (id) return id;
  }
  return undefined;
}

export function dateOf(doc: Doc, idx: DocIndex, v: number): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const t of doc.times) {
    if (t.kind !== 'date' || !ISO_DATE.test(t.value)) continue;
    const k = tokenAtOffset(idx.tokens, t.start);
    if (k >= idx.tokens.length || idx.sent[k] !== idx.sent[v]) continue;
    const d = Math.abs(k - v);
    if (d < bestDist) {
      bestDist = d;
      best = t.value;
    }
  }
  return best;
}

export function quantityOf(doc: Doc, idx: DocIndex, v: number): number | undefined {
  for (const q of doc.quantities) {
    const k = tokenAtOffset(idx.tokens, q.start);
    if (k > v && k <= v + QUANTITY_WINDOW && idx.sent[k] === idx.sent[v]) return q.value;
  }
  return undefined;
}

/** The statement an event is reported in: for a trigger that is itself a cue, the statement around that cue. */
export function reportingStatement(idx: DocIndex, v: number): Statement | undefined {
  const tok = idx.tokens[v];
  const cue = idx.cueAt[v];
  if (cue) return statementContaining(idx, cue.cue.start, cue.cue.end);
  return statementContaining(idx, tok.start, tok.end);
}

/** Who reports the event: the statement's speaker, then its relays. */
export function reportersOf(st: Statement | undefined): string[] {
  if (!st) return [];
  const out: string[] = [];
  if (st.speaker) out.push(st.speaker);
  for (const s of st.sources) if (!out.includes(s)) out.push(s);
  return out;
}
