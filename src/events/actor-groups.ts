// Actor noun phrases at token level: the entity mention starting or ending at
// a token, the preposition that introduces it, and coordination
// («الولايات المتحدة وكوريا الجنوبية واليابان» → three actors).
import type { EntityType } from '../model/analysis.js';
import type { DocIndex, MentionRef } from './doc-index.js';
import type { EventLexicon } from './lexicon.js';

export interface ActorGroup {
  ids: string[];
  /** first and last token of the whole group */
  first: number;
  last: number;
}

const ACTOR_TYPES = new Set<EntityType>(['PER', 'ORG', 'GPE']);
const TARGET_TYPES = new Set<EntityType>(['PER', 'ORG', 'GPE', 'LOC']);

export function isActor(m: MentionRef, asTarget = false): boolean {
  return (asTarget ? TARGET_TYPES : ACTOR_TYPES).has(m.entity.type);
}

export function mentionOf(idx: DocIndex, j: number): MentionRef | null {
  if (j < 0 || j >= idx.tokens.length) return null;
  const k = idx.mentionAt[j];
  return k < 0 ? null : idx.mentions[k];
}

/** Strip a conjunction و/ف from a normalised word when what remains is a listed word. */
export function bareWord(norm: string, list: Set<string>): string {
  if (list.has(norm)) return norm;
  if ((norm[0] === 'و' || norm[0] === 'ف') && list.has(norm.slice(1))) return norm.slice(1);
  return norm;
}

/**
 * The preposition that introduces mention m whose first token is j: a
 * proclitic inside the token («بلافروف», «لكوريا») or the word before it
 * («مع نظيرته»). '' when none.
 */
export function prepositionOf(idx: DocIndex, lex: EventLexicon, text: string, j: number, m: MentionRef): string {
  const tok = idx.tokens[j];
  if (m.start > tok.start) {
    let pre = text.slice(tok.start, m.start);
    if (pre[0] === 'و' || pre[0] === 'ف') pre = pre.slice(1);
    const c = pre[0];
    if (c === 'ب' || c === 'ل' || c === 'ك') return c;
  }
  if (j > 0 && idx.sent[j - 1] === idx.sent[j]) {
    const w = bareWord(idx.tokens[j - 1].norm, lex.prepositions);
    if (lex.prepositions.has(w)) return w;
  }
  return '';
}

function startsWithWaw(idx: DocIndex, text: string, j: number, m: MentionRef): boolean {
  const tok = idx.tokens[j];
  return m.start > tok.start && text[tok.start] === 'و' && m.start - tok.start <= 3;
}

/** Whether the mention after `last` is another mention of `entityId` in apposition («وزير الخارجية الروسي، سيرغي لافروف»). */
function appositionAfter(idx: DocIndex, last: number, entityId: string): MentionRef | null {
  let k = last + 1;
  const open = idx.tokens[k]?.text;
  if (open === '،' || open === ',' || open === '(') k++;
  const m = mentionOf(idx, k);
  if (!m || m.tokStart !== k || m.entity.id !== entityId || idx.sent[k] !== idx.sent[last]) return null;
  // «منظمة العفو الدولية (أمنستي)»: the closing bracket belongs to the apposition
  if (open === '(' && idx.tokens[m.tokEnd + 1]?.text === ')') return { ...m, tokEnd: m.tokEnd + 1 };
  return m;
}

function appositionBefore(idx: DocIndex, first: number, entityId: string): MentionRef | null {
  let k = first - 1;
  if (k >= 0 && (idx.tokens[k].text === '،' || idx.tokens[k].text === ',')) k--;
  const m = mentionOf(idx, k);
  return m && m.tokEnd === k && m.entity.id === entityId && idx.sent[k] === idx.sent[first] ? m : null;
}

/** The mention that begins at token j, with its appositions and what is coordinated after it by و. */
export function groupFrom(idx: DocIndex, text: string, j: number, asTarget = false): ActorGroup | null {
  const m = mentionOf(idx, j);
  if (!m || m.tokStart !== j || !isActor(m, asTarget)) return null;
  const ids = [m.entity.id];
  let last = m.tokEnd;
  for (;;) {
    const same = appositionAfter(idx, last, ids[ids.length - 1]);
    if (same) {
      last = same.tokEnd;
      continue;
    }
    const k = last + 1;
    if (k >= idx.tokens.length || idx.sent[k] !== idx.sent[j]) break;
    const next = mentionOf(idx, k);
    if (!next || next.tokStart !== k || !isActor(next, asTarget) || !startsWithWaw(idx, text, k, next)) break;
    if (!ids.includes(next.entity.id)) ids.push(next.entity.id);
    last = next.tokEnd;
  }
  return { ids, first: j, last };
}

/** The mention that ends at token j, with its appositions and what is coordinated before it. */
export function groupEndingAt(idx: DocIndex, text: string, j: number, asTarget = false): ActorGroup | null {
  let m = mentionOf(idx, j);
  if (!m || !isActor(m, asTarget)) return null;
  const ids = [m.entity.id];
  const last = m.tokEnd;
  for (;;) {
    const same = appositionBefore(idx, m.tokStart, m.entity.id);
    if (same) {
      m = same;
      continue;
    }
    if (!startsWithWaw(idx, text, m.tokStart, m)) break;
    const prev = mentionOf(idx, m.tokStart - 1);
    if (!prev || prev.tokEnd !== m.tokStart - 1 || !isActor(prev, asTarget) || idx.sent[prev.tokStart] !== idx.sent[j]) break;
    if (!ids.includes(prev.entity.id)) ids.unshift(prev.entity.id);
    m = prev;
  }
  return { ids, first: m.tokStart, last };
}

/** Every coordination of two or more actors in the document, in text order (for «الدول الثلاث»). */
export function coordinatedGroups(idx: DocIndex, text: string): ActorGroup[] {
  const out: ActorGroup[] = [];
  let j = 0;
  while (j < idx.tokens.length) {
    const g = groupFrom(idx, text, j);
    if (g && g.ids.length >= 2) {
      out.push(g);
      j = g.last + 1;
    } else j++;
  }
  return out;
}
