// English names: the KB's, else a transliteration (src/kb/translit.ts),
// else a gloss built by the detector for nominals.
import { BoundedMemo } from '../util/bounded-memo.js';
import type { EntityType } from '../model/analysis.js';
import { transliterate } from '../kb/translit.js';

// the same names recur across articles: transliterate each (name, type) once
// (null: no English name)
const cache = new BoundedMemo<string, string | null>(20_000);

export function englishName(arabic: string, type: EntityType): string | undefined {
  const k = type + '|' + arabic;
  const hit = cache.get(k);
  if (hit !== undefined) return hit ?? undefined;
  let en: string | undefined;
  try {
    const t = transliterate(arabic, type === 'PER' ? 'PER' : type === 'ORG' ? 'ORG' : 'LOC');
    en = t && t.trim() ? t : undefined;
  } catch {
    en = undefined;
  }
  cache.set(k, en ?? null);
  return en;
}
