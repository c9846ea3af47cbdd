// Romanisation of Arabic-origin name words the way English-language news
// spells them (خالد → Khaled, منصور → Mansour, فيصل → Faisal), for words
// that no curated list knows. Arabic writes long vowels (ا و ي) but not
// short ones, so the short vowels are guessed from syllable structure:
// every consonant that starts a syllable gets a vowel ('a' unless the
// written harakah or the word's pattern says otherwise); a consonant after
// a short vowel closes that syllable. Written harakat and shadda win over
// the guesses. The result is lower case; the caller capitalises.

/** What one written letter stands for once و/ي/hamza roles are known. */
interface Unit {
  /** the Arabic letter (alef forms kept apart: أ إ آ ا) */
  ch: string;
  kind: 'C' | 'V';
  /** Latin for the letter itself */
  out: string;
  /** written harakah after it: a u i, '' for sukun, undefined when none */
  harakah?: string;
  doubled: boolean;
}

const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ء: '', أ: '', إ: '', ئ: '', ؤ: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ک: 'k', ی: 'y',
};
const HARAKAT: Record<string, string> = { '\u064E': 'a', '\u064F': 'u', '\u0650': 'i', '\u0652': '' };
const SHADDA = '\u0651';
const GLOTTAL = new Set(['ء', 'أ', 'إ', 'ئ', 'ؤ', 'ع']);
/** consonants that may end a word after a short vowel in a two-consonant coda (فهد Fahd, سعد Saad) */
const GUTTURAL = new Set(['ه', 'ح', 'ع', 'ء', 'أ', 'ئ', 'ؤ']);
const SONORANT = new Set(['م', 'ن', 'ل', 'ر', 'و', 'ي']);

/** Letters, their harakat and shadda; everything else (tatweel, tanwin, Latin) dropped. */
function parse(word: string): Unit[] {
  const units: Unit[] = [];
  for (const c of word.normalize('NFC')) {
    const last = units[units.length - 1];
    if (c === SHADDA) {
      if (last) last.doubled = true;
    } else if (c in HARAKAT) {
      if (last) last.harakah = HARAKAT[c];
    } else if (c === '\u0670') {
      // dagger alef: a long ā written above the line (رحمٰن)
      units.push({ ch: 'ا', kind: 'V', out: 'a', doubled: false });
    } else if (c === 'ٱ' || c === 'آ') {
      units.push({ ch: c === 'آ' ? 'آ' : 'ا', kind: 'V', out: 'a', doubled: false });
    } else if (c === 'ا' || c === 'ى') {
      units.push({ ch: c, kind: 'V', out: 'a', doubled: false });
    } else if (c === 'ة') {
      units.push({ ch: c, kind: 'V', out: 'a', doubled: false });
    } else if (CONSONANTS[c] !== undefined) {
      units.push({ ch: c, kind: 'C', out: CONSONANTS[c]!, doubled: false });
    }
  }
  return units;
}

const isConsonantAt = (u: Unit[], i: number) => i >= 0 && i < u.length && u[i]!.kind === 'C';

/**
 * Decides which و and ي are vowels (ū ī), diphthongs (aw ay) or consonants,
 * and what word-initial alef/hamza/ع stand for.
 */
function assignRoles(u: Unit[]): void {
  const n = u.length;
  for (let i = 0; i < n; i++) {
    const x = u[i]!;
    if (x.ch !== 'و' && x.ch !== 'ي' && x.ch !== 'ی') continue;
    const prev = u[i - 1];
    const next = u[i + 1];
    const w = x.ch === 'و';
    // a consonant: at the start, doubled, next to an alef, with its own harakah, or before another long vowel
    if (i === 0 || x.doubled || x.harakah !== undefined || prev?.ch === 'ا' || next?.ch === 'ا' || next?.ch === 'ة' && !w && i >= 2
      || (next && next.kind === 'V') || (next && (next.ch === 'و' || next.ch === 'ي') && i + 2 < n)) {
      // ـية: the feminine nisba ending (…iya)
      if (!w && next?.ch === 'ة' && prev?.kind === 'C') { x.kind = 'V'; x.out = 'iy'; continue; }
      // C + يا: Ziad, Riad, Zakaria
      if (!w && next?.ch === 'ا' && prev?.kind === 'C' && i > 0 && !(i === 1 && 'أإ'.includes(prev.ch))) { x.kind = 'V'; x.out = 'i'; continue; }
      x.kind = 'C';
      x.out = w ? 'w' : 'y';
      continue;
    }
    if (!prev) continue;
    // after a word-initial alef or hamza: a consonant (أيمن Ayman, أوس Aws)
    if (i === 1 && (prev.ch === 'أ' || prev.ch === 'إ' || prev.ch === 'ا') && next?.kind === 'C') {
      x.kind = 'C';
      x.out = w ? 'w' : 'y';
      continue;
    }
    // يو at the start: Yousef, Younis
    if (i === 1 && w && prev.ch === 'ي') { x.kind = 'V'; x.out = 'ou'; continue; }
    // أفعل: the third letter of أنور, أيمن, أسود is a consonant
    if (i === 2 && n === 4 && (u[0]!.ch === 'أ' || u[0]!.ch === 'ا') && isConsonantAt(u, 1) && isConsonantAt(u, 3) && u[1]!.ch !== 'و' && u[1]!.ch !== 'ي') {
      x.kind = 'C';
      x.out = w ? 'w' : 'y';
      continue;
    }
    if (i === 1 && prev.ch === 'ع') {
      // عون Aoun, عوض Awad, عيد Eid, عيسى Eisa
      x.kind = 'V';
      x.out = w ? 'aou' : 'ei';
      continue;
    }
    x.kind = 'V';
    const isFinal = i === n - 1;
    if (isFinal) {
      x.out = w ? (prev.kind === 'C' && i >= 2 && u[i - 2]?.ch !== 'ا' ? '' : 'u') : 'i'; // عمرو Amr; final ي → i
      if (w && prev.kind === 'C' && i === 1) x.out = 'u';
      continue;
    }
    // second letter after a word-initial consonant: و is a diphthong before a cluster (جوهر Jawhar,
    // نوفل Nawfal) and ū otherwise (نور Nour, روحاني Rouhani); ي is a diphthong (فيصل Faisal, زيد Zaid)
    if (i === 1 && prev.kind === 'C') {
      if (w) x.out = isConsonantAt(u, 2) && isConsonantAt(u, 3) && !['و', 'ي'].includes(u[3]!.ch) ? 'aw' : 'ou';
      // ي before C + long vowel is ī (ميقاتي Mikati, سيستاني Sistani)
      else x.out = isConsonantAt(u, 2) && u[3]?.kind === 'V' && (u[3].ch === 'ا' || u[3].ch === 'و') ? 'i' : 'ai';
      continue;
    }
    x.out = w ? 'ou' : 'i';
  }
}

/** The short vowel a syllable-initial consonant gets when none is written. */
function guessVowel(u: Unit[], i: number, firstLong: number): string {
  // فاعل: CāCiC → e (Khaled, Adel, Hashemi); before ة → i (Fatima)
  if (firstLong >= 0 && i === firstLong + 1 && u[firstLong]!.ch === 'ا' && firstLong <= 1) {
    const rest = u.slice(i + 1);
    if (rest.some((y) => y.ch === 'ة')) return 'i';
    // the nisba of فاعل: المالكي al-Maliki, العامري al-Amiri
    if (rest.length === 2 && rest[1]!.kind === 'V' && rest[1]!.ch === 'ي') return 'i';
    return 'e';
  }
  // after ū: Yousef
  if (i > 0 && u[i - 1]!.kind === 'V' && u[i - 1]!.out === 'ou' && i >= 2) return 'e';
  return 'a';
}

/** Whether a short vowel goes between the last two consonants (حمد Hamad) or not (فهد Fahd, نصر Nasr). */
function finalClusterAllowed(a: Unit, b: Unit): boolean {
  if (b.ch === 'ع') return false; // الشرع al-Sharaa
  if (GUTTURAL.has(a.ch)) return true;
  return b.ch === 'ر' && !SONORANT.has(a.ch);
}

/** Lower-case romanisation of one Arabic-origin word (no article). '' when it has no Arabic letters. */
export function arabicSyllables(word: string, person = true): string {
  const u = parse(word);
  if (!u.length) return '';
  assignRoles(u);
  const n = u.length;
  const firstLong = u.findIndex((x) => x.kind === 'V' && x.ch !== 'ة' && x.ch !== 'ى' && !(x.ch === 'ا' && u.indexOf(x) === 0));
  let out = '';
  // what the previous syllable ended with: start of word, a short vowel, a long vowel, or a closing consonant
  let state: 'start' | 'short' | 'long' | 'coda' = 'start';
  let muPrefix = false;
  for (let i = 0; i < n; i++) {
    const x = u[i]!;
    const next = u[i + 1];
    const last = i === n - 1;
    if (x.kind === 'V') {
      if (x.ch === 'ا' && i === 0) { out += 'a'; state = 'short'; continue; } // a bare alef at the start carries a short vowel
      else if (x.ch === 'آ') out += 'a';
      else if (x.ch === 'ة') out += next || u[i - 1]?.ch === 'ا' ? 't' : 'a'; // حياة Hayat
      else if (x.ch === 'ى') out += 'a';
      else out += x.out;
      // final اء: Alaa, Asmaa
      if (x.ch === 'ا' && next && GLOTTAL.has(next.ch) && next.ch !== 'ع' && i + 2 === n) out += 'a';
      state = 'long';
      continue;
    }
    // consonants
    if (x.ch === 'إ' && i === 0) { out += 'i'; state = 'short'; continue; }
    if (x.ch === 'أ' && i === 0) { out += 'a'; state = 'short'; continue; }
    // does a short vowel follow this consonant (it opens a syllable before another consonant)?
    let vowel: string | null = null;
    if (x.harakah !== undefined) vowel = x.harakah || null;
    else if (!last && next!.kind === 'C') {
      // after the mu- prefix the next consonant opens a syllable (محمد Muhammad, مهند Muhannad)
      let onset = state !== 'short' || x.doubled || (i === 1 && muPrefix);
      if (!onset && i + 2 === n) onset = !finalClusterAllowed(x, next!);
      // after a long vowel, a consonant before C + long vowel closes the syllable (بارزاني Barzani, سيستاني Sistani)
      if (onset && state === 'long' && !x.doubled && i + 2 < n && u[i + 2]!.kind === 'V' && (u[i + 2]!.ch === 'ا' || u[i + 2]!.ch === 'و')) onset = false;
      if (onset) {
        vowel = guessVowel(u, i, firstLong);
        // م + C + ا / م + CCC: the participle prefix mu- (Mubarak, Muhannad)
        if (i === 0 && x.ch === 'م' && person && (u[2]?.ch === 'ا' || (n === 4 && u.every((y) => y.kind === 'C')))) {
          vowel = 'u';
          muPrefix = true;
        }
      }
    }
    let c = x.out;
    const coda = vowel === null && !last && next!.kind === 'C';
    if (x.ch === 'ع') {
      if (state === 'short' && (coda || last)) c = 'a'; // سعد Saad, جعفر Jaafar, الشرع al-Sharaa
      else if (next && next.kind === 'V' && next.out === 'i' && state === 'short') { c = 'e'; next.out = 'e'; } // سعيد Saeed (but إسماعيل Ismail)
      else if (last && state === 'long' && u[i - 1]!.out === 'i') c = 'e'; // ربيع Rabie
      else if (last && state === 'coda') c = 'a';
    }
    if (x.ch === 'ؤ' && next?.kind === 'V' && next.ch === 'ا' && out.endsWith('a') && state === 'short') out = out.slice(0, -1) + 'ou'; // فؤاد Fouad
    if ((x.ch === 'أ' || x.ch === 'ئ' || x.ch === 'ء') && state === 'short' && coda) c = 'a'; // رأفت Raafat
    // فاعل: press writes s between vowels double (Yasser, Nasser, Qassem)
    if (vowel === 'e' && (x.ch === 'س' || x.ch === 'ص') && !x.doubled) c += 's';
    out += x.doubled && c ? (c.length > 1 ? c : c + c) : c;
    if (vowel !== null) {
      out += vowel;
      state = 'short';
    } else {
      state = 'coda';
    }
  }
  return out.replace(/([a-z])\1\1+/g, '$1$1');
}

/**
 * Letters that transliterations of foreign names rarely use (measured on the
 * ANETAC training words: where a word has one of these, the syllable model
 * matches the English spelling more often than the letter-in-context model).
 * Not ث (Smith سميث), خ (Mikhail), غ (Sergei سيرغي) or ط.
 */
const ARABIC_LETTERS = /[عحصضظقةؤ]|اء/;
const FOREIGN_LETTERS = /[پچڤگ]|تش/;

/**
 * Whether a bare name word (no article) is, by itself, better read as an
 * Arabic word than as a transliterated foreign name: an Arabic-only letter,
 * or one of the two patterns that hold up on ANETAC (فعيل سمير, فعلي حسني).
 * The name around it can say more (see transliterate()).
 */
export function looksArabicOrigin(key: string): boolean {
  if (!key || FOREIGN_LETTERS.test(key)) return false;
  return ARABIC_LETTERS.test(key) || /^[^اوي][^اوي]ي[^اوي]$/.test(key) || /^[^اويى]{3}ي$/.test(key);
}

/** Whether a word cannot be Arabic at all (letters Arabic lacks). */
export function looksForeign(key: string): boolean {
  return FOREIGN_LETTERS.test(key);
}
