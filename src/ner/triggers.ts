// Trigger words (triggers.json): titles before person names, verbs of
// saying before their subject, head nouns of organisation and place names.
// A word's class bits come from its article-stripped stem, so «الرئيس»,
// «والرئيس» and «رئيس» all fire TITLE.
import { normalize } from '../text/normalize.js';
import triggers from './triggers.json' with { type: 'json' };

export const TRIGGER = { TITLE: 1, SAY: 2, ORG: 4, LOC: 8 } as const;

const table = new Map<string, number>();
for (const [cls, words] of Object.entries((triggers as { classes: Record<string, string[]> }).classes)) {
  const bit = TRIGGER[cls as keyof typeof TRIGGER] ?? 0;
  for (const w of words) {
    let k = normalize(w);
    if (k.startsWith('ال') && k.length > 3) k = k.slice(2);
    table.set(k, (table.get(k) ?? 0) | bit);
  }
}

/** Trigger class bits of an article-stripped, normalised stem (0 when none). */
export function triggerClass(stem: string): number {
  return table.get(stem) ?? 0;
}
