// The fallback-speaker lexicon, from src/lexicon/statements-speakers.json:
// heads of speaker noun phrases («مصدر», «متحدث», «وكالة»…) with their type,
// number and gender, unambiguous news-media names, nouns a prepositional
// phrase after a speaker head may name, and titles that follow a name.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../model/analysis.js';
import { normalize } from '../text/normalize.js';
import type { GrammaticalNumber } from './mention-index.js';

export interface SpeakerHead {
  /** normalised words of the head form («وكالة الأنباء» has two) */
  words: string[];
  type: EntityType;
  number: GrammaticalNumber | 'du';
  gender: 'm' | 'f';
  en: string;
  media: boolean;
  /** the bare definite head refers back to an earlier entity */
  anaphor: boolean;
  /** «أحد», «بعض»: needs a plural head after it */
  quantifier: boolean;
  /** «مراسل»: belongs to a medium named after it */
  ofMedium: boolean;
}

export interface AgencyName {
  words: string[];
  en: string;
}

export interface SpeakerLexicon {
  /** head forms by their first normalised word, longest first; definite forms are keyed too */
  heads: Map<string, SpeakerHead[]>;
  agencies: Map<string, AgencyName[]>;
  attachHeads: Set<string>;
  nameTitles: Set<string>;
}

interface RawHead {
  forms: string[];
  type: EntityType;
  number: GrammaticalNumber | 'du';
  gender: 'm' | 'f';
  en: string;
  media?: boolean;
  anaphor?: boolean;
  quantifier?: boolean;
  ofMedium?: boolean;
}

function push<T extends { words: string[] }>(map: Map<string, T[]>, key: string, v: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.some((x) => x.words.join(' ') === v.words.join(' '))) list.push(v);
    list.sort((a, b) => b.words.length - a.words.length);
  } else map.set(key, [v]);
}

export function buildSpeakerLexicon(raw: any): SpeakerLexicon {
  const heads = new Map<string, SpeakerHead[]>();
  for (const h of (raw?.heads ?? []) as RawHead[]) {
    for (const f of h.forms) {
      const words = normalize(f).split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const base = { type: h.type, number: h.number, gender: h.gender, en: h.en, media: !!h.media, anaphor: !!h.anaphor, quantifier: !!h.quantifier, ofMedium: !!h.ofMedium };
      push(heads, words[0], { words, ...base });
      // the definite form: «مصدر» → «المصدر»
      if (!words[0].startsWith('ال')) {
        const def = ['ال' + words[0], ...words.slice(1)];
        push(heads, def[0], { words: def, ...base });
      }
    }
  }
  const agencies = new Map<string, AgencyName[]>();
  for (const [ar, en] of (raw?.agencies ?? []) as Array<[string, string]>) {
    const words = normalize(ar).toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length) push(agencies, words[0], { words, en });
  }
  return {
    heads,
    agencies,
    attachHeads: new Set(((raw?.attachHeads ?? []) as string[]).map((w) => normalize(w))),
    nameTitles: new Set(((raw?.nameTitles ?? []) as string[]).map((w) => normalize(w))),
  };
}

let cached: SpeakerLexicon | null = null;

export function loadSpeakerLexicon(): SpeakerLexicon {
  if (!cached) cached = buildSpeakerLexicon(JSON.parse(readFileSync(new URL('../lexicon/statements-speakers.json', import.meta.url), 'utf8')));
  return cached;
}
