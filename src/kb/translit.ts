// Arabic → Latin transliteration of names as English-language news spells
// them (لافروف → Lavrov, محمد → Mohammed, ولد → Ould). Order of trust: the
// curated word list (translit-rules.json), the ANETAC-derived table of name
// words and its letter-in-context model (translit-table.json, built by
// scripts/check-translit.ts --write), then the letter rules.
import { readFileSync, existsSync } from 'node:fs';

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

const PARTICLES = new Set(['bin', 'bint', 'al-', 'el-']);

function transliterateWord(word: string, type: NameType | undefined, r: Rules, t: TranslitTable | null): string {
  if (!ARABIC_LETTER.test(word)) return word.replace(/[^\p{L}\p{N}'.-]/gu, '');
  const key = clean(word, r).replace(new RegExp(r.doubled, 'g'), '');
  const known = r.words[key] ?? t?.words[key];
  if (known) return known;
  // the article: الأسد → al-Assad
  if (key.startsWith('ال') && key.length > 3) {
    const art = r.article[type ?? 'default'] ?? r.article.default!;
    return art + capitalize(transliterateWord(key.slice(2), type, r, t));
  }
  // عبدالفتاح → Abdel Fattah
  if (key.startsWith('عبدال') && key.length > 6) return `${r.words['عبد']} ${capitalize(transliterateWord(key.slice(5), type, r, t))}`;
  const learned = t ? modelTransliterate(word, t, r) : null;
  return capitalize(learned ?? ruleTransliterate(word));
}

/** English spelling of an Arabic name (one or more words). Never throws. */
export function transliterate(arabic: string, type?: NameType): string {
  if (typeof arabic !== 'string' || !arabic.trim()) return '';
  const r = loadRules();
  const t = loadTable();
  const text = arabic.normalize('NFC').slice(0, 1000).trim().replace(/\s+/g, ' ');
  const whole = clean(text, r).replace(new RegExp(r.doubled, 'g'), '');
  if (r.words[whole]) return r.words[whole]!;
  const words = text.split(/[\s\u200c\u200f\u200e]+|(?<=\S)-(?=\S)/).filter(Boolean);
  const out = words.map((w) => transliterateWord(w, type, r, t)).filter(Boolean);
  return out.map((w, i) => (i === 0 && !PARTICLES.has(w) ? capitalize(w) : w)).join(' ');
}
