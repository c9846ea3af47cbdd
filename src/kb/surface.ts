// Matching keys for words: the loose normal form (no diacritics, unified
// alef/yaa, taa marbuta folded), so that KB names and text meet whatever
// their spelling. Multi-word names are keyed with the text tokenizer so that
// «مون جيه-إن» splits exactly as the text does.
import { looseKey } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** Keys of the tokens of a name (punctuation inside names kept as tokens). */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => looseKey(t.norm));
}

export { looseKey };
