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

const OBJ_SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'ني', 'نا', 'كم'];

export function cueAt(ctx: ScanContext, i: number): CueMatch | null {
  if (ctx.consumed[i]) return null;
  let m = ctx.cueMemo[i];
  if (m === undefined) m = ctx.cueMemo[i] = lookupCue(ctx, i);
  return m;
}

function lookupCue(ctx: ScanContext, i: number): CueMatch | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word') return null;
  // «شريطة عدم نشر اسمه»: a noun, not a verb
  const prev = ctx.toks[i - 1];
  if (prev && ctx.lex.words.masdarContext.has(prev.norm)) return null;
  const w = t.norm;
  const cands: Array<[string, boolean]> = [[w, false]];
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) cands.push([w.slice(1), true]);
  for (const [c, conj] of cands) {
    let senses = ctx.lex.forms.get(c);
    let suffixed = false;
    if (!senses) {
      for (const s of OBJ_SUFFIXES) {
        if (c.length - s.length >= 3 && c.endsWith(s)) {
          const v = ctx.lex.forms.get(c.slice(0, -s.length))?.filter((x) => x.cls === 'verb' || x.cls === 'relay');
          if (v && v.length) {
            senses = v;
            suffixed = true;
            break;
          }
        }
      }
    }
    if (senses && senses.length) {
      return { tok: i, sense: senses[0], start: conj ? afterClitic(ctx.text, t) : t.start, end: t.end, conj, suffixed };
    }
  }
  return null;
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
