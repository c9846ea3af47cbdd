// English names: the KB's, else a transliteration (src/kb/translit.ts),
// else a gloss built by the detector for nominals.
import type { EntityType } from '../model/analysis.js';
import { transliterate } from '../kb/translit.js';

export function englishName(arabic: string, type: EntityType): string | undefined {
  try {
    const en = transliterate(arabic, type === 'PER' ? 'PER' : type === 'ORG' ? 'ORG' : 'LOC');
    return en && en.trim() ? en : undefined;
  } catch {
    return undefined;
  }
}
