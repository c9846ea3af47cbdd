// The entity word lists (src/lexicon/titles.json, nominals.json), compiled
// into phrase indexes once per process.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../model/analysis.js';
import { looseKey } from '../text/normalize.js';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';

const LEX = new URL('../lexicon/', import.meta.url);

export interface TitleInfo {
  role: string;
  complement: boolean;
  /** takes «باسم X»: whose spokesperson */
  of: boolean;
  prefixOnly: boolean;
  feminine: boolean;
}

export interface GroupInfo {
  type: EntityType;
  en: string;
  needsModifier: boolean;
}

export interface AnaphorInfo {
  categories: string[];
}

export interface EntityLexicons {
  titles: PhraseIndex<TitleInfo>;
  titleAfter: Set<string>;
  counterpart: Set<string>;
  groups: PhraseIndex<GroupInfo>;
  anaphors: Map<string, AnaphorInfo>;
  descriptors: PhraseIndex<true>;
  government: Set<string>;
  modifiers: Set<string>;
  /** organisation heads (org-patterns.ts) by loose key without the article */
  orgHeads: Map<string, 'ministry' | 'party' | 'institution'>;
  /** military heads: an organisation name only with a modifier outside `modifiers` */
  militaryHeads: Set<string>;
  /** words that keep a military head generic (قوات الأمن) */
  militaryGeneric: Set<string>;
  /** ministries named by domain alone before a nationality adjective (الخارجية الصينية) */
  ministryDomains: Map<string, string>;
  /** words that end an organisation name (dates, السابق) */
  orgStop: Set<string>;
  /** common ال…ي adjectives that are not family names (الحالي، الرسمي) */
  notFamilyNames: Set<string>;
  /** function words (src/lexicon/stopwords-ar.txt, MIT): never a name */
  stopwords: Set<string>;
}

interface TitlesFile {
  titles: Array<{ ar: string[]; role: string; complement?: boolean; of?: boolean; prefixOnly?: boolean }>;
  after: string[];
  counterpart: string[];
}
interface NominalsFile {
  groups: Array<{ ar: string[]; type: EntityType; en: string; needsModifier?: boolean }>;
  anaphors: Array<{ ar: string[]; categories: string[] }>;
  descriptors: string[];
  government: string[];
  modifiers: string[];
  notFamilyNames?: string[];
  orgHeads?: { ministry?: string[]; party?: string[]; institution?: string[]; military?: string[] };
  ministryDomains?: Record<string, string>;
  orgStop?: string[];
  militaryGeneric?: string[];
}

function read<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, LEX), 'utf8')) as T;
}

function orgHeadMap(n: NominalsFile): Map<string, 'ministry' | 'party' | 'institution'> {
  const m = new Map<string, 'ministry' | 'party' | 'institution'>();
  const h = n.orgHeads ?? {};
  for (const kind of ['ministry', 'party', 'institution'] as const) for (const w of h[kind] ?? []) m.set(looseKey(w), kind);
  for (const w of h.military ?? []) m.set(looseKey(w), 'institution');
  return m;
}

export function loadEntityLexicons(): EntityLexicons {
  const t = read<TitlesFile>('titles.json');
  const n = read<NominalsFile>('nominals.json');
  const titleItems: Array<[string, TitleInfo]> = [];
  for (const g of t.titles)
    for (const ar of g.ar)
      titleItems.push([ar, { role: g.role, complement: !!g.complement, of: !!g.of, prefixOnly: !!g.prefixOnly, feminine: /ة(\s|$)/.test(ar.split(' ')[0]) }]);
  const groupItems: Array<[string, GroupInfo]> = [];
  for (const g of n.groups) for (const ar of g.ar) groupItems.push([ar, { type: g.type, en: g.en, needsModifier: !!g.needsModifier }]);
  const anaphors = new Map<string, AnaphorInfo>();
  for (const a of n.anaphors) for (const ar of a.ar) anaphors.set(looseKey(ar), { categories: a.categories });
  return {
    titles: buildPhraseIndex(titleItems),
    titleAfter: new Set(t.after.map(looseKey)),
    counterpart: new Set(t.counterpart.map(looseKey)),
    groups: buildPhraseIndex(groupItems),
    anaphors,
    descriptors: buildPhraseIndex(n.descriptors.map((d) => [d, true as const])),
    government: new Set(n.government.map(looseKey)),
    modifiers: new Set(n.modifiers.map(looseKey)),
    notFamilyNames: new Set((n.notFamilyNames ?? []).map(looseKey)),
    orgHeads: orgHeadMap(n),
    militaryHeads: new Set((n.orgHeads?.military ?? []).map(looseKey)),
    militaryGeneric: new Set((n.militaryGeneric ?? []).map(looseKey)),
    ministryDomains: new Map(Object.entries(n.ministryDomains ?? {}).map(([ar, en]) => [looseKey(ar), en])),
    orgStop: new Set((n.orgStop ?? []).map(looseKey)),
    stopwords: new Set(readFileSync(new URL('stopwords-ar.txt', LEX), 'utf8').split('\n').map((w) => looseKey(w.trim())).filter(Boolean)),
  };
}
