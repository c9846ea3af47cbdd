// Is this text Arabic? Counts letters by script; Arabic-script Persian and
// Urdu are told apart by the letters only they use, Latin-script languages by
// a handful of function words. Good enough to refuse non-Arabic input with a
// clear warning; not a general language identifier.

export interface LanguageGuess {
  /** BCP 47 code: 'ar', 'fa', 'ur', 'en', 'fr', … or 'und' when unknown (or no letters) */
  lang: string;
  /** share of letters that are Arabic script, 0..1 */
  arabicShare: number;
  letters: number;
  /** the dominant script when not Arabic, for messages */
  script: string;
}

/** Below this share of Arabic-script letters, a text is not Arabic. */
export const MIN_ARABIC_SHARE = 0.3;

const SCRIPTS: Array<[string, RegExp, string]> = [
  ['Latin', /\p{Script=Latin}/u, 'und'],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 'und'],
  ['Hebrew', /\p{Script=Hebrew}/u, 'he'],
  ['Greek', /\p{Script=Greek}/u, 'el'],
  ['Han', /\p{Script=Han}/u, 'zh'],
  ['Hiragana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  ['Hangul', /\p{Script=Hangul}/u, 'ko'],
  ['Devanagari', /\p{Script=Devanagari}/u, 'hi'],
  ['Thai', /\p{Script=Thai}/u, 'th'],
];

// a few very frequent function words per Latin-script language
const LATIN_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'que', 'sur'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'por', 'con', 'para', 'que', 'en'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'auf', 'ein'],
};

function isArabicScriptLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc);
}

function latinLanguage(sample: string): string {
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, list] of Object.entries(LATIN_WORDS)) if (list.includes(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let n = 1; // at least two hits to say anything
  for (const [lang, c] of counts) if (c > n) [best, n] = [lang, c];
  return best;
}

/** Guess the language of a text from (at most) its first 20,000 characters. */
export function guessLanguage(text: string): LanguageGuess {
  const n = Math.min(text.length, 20000);
  let arabic = 0;
  let persian = 0; // پ چ ژ گ and the Persian forms of kaf and yeh
  let arabicKafYeh = 0;
  let urdu = 0; // ٹ ڈ ڑ ں ہ ے
  let latin = 0;
  let other = 0;
  const otherScripts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicScriptLetter(c)) {
      arabic++;
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc) persian++;
      else if (c === 0x0643 || c === 0x064a) arabicKafYeh++;
      else if (c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06c1 || c === 0x06d2) urdu++;
      continue;
    }
    // the common cases without a regular expression: ASCII, Arabic marks/digits/punctuation
    if (c < 0x41 || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c < 0xc0)) continue;
    if (c < 0x7b) {
      latin++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (!/\p{L}/u.test(ch)) continue;
    other++;
    for (const [name, re] of SCRIPTS) {
      if (re.test(ch)) {
        otherScripts.set(name, (otherScripts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  if (latin) otherScripts.set('Latin', (otherScripts.get('Latin') ?? 0) + latin);
  other += latin;
  const sample = text.slice(0, n);
  const letters = arabic + other;
  const arabicShare = letters ? arabic / letters : 0;
  if (!letters) return { lang: 'und', arabicShare: 0, letters: 0, script: 'none' };
  if (arabicShare >= MIN_ARABIC_SHARE) {
    // Arabic text uses ك and ي; Persian and Urdu use their own forms
    if (urdu > 0.02 * arabic && urdu > persian / 4) return { lang: 'ur', arabicShare, letters, script: 'Arabic' };
    if (persian > 0.03 * arabic && persian > arabicKafYeh) return { lang: 'fa', arabicShare, letters, script: 'Arabic' };
    return { lang: 'ar', arabicShare, letters, script: 'Arabic' };
  }
  let script = 'other';
  let top = 0;
  for (const [name, n] of otherScripts) if (n > top) [script, top] = [name, n];
  const byScript = SCRIPTS.find(([name]) => name === script)?.[2] ?? 'und';
  const lang = script === 'Latin' ? latinLanguage(sample) : byScript;
  return { lang, arabicShare, letters, script };
}
