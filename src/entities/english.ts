// English names: the KB's, else a transliteration (src/kb/translit.ts),
// else a gloss built by the detector for nominals.
import type { EntityType } from '../model/analysis.js';
import { transliterate } from '../kb/translit.js';

// the same names recur across articles: transliterate each (name, type) once
const cache = new Map<string, string | undefined>();
const CACHE_MAX = 20000;

export function englishName(arabic: string, type: EntityType): string | undefined {
  const k = type + '|' + arabic;
  if (cache.has(k)) return cache.get(k);
  let en: string | undefined;
  try {
    const t = transliterate(arabic, type === 'PER' ? 'PER' : type === 'ORG' ? 'ORG' : 'LOC');
    en = t && t.trim() ? t : undefined;
  } catch {
    en = undefined;
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(k, en);
  return en;
}
