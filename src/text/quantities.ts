// Quantities: counted amounts in the text, with their approximator and
// counted noun («أكثر من 10,000 جندي», «حوالي 6,000 من المهندسين», «ثلاث
// غارات», «جنديين»). Years, dates, times of day, durations, labels
// (القرار 2254), model numbers (إف 16), phone numbers, ordinals and distances
// are not quantities (the gold files' convention).
import type { Approx, Quantity } from '../model/analysis.js';
import type { Token } from './tokenize.js';
import { numberLexicon, lookupNoun, type NumberLexicon, type UnitHit } from './num-lexicon.js';
import { timeLexicon, type TimeLexicon } from './time-lexicon.js';
import { parseNumberAt, type NumberMatch } from './number-words.js';
import { offsetAfter, peel, tokenKeys } from './num-phrases.js';
import { BLOCKING_CATEGORIES, DIGITS, DUAL_NOUN, NUMBER_WORD, dualNounOf, tokenFlags } from './token-flags.js';

const PERCENT_ONE_WORD = new Set(['بالمئه', 'بالمائه', 'بالميه']);
const PERCENT_AFTER_FI = new Set(['المئه', 'المائه', 'الميه']);

interface Ctx {
  tokens: Token[];
  keys: string[];
  text: string;
  lex: NumberLexicon;
  tlex: TimeLexicon;
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

function isMonthAt(c: Ctx, i: number): boolean {
  return i < c.keys.length && !!c.tlex.months.match(c.keys, i, false);
}

function isTimeUnitKey(c: Ctx, key: string): boolean {
  return c.tlex.units.has(key);
}

// digits glued to other characters are labels, times or dates: جنيف1, 10:30, 12/3, F-16, 3-1
function gluedDigits(c: Ctx, m: NumberMatch): boolean {
  const t = c.tokens[m.start];
  if (t.kind !== 'number') return false;
  const before = c.text[t.start - 1];
  const after = c.text[t.end];
  const after2 = c.text[t.end + 1];
  if (isLetterOrDigit(before) || before === '-' || before === '/' || before === ':' || before === '#') return true;
  if ((after === ':' || after === '/' || after === '-') && /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(after2 ?? '')) return true;
  // enumeration at the start of a line: «1.», «2)»
  const lineStart = t.start === 0 || /[\n\r]/.test(c.text.slice(Math.max(0, t.start - 3), t.start).replace(/[ \t]/g, '').slice(-1) || '\n');
  if (lineStart && (after === '.' || after === ')' || after === '-')) return true;
  return false;
}

// a label: «القرار 2254», «قرار مجلس الأمن 2254», «المادة 50», «إف 16»
function isLabel(c: Ctx, start: number): boolean {
  const p = start - 1;
  if (p < 0) return false;
  const prev = c.tokens[p];
  if (prev.kind === 'latin') return true;
  if (c.lex.letterNames.has(c.keys[p])) return true;
  for (const pl of peel(c.keys[p])) if (c.lex.identifierWords.has(pl.stem)) return true;
  for (let k = p; k >= Math.max(0, p - 3); k--) {
    if (c.tokens[k].kind !== 'word') return false;
    for (const pl of peel(c.keys[k])) if (c.lex.identifierHeads.has(pl.stem)) return true;
    // the phrase between the head and the number is a bare genitive (مجلس الأمن), no clitics
    if (/^[وفبل]/.test(c.keys[k]) && !c.keys[k].startsWith('ال')) return false;
  }
  return false;
}

function isYearContext(c: Ctx, m: NumberMatch): boolean {
  const p = m.start - 1;
  if (p >= 0) {
    for (const pl of peel(c.keys[p])) if (c.tlex.yearWords.has(pl.stem)) return true;
    if (c.tlex.months.matchEndingAt(c.keys, m.start, 3)) return true;
    // «فبراير/شباط 2022»
    if (c.tokens[p].kind === 'punct' && p > 0 && c.tlex.months.matchEndingAt(c.keys, p, 3)) return true;
  }
  return false;
}

// the number is the day of a date: «7 مايو», «7 من مايو», «الـ7 من مايو»
function isDayOfDate(c: Ctx, m: NumberMatch): boolean {
  const j = m.end;
  if (isMonthAt(c, j)) return true;
  if (c.keys[j] === 'من' && isMonthAt(c, j + 1)) return true;
  // a day range: «من 25 إلى 31 مارس», «25 و26 مارس»
  if ((c.keys[j] === 'الي' || c.keys[j] === 'و' || c.keys[j] === '-' || c.keys[j] === '–') && c.tokens[j + 1]?.kind === 'number' && isMonthAt(c, j + 2)) return true;
  return false;
}

// an ordinal: «الـ121», «الـ 7», «الحادي عشر»
function isOrdinal(c: Ctx, m: NumberMatch): boolean {
  const p = m.start - 1;
  if (p < 0) return false;
  if (c.keys[p] === 'ال' || c.keys[p] === 'لل') return true;
  if (m.words && c.lex.teenMarkers.has(c.keys[m.start]) && c.keys[p].startsWith('ال')) return true;
  return false;
}

interface CountedNoun {
  unit?: string;
  unitEn?: string;
  /** token index after the counted noun phrase */
  end: number;
  blocked: boolean;
  /** the noun is in the units lexicon (or is a percent sign) */
  known?: boolean;
}

function stripTanwin(key: string): string {
  return key.length > 3 && key.endsWith('ا') ? key.slice(0, -1) : key;
}

function fromHit(hit: UnitHit): { unit: string; unitEn: string } {
  return { unit: hit.lemma, unitEn: hit.en };
}

// what is counted: «جندي», «أشخاص», «من المهندسين العسكريين», «%», «بالمئة»
function countedNoun(c: Ctx, m: NumberMatch): CountedNoun {
  const j = m.end;
  const none: CountedNoun = { end: j, blocked: false };
  if (j >= c.tokens.length) return none;
  const tok = c.tokens[j];
  const key = c.keys[j];
  if (tok.norm === '%' || tok.text === '٪') return { unit: '%', unitEn: 'percent', end: j + 1, blocked: false, known: true };
  if (tok.kind !== 'word') return none;
  if (PERCENT_ONE_WORD.has(key)) return { unit: '%', unitEn: 'percent', end: j + 1, blocked: false, known: true };
  if (key === 'في' && PERCENT_AFTER_FI.has(c.keys[j + 1] ?? '')) return { unit: '%', unitEn: 'percent', end: j + 2, blocked: false, known: true };
  if (isTimeUnitKey(c, key) || c.tlex.weekdays.has(key)) return { end: j, blocked: true };
  const hit = lookupNoun(c.lex, key);
  if (hit && hit.dual === 0) {
    if (BLOCKING_CATEGORIES.has(hit.cat)) return { end: j, blocked: true };
    return { ...fromHit(hit), end: j + 1, blocked: false, known: true };
  }
  // «سبعة من رجال الشرطة», «26 من الركاب»
  if (key === 'من' && c.tokens[j + 1]?.kind === 'word' && !isMonthAt(c, j + 1)) {
    const head = c.keys[j + 1];
    const bare = head.startsWith('ال') ? head.slice(2) : head;
    const h = lookupNoun(c.lex, bare) ?? lookupNoun(c.lex, head);
    if (h && BLOCKING_CATEGORIES.has(h.cat)) return { end: j, blocked: true };
    if (c.tlex.units.has(bare) || c.tlex.definitePluralUnits.has(head)) return { end: j, blocked: true };
    let end = j + 2;
    // one more word of the noun phrase: رجال الشرطة, المهندسين العسكريين
    if (c.tokens[end]?.kind === 'word' && c.keys[end].startsWith('ال')) end++;
    const unit = h ? h.lemma : c.tokens[j + 1].text;
    return { unit, unitEn: h?.en, end, blocked: false, known: !!h };
  }
  // a word opening with و is a new clause (قتل 20 وأصيب), not the counted noun
  if (c.lex.notNouns.has(key) || key.startsWith('ال') || key[0] === 'و') return none;
  if (c.lex.units.has(key) || c.lex.tens.has(key) || c.lex.vague.has(key)) return none;
  if (isMonthAt(c, j)) return { end: j, blocked: true };
  // an unknown noun after the number; verbs in the plural (قتلوا) are not nouns
  if (key.endsWith('وا') || key.length < 2) return none;
  return { unit: m.value >= 11 && m.value <= 99 ? stripTanwin(tok.text) : tok.text, end: j + 1, blocked: false };
}

const RANGE_WORDS = new Set(['الي', 'و', '-', '–', 'حتي']);

function rangePartner(c: Ctx, m: NumberMatch): CountedNoun | null {
  const j = m.end;
  if (!RANGE_WORDS.has(c.keys[j] ?? '')) return null;
  const m2 = parseNumberAt(c.tokens, c.keys, j + 1, c.lex);
  return m2 ? countedNoun(c, m2) : null;
}

function makeQuantity(c: Ctx, m: NumberMatch): { q: Quantity; end: number } | null {
  if (m.words && m.value <= 1) return null; // «واحدة من», «طبيب واحد»: not a count
  if (gluedDigits(c, m)) return null;
  if (isLabel(c, m.start)) return null;
  if (isYearContext(c, m) || isDayOfDate(c, m) || isOrdinal(c, m)) return null;
  if (m.plainInteger && (m.plainInteger.length >= 7 || (m.plainInteger.length > 1 && m.plainInteger[0] === '0'))) return null;
  const noun = countedNoun(c, m);
  // a range shares its counted noun: «بين 120 و160 كيلومترا», «من 10 إلى 15 شخصا»
  if (!noun.unit && !noun.blocked) {
    const r = rangePartner(c, m);
    if (r && r.blocked) return null;
  }
  if (noun.blocked) return null;
  // a four-digit number in the calendar range is a year («سيناء 2018», «في 2005 ليقترن») unless a known noun is counted
  if (m.plainInteger && m.plainInteger.length === 4 && m.value >= 1800 && m.value <= 2100 && !noun.known) return null;
  // number words need something counted; «ألف» alone is also the verb «ألّف»
  if (m.words && !noun.unit) return null;
  if (m.words && !noun.known && c.lex.scales.has(c.keys[m.start])) return null;

  let approx: Approx = null;
  const first = c.tokens[m.start];
  let start = offsetAfter(first, m.pre.length);
  const before = c.lex.approxBefore.matchEndingAt(c.keys, m.start, 4);
  if (before && !m.pre) {
    approx = before.value;
    start = offsetAfter(c.tokens[m.start - before.words], before.pre.length);
  }
  let endTok = noun.end;
  const after = c.lex.approxAfter.match(c.keys, endTok, false);
  if (after) {
    if (!approx) approx = after.value;
    endTok = after.end;
  }
  const q: Quantity = { start, end: c.tokens[endTok - 1].end, value: m.value, approx };
  if (noun.unit) q.unit = noun.unit;
  if (noun.unitEn) q.unit_en = noun.unitEn;
  return { q, end: endTok };
}

// «جنديين», «غارتين»: an indefinite dual of a counted noun is two of it
function dualQuantity(c: Ctx, i: number): { q: Quantity; end: number } | null {
  const d = dualNounOf(c.keys[i]);
  if (!d) return null;
  let end = i + 1;
  const next = c.keys[end];
  if (next && next.startsWith('اثن')) end++; // جنديين اثنين
  return {
    q: { start: offsetAfter(c.tokens[i], d.pre.length), end: c.tokens[end - 1].end, value: 2, approx: null, unit: d.hit.lemma, unit_en: d.hit.en },
    end,
  };
}

/** Find the quantities of a tokenised text (`keys`: see `tokenKeys`; `flags`: see `tokenFlags`). */
export function extractQuantities(tokens: Token[], text: string, keys: string[] = tokenKeys(tokens), flags: Uint8Array = tokenFlags(tokens, keys)): Quantity[] {
  const c: Ctx = { tokens, keys, text, lex: numberLexicon(), tlex: timeLexicon() };
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i];
    // most tokens: neither digits nor a word that can open a number or be a dual
    if (!(f & (DIGITS | NUMBER_WORD | DUAL_NOUN))) continue;
    if (!(f & (DIGITS | NUMBER_WORD))) {
      const r = dualQuantity(c, i);
      if (r) {
        out.push(r.q);
        i = r.end - 1;
      }
      continue;
    }
    const m = parseNumberAt(tokens, keys, i, c.lex);
    if (m) {
      const r = makeQuantity(c, m);
      if (r) {
        out.push(r.q);
        i = r.end - 1;
      } else i = m.end - 1;
      continue;
    }
    if (f & NUMBER_WORD) {
      const r = dualQuantity(c, i);
      if (r) {
        out.push(r.q);
        i = r.end - 1;
      }
    }
  }
  return out;
}
