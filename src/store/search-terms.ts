// Arabic full-text search the same way in every store: the index holds, for
// each word, its normalised form and its clitic-stripped stems, so a query
// for «لافروف» or «قال» finds «بلافروف» or «وقالت», whatever the diacritics.
// (FTS5's unicode61 does not fold Arabic harakat: STACK.md.)
import { BoundedMemo } from '../util/bounded-memo.js';
import { cliticSplits } from '../text/clitics.js';
import { foldedWords } from './keys.js';

// verb and noun endings after which the bare stem is still a useful search key
const INFLECTIONS = ['ات', 'ون', 'ين', 'وا', 'ان', 'تم', 'ت', 'ه'];
const MIN_STEM = 2;

function wordForms(w: string, out: Set<string>): void {
  out.add(w);
  if (!/\p{Script=Arabic}/u.test(w)) return;
  for (const s of cliticSplits(w)) {
    // clitic analysis restores taa marbuta (زيارته → زيارة); the index folds it like the query
    const stem = s.stem.replace(/ة/g, 'ه');
    out.add(stem);
    for (const inf of INFLECTIONS) {
      if (stem.length - inf.length >= MIN_STEM + 1 && stem.endsWith(inf)) out.add(stem.slice(0, -inf.length));
    }
  }
}

// news vocabulary repeats: remember each word's forms (bounded)
const formsCache = new BoundedMemo<string, string[]>(200_000);

function cachedForms(w: string): string[] {
  let f = formsCache.get(w);
  if (!f) {
    const set = new Set<string>();
    wordForms(w, set);
    f = [...set];
    formsCache.set(w, f);
  }
  return f;
}

/** The space-separated terms to index for a text. */
export function indexTerms(text: string): string {
  const out = new Set<string>();
  for (const w of foldedWords(text)) for (const f of cachedForms(w)) out.add(f);
  return [...out].join(' ');
}

/** The words of a query, folded like the index: every one must match. */
export function queryTerms(text: string): string[] {
  return [...new Set(foldedWords(text))].slice(0, 16);
}
