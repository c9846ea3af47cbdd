// Arabic → Latin transliteration of names as English-language news spells
// them (لافروف → Lavrov, محمد → Mohammed, ولد → Ould). Order of trust: the
// curated word list (translit-rules.json), the ANETAC-derived table of name
// words and its letter-in-context model (translit-table.json, built by
// scripts/check-translit.ts --write), then the letter rules.
import { BoundedMemo } from '../util/bounded-memo.js';
import { readFileSync, existsSync } from 'node:fs';
import { arabicSyllables, looksArabicOrigin, looksForeign } from './translit-arabic.js';

export type NameType = 'PER' | 'LOC' | 'ORG';

interface Rules {
  strip: string;
  fold: Record<string, string>;
  words: Record<string, string>;
  article: Record<string, string>;
  digraphs: Array<[string, string]>;
  initial: Record<string, string>;
  final: Record<string, string>;
  medial_vowels: Record<string, string>;
  letters: Record<string, string>;
  doubled: string;
}

/** The learned part: whole words, and the English chunk of a letter in context. */
export interface TranslitTable {
  words: Record<string, string>;
  /** keys "prev|cur|next", "cur|next", "prev|cur", "cur" (^ and $ mark the word edges) */
  context: Record<string, string>;
}

const RULES_URL = new URL('./translit-rules.json', import.meta.url);
const TABLE_URL = new URL('./translit-table.json', import.meta.url);

let rules: Rules | null = null;
let table: TranslitTable | null | undefined;
let stripRe: RegExp;
// results per (type, word): the same names recur across articles
const wordCache = new BoundedMemo<string, string>(50_000);

function loadRules(): Rules {
  if (!rules) {
    rules = JSON.parse(readFileSync(RULES_URL, 'utf8')) as Rules;
    stripRe = new RegExp(rules.strip, 'g');
  }
  return rules;
}

function loadTable(): TranslitTable | null {
  if (table === undefined) table = existsSync(TABLE_URL) ? (JSON.parse(readFileSync(TABLE_URL, 'utf8')) as TranslitTable) : null;
  return table;
}

/** For tests and the checking script: use this table (null: rules alone; undefined: the shipped one). */
export function setTranslitTable(t: TranslitTable | null | undefined): void {
  table = t;
  wordCache.clear();
}

/** For the checking script: switch the curated name list and the Arabic syllable model off and on. */
export const translitOptions = { curatedNames: true, arabicModel: true };
export function setTranslitOptions(o: Partial<typeof translitOptions>): void {
  Object.assign(translitOptions, o);
  wordCache.clear();
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u067E\u0686\u06A4\u06AF\u06A9\u06CC]/;

/** Diacritics and tatweel out, shadda kept as a doubling mark, alef forms folded. */
function clean(word: string, r: Rules, keepHamzaAlef = false): string {
  const shadda = r.doubled;
  const s = word.replace(stripRe, (m) => (m === shadda ? m : ''));
  if (keepHamzaAlef) return s;
  return [...s].map((c) => r.fold[c] ?? c).join('');
}

/** The form a word is looked up under: no diacritics, no shadda, alef forms folded. */
export function translitKey(word: string): string {
  const r = loadRules();
  return [...clean(word, r)].filter((c) => c !== r.doubled).join('');
}

/** What each letter may stand for in English spellings (for aligning name pairs). */
export function letterRealizations(): Record<string, string[]> {
  const all = (loadRules() as unknown as { realizations: Record<string, string[] | string> }).realizations;
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('_'))) as Record<string, string[]>;
}

/** The letter rules alone. */
export function ruleTransliterate(word: string): string {
  const r = loadRules();
  const raw = clean(word, r, true);
  const w = [...clean(word, r)];
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (c === r.doubled) {
      const last = out.match(/[bcdfghjklmnpqrstvwxz]$/);
      if (last) out += last[0];
      continue;
    }
    const two = c + (w[i + 1] ?? '');
    const dig = r.digraphs.find(([a]) => a === two);
    if (dig && i + 1 < w.length) {
      out += dig[1];
      i++;
      continue;
    }
    const prev = w[i - 1];
    const next = w[i + 1];
    const last = i === w.length - 1;
    if (i === 0 && r.initial[[...raw][0]!] !== undefined) out += r.initial[[...raw][0]!]!;
    else if (last && r.final[c] !== undefined) out += r.final[c]!;
    // و and ي are consonants next to an alef (ساوا, مايا)
    else if ((c === 'و' || c === 'ي') && (prev === 'ا' || next === 'ا')) out += c === 'و' ? 'w' : 'y';
    else if (r.medial_vowels[c] !== undefined) out += r.medial_vowels[c]!;
    else if (r.letters[c] !== undefined) out += r.letters[c]!;
    else if (/[A-Za-z0-9]/.test(c)) out += c;
  }
  return out;
}

/** The learned letter-in-context model of the table; null when the table has none for some letter. */
function modelTransliterate(word: string, t: TranslitTable, r: Rules): string | null {
  const w = [...clean(word, r)].filter((c) => c !== r.doubled);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const p = w[i - 1] ?? '^';
    const c = w[i]!;
    const n = w[i + 1] ?? '$';
    const chunk = t.context[`${p}|${c}|${n}`] ?? t.context[`${c}|${n}`] ?? t.context[`${p}|${c}`] ?? t.context[c];
    if (chunk === undefined) return null;
    out += chunk;
  }
  return out;
}

function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

// ---- curated names -----------------------------------------------------------
interface NameList {
  particles: Record<string, string>;
  given: Record<string, string>;
  female: Record<string, string>;
  family: Record<string, string>;
  /** names Arabs share with other languages: spelt as listed, no hint of an Arabic name */
  shared: Record<string, string>;
  /** the second part of عبد compounds, without the article (رحمن → Rahman) */
  divine: Record<string, string>;
}
const NAMES_URL = new URL('./translit-names.json', import.meta.url);
let names: {
  /** every curated spelling (the older word list, then the name list) */
  words: Map<string, string>;
  particles: Map<string, string>;
  divine: Map<string, string>;
  /** curated words that mark a name as Arabic (its other words are then read as Arabic too) */
  arabic: Set<string>;
} | null = null;

function loadNames(r: Rules): NonNullable<typeof names> {
  if (!names) {
    const raw = JSON.parse(readFileSync(NAMES_URL, 'utf8')) as NameList;
    const fold = (k: string) => [...clean(k, r)].filter((c) => c !== r.doubled).join('');
    const words = new Map<string, string>();
    for (const [k, v] of Object.entries(r.words)) words.set(fold(k), v);
    // the curated name list wins over the older word list
    for (const part of [raw.particles, raw.given, raw.female, raw.family, raw.shared]) for (const [k, v] of Object.entries(part)) words.set(fold(k), v);
    const folded = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [fold(k), v] as [string, string]));
    const arabic = new Set([raw.particles, raw.given, raw.female, raw.family].flatMap((o) => Object.keys(o).map(fold)));
    names = { words, particles: folded(raw.particles), divine: folded(raw.divine), arabic };
  }
  return names;
}

/** A curated spelling, also under the usual spelling variants (final ى/ي, ة/ه). */
function curated(key: string, words: Map<string, string>): string | undefined {
  const hit = words.get(key);
  if (hit !== undefined) return hit;
  const alt = key.endsWith('ى') ? key.slice(0, -1) + 'ي' : key.endsWith('ي') ? key.slice(0, -1) + 'ى' : key.endsWith('ه') ? key.slice(0, -1) + 'ة' : null;
  return alt ? words.get(alt) : undefined;
}

// ---- one word ----------------------------------------------------------------
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'ibnat']);
/** Particle words that are lower case inside a name; "al-" and "el-" stay lower case everywhere in persons' names. */
const keepLower = (w: string) => PARTICLES.has(w) || /^(al|el)-/.test(w);


/** `arabic`: the name around the word is Arabic, so read the word as Arabic unless its letters say otherwise. */
function transliterateWord(word: string, type: NameType | undefined, r: Rules, t: TranslitTable | null, arabic = false): string {
  if (!ARABIC_LETTER.test(word)) return word.replace(/[^\p{L}\p{N}'.-]/gu, '');
  const ck = `${type ?? ''}|${word}|${t ? 1 : 0}|${arabic ? 1 : 0}`;
  const hit = wordCache.get(ck);
  if (hit !== undefined) return hit;
  const out = wordUncached(word, type, r, t, arabic);
  wordCache.set(ck, out);
  return out;
}

function wordUncached(word: string, type: NameType | undefined, r: Rules, t: TranslitTable | null, arabic: boolean): string {
  const { words, particles, divine } = loadNames(r);
  const key = clean(word, r).replace(new RegExp(r.doubled, 'g'), '');
  if (!key) return '';
  const known = translitOptions.curatedNames ? curated(key, words) : particles.get(key);
  if (known) return known;
  // عبدالفتاح → Abdel Fattah, عبدالله → Abdullah (the Abdel convention: docs/translit.md)
  if (key === 'عبدالله') return 'Abdullah';
  if (key.startsWith('عبدال') && key.length > 6) {
    const rest = key.slice(5);
    return `Abdel ${divine.get(rest) ?? capitalize(transliterateWord(rest, type, r, t, true))}`;
  }
  // the article: الأسد → al-Assad; what follows an Arabic article is an Arabic word, in persons' names at least
  if (key.startsWith('ال') && key.length > 3) {
    const art = r.article[type ?? 'default'] ?? r.article.default!;
    return art + capitalize(transliterateWord(word.slice(word.indexOf('ل') + 1), type, r, t, arabic || type === 'PER' || type === undefined));
  }
  // …الله: نصرالله Nasrallah, فضلالله Fadlallah
  if (key.endsWith('الله') && key.length > 5) return capitalize(transliterateWord(key.slice(0, -4), type, r, t, true)) + 'allah';
  if (translitOptions.arabicModel && !looksForeign(key) && (arabic || looksArabicOrigin(key))) {
    const a = arabicSyllables(word, type === undefined || type === 'PER');
    if (a) return capitalize(a);
  }
  const learned = t?.words[key] ?? (t ? modelTransliterate(word, t, r) : null);
  return capitalize(learned ?? ruleTransliterate(word));
}

// ---- names -------------------------------------------------------------------
const WORD_SPLIT = /[\s\u200c\u200f\u200e]+|(?<=\S)-(?=\S)/;

/**
 * Joins the words that are spelt as one unit: عبد + الX (Abdel X),
 * عبد + الله (Abdullah), X + الله (Nasrallah).
 */
function joinCompounds(words: string[], r: Rules): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const key = translitKeyWith(w, r);
    const prevKey = prev === undefined ? '' : translitKeyWith(prev, r);
    if (prev !== undefined && prevKey === 'عبد' && key.startsWith('ال') && key.length > 2) out[out.length - 1] = prev + w;
    else if (prev !== undefined && key === 'الله' && /^[\u0621-\u064A]+$/.test(prevKey) && prevKey.length >= 2 && !prevKey.startsWith('ال')) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

function translitKeyWith(word: string, r: Rules): string {
  return [...clean(word, r)].filter((c) => c !== r.doubled).join('');
}

/**
 * Whether a name of several words is an Arabic one, so that its unknown words
 * are read as Arabic: one of its words is a curated Arabic name word or
 * particle (بن، أبو، عبد), carries the article (persons), or has letters only
 * Arabic words use. One word alone (ANETAC-style) gets no such hint.
 */
function isArabicName(words: string[], type: NameType | undefined, r: Rules): boolean {
  const { arabic, particles } = loadNames(r);
  const marks = translitOptions.curatedNames ? arabic : new Set(particles.keys());
  return words.some((w) => {
    const key = translitKeyWith(w, r);
    return marks.has(key) || key.startsWith('عبد') || ((type === 'PER' || type === undefined) && key.startsWith('ال') && key.length > 3) || looksArabicOrigin(key);
  });
}

/** English spelling of an Arabic name (one or more words). Never throws. */
export function transliterate(arabic: string, type?: NameType): string {
  try {
    if (typeof arabic !== 'string' || !arabic.trim()) return '';
    const r = loadRules();
    const t = loadTable();
    const { words: curatedWords } = loadNames(r);
    const text = arabic.normalize('NFC').slice(0, 1000).trim().replace(/\s+/g, ' ');
    const whole = translitKeyWith(text, r);
    const wholeHit = translitOptions.curatedNames ? curatedWords.get(whole) : undefined;
    if (wholeHit) return wholeHit;
    const words = joinCompounds(text.split(WORD_SPLIT).filter(Boolean), r);
    const arabicName = words.length > 1 && isArabicName(words, type, r);
    const out = words.map((w) => transliterateWord(w, type, r, t, arabicName)).filter(Boolean);
    // "bin Salman", "al-Assad" stay lower case even first (press style); Ibn Khaldun does not
    return out.map((w, i) => (keepLower(w) && !(i === 0 && (w === 'ibn' || w === 'ibnat')) ? w : capitalize(w))).join(' ');
  } catch {
    return '';
  }
}
