// Corpus label statistics of a word (built by build-corpus-tags.ts) as one small
// code, and their merge into the per-word lexicon the model file carries.
import { IOB_LABELS } from './tags.js';

const NL = IOB_LABELS.length;

export const CORPUS_TAGS_HEADER = '# word<TAB>corpus label code (src/ner/corpus-tags.ts); built by src/ner/build-corpus-tags.ts';

/**
 * From the label counts of a word's occurrences: 0 when seen fewer than `minCount`
 * times or (almost) never inside an entity; else 1 + 4 × (most frequent entity label − 1)
 * + share band of its occurrences inside an entity (< 10%, < 40%, < 80%, ≥ 80%).
 */
export function corpusTagCode(c: ArrayLike<number>, minCount: number): number {
  let total = 0;
  let ent = 0;
  let best = 0;
  for (let y = 0; y < NL; y++) {
    total += c[y];
    if (y > 0) {
      ent += c[y];
      if (best === 0 || c[y] > c[best]) best = y;
    }
  }
  if (total < minCount || ent === 0 || ent / total < 0.02) return 0;
  const share = ent / total;
  const band = share < 0.1 ? 0 : share < 0.4 ? 1 : share < 0.8 ? 2 : 3;
  return 1 + 4 * (best - 1) + band;
}

/** Parse `word<TAB>code` lines (comments start with #). */
export function parseCorpusTags(tsv: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, c] = line.split('\t');
    if (w && c) m.set(w, Number(c));
  }
  return m;
}
