// Find a reporting cue at a token: the word itself, without a leading و/ف,
// or with an object pronoun (سألته، نقلته). Returns the sense and the span of
// the cue without the conjunction (the gold convention: «وأضافت» → «أضافت»).
import type { CueSense } from './lexicon.js';
import { afterClitic, type ScanContext } from './scan-context.js';

export interface CueMatch {
  tok: number;
  sense: CueSense;
  start: number;
  end: number;
  /** the token carries a conjunction (starts a new clause) */
  conj: boolean;
  /** the verb carries an object pronoun («نقلتها», «أصدرته») */
  suffixed?: boolean;
}

export function cueAt(ctx: ScanContext, i: number): CueMatch | null {
  if (ctx.consumed[i]) return null;
  let m = ctx.cueMemo[i];
  if (m === undefined) m = ctx.cueMemo[i] = lookupCue(ctx, i);
  return m;
}

function lookupCue(ctx: ScanContext, i: number): CueMatch | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word') return null;
  const m = ctx.facts[i].cue;
  if (!m) return null;
  // «شريطة عدم نشر اسمه»: a noun, not a verb
  const prev = ctx.toks[i - 1];
  if (prev && ctx.lex.words.masdarContext.has(prev.norm)) return null;
  return { tok: i, sense: m.sense, start: m.conj ? afterClitic(ctx.text, t) : t.start, end: t.end, conj: m.conj, suffixed: m.suffixed };
}

export const isComplementizer = (ctx: ScanContext, i: number): boolean => {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word') return false;
  if (!ctx.lex.words.complementizers.has(t.norm)) {
    const w = t.norm;
    if (!(w.length > 2 && (w[0] === 'و' || w[0] === 'ف') && ctx.lex.words.complementizers.has(w.slice(1)))) return false;
  }
  const prev = ctx.toks[i - 1];
  return !(prev && ctx.lex.words.notComplementizerAfter.has(prev.norm));
};
