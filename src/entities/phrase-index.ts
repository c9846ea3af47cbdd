// A small phrase index over loose token keys: first key → phrases, longest
// first. Titles, nominal heads and descriptors are matched through it at the
// cost of one Map lookup per token variant.
import type { Token } from '../text/tokenize.js';
import { nameKeys } from '../kb/surface.js';
import { keyOf, variants, withoutArticle, type WordVariant } from './words.js';

export interface Phrase<T> {
  keys: string[];
  data: T;
}

export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

/** Index phrases; the first word is stored without its article so «زعيم» also finds «الزعيم». */
export function buildPhraseIndex<T>(items: Array<[string, T]>): PhraseIndex<T> {
  const idx: PhraseIndex<T> = new Map();
  const seen = new Set<string>();
  for (const [text, data] of items) {
    const keys = nameKeys(text);
    if (!keys.length) continue;
    keys[0] = withoutArticle(keys[0]);
    const sig = keys.join(' ');
    if (seen.has(sig)) continue;
    seen.add(sig);
    let list = idx.get(keys[0]);
    if (!list) idx.set(keys[0], (list = []));
    list.push({ keys, data });
  }
  for (const list of idx.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return idx;
}

export interface PhraseMatch<T> {
  t0: number;
  /** token index just past the phrase */
  t1: number;
  start: number;
  data: T;
  /** the first word carried the article */
  definite: boolean;
  variant: WordVariant;
}

/** The longest phrase starting at token i (proclitics and the article on the first word allowed). */
export function matchPhrase<T>(tokens: Token[], i: number, idx: PhraseIndex<T>): PhraseMatch<T> | null {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  let best: PhraseMatch<T> | null = null;
  for (const v of variants(tok)) {
    const bare = withoutArticle(v.key);
    const definite = bare !== v.key;
    const list = idx.get(bare);
    if (!list) continue;
    for (const p of list) {
      if (best && p.keys.length <= best.t1 - best.t0) break;
      let ok = true;
      for (let j = 1; j < p.keys.length; j++) {
        if (keyOf(tokens[i + j]) !== p.keys[j]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        best = { t0: i, t1: i + p.keys.length, start: v.start, data: p.data, definite, variant: v };
        break;
      }
    }
  }
  return best;
}
