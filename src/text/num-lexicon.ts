// The number and counted-noun lexicons (src/lexicon/numbers.json, units.json),
// precompiled once into Maps keyed by `wordKey`.
import numbersData from '../lexicon/numbers.json' with { type: 'json' };
import unitsData from '../lexicon/units.json' with { type: 'json' };
import type { Approx } from '../model/analysis.js';
import { PhraseTable, TriggerSet, wordKey } from './num-phrases.js';

export type ScaleForm = 'one' | 'plural' | 'dual';

export interface UnitEntry {
  /** lemma (singular, as written in the lexicon) */
  lemma: string;
  en: string;
  cat: string;
}

export interface UnitHit extends UnitEntry {
  /** 2 when the word is an indefinite dual (جنديين), else 0 */
  dual: number;
}

export interface NumberLexicon {
  units: Map<string, number>;
  teenMarkers: Set<string>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  scales: Map<string, { value: number; form: ScaleForm }>;
  vague: Set<string>;
  fractions: Map<string, number>;
  approxBefore: PhraseTable<Approx>;
  approxAfter: PhraseTable<Approx>;
  identifierWords: Set<string>;
  identifierHeads: Set<string>;
  letterNames: Set<string>;
  /** counted nouns: singular, accusative, plurals → entry */
  nouns: Map<string, UnitEntry>;
  /** indefinite duals of nouns whose plural differs from the dual (جنديين, غارتين) */
  duals: Map<string, UnitEntry>;
  notNouns: Set<string>;
  /** words a number can start with (number words, scale words, fractions) */
  numberTriggers: TriggerSet;
  /** the same words as a plain set, for combining */
  readonly numberTriggerWords: Set<string>;
}

function keyMap<V>(obj: Record<string, V>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [k, v] of Object.entries(obj)) m.set(wordKey(k), v);
  return m;
}

// the dual stems of a singular: غارة → غارت, جندي → جندي
function dualStem(sg: string): string | null {
  if (sg.endsWith('ه')) return sg.slice(0, -1) + 'ت';
  if (sg.endsWith('ي') && sg.length <= 3) return null; // فتى, مبنى: irregular duals
  if (sg.endsWith('ا') || sg.endsWith('و')) return null;
  return sg;
}

function buildNouns(rows: string[][]): { nouns: Map<string, UnitEntry>; duals: Map<string, UnitEntry> } {
  const nouns = new Map<string, UnitEntry>();
  const duals = new Map<string, UnitEntry>();
  for (const [sgRaw, plRaw, en, cat] of rows) {
    const entry: UnitEntry = { lemma: sgRaw, en, cat };
    const sg = wordKey(sgRaw);
    const plurals = plRaw ? plRaw.split('|').map(wordKey) : [];
    const forms = [sg, ...plurals];
    // accusative with tanwin alif after 11–99: شخصا، جنديا
    if (!sg.endsWith('ه') && !sg.endsWith('ا') && !sg.endsWith('ء') && !sg.endsWith('ي')) forms.push(sg + 'ا');
    if (sg.endsWith('ي')) forms.push(sg + 'ا'); // جنديا، شرطيا
    if (sg.endsWith('ء')) forms.push(sg + 'ا');
    for (const f of forms) if (!nouns.has(f)) nouns.set(f, entry);
    // a sound masculine plural (مسلحين) is spelt like the dual: only nouns with
    // other plurals get duals; the nominative -ان (not after ت) is left out,
    // as it is the ending of many names (طالبان، سليمان)
    const ds = dualStem(sg);
    if (ds && !plurals.some((p) => p.endsWith('ين') || p.endsWith('ون'))) {
      const forms = ds.endsWith('ت') ? [ds + 'ين', ds + 'ان'] : [ds + 'ين'];
      for (const d of forms) if (!nouns.has(d)) duals.set(d, entry);
    }
  }
  return { nouns, duals };
}

let cached: NumberLexicon | null = null;

export function numberLexicon(): NumberLexicon {
  if (cached) return cached;
  const n = numbersData as unknown as Record<string, unknown>;
  const u = unitsData as unknown as { units: string[][]; not_nouns: string[] };
  const scales = new Map<string, { value: number; form: ScaleForm }>();
  for (const [k, [value, form]] of Object.entries(n.scales as Record<string, [number, ScaleForm]>)) {
    scales.set(wordKey(k), { value, form });
  }
  const { nouns, duals } = buildNouns(u.units);
  cached = {
    units: keyMap(n.units as Record<string, number>),
    teenMarkers: new Set((n.teen_markers as string[]).map(wordKey)),
    tens: keyMap(n.tens as Record<string, number>),
    hundreds: keyMap(n.hundreds as Record<string, number>),
    scales,
    vague: new Set((n.vague as string[]).map(wordKey)),
    fractions: keyMap(n.fractions as Record<string, number>),
    approxBefore: new PhraseTable(n.approx_before as Array<[string, Approx]>),
    approxAfter: new PhraseTable(n.approx_after as Array<[string, Approx]>),
    identifierWords: new Set((n.identifier_words as string[]).map(wordKey)),
    identifierHeads: new Set((n.identifier_heads as string[]).map(wordKey)),
    letterNames: new Set((n.letter_names as string[]).map(wordKey)),
    nouns,
    duals,
    notNouns: new Set(u.not_nouns.map(wordKey)),
    numberTriggers: new TriggerSet(),
    get numberTriggerWords() {
      return this.numberTriggers.words;
    },
  };
  const c = cached;
  c.numberTriggers.add(c.units.keys()).add(c.tens.keys()).add(c.hundreds.keys()).add(c.scales.keys()).add(c.fractions.keys());
  return cached;
}

// one hit object per lexicon entry and dual flag, shared by every lookup (callers only read it)
const hitsOf = [new Map<UnitEntry, UnitHit>(), new Map<UnitEntry, UnitHit>()];
function hitOf(e: UnitEntry, dual: 0 | 2): UnitHit {
  const m = hitsOf[dual === 0 ? 0 : 1];
  let h = m.get(e);
  if (!h) m.set(e, (h = { ...e, dual }));
  return h;
}

/** Look a word up as a counted noun (or an indefinite dual of one). The result is shared: do not modify it. */
export function lookupNoun(lex: NumberLexicon, key: string): Readonly<UnitHit> | null {
  const e = lex.nouns.get(key);
  if (e) return hitOf(e, 0);
  const d = lex.duals.get(key);
  if (d) return hitOf(d, 2);
  return null;
}
