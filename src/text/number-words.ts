// Reading a number at a token: digits with separators (10,000 · ١٠٬٠٠٠ ·
// 10.000 · 3.5 · ١٢٫٥), number words and their compounds (ثلاثة آلاف
// وخمسمائة, خمسة وعشرون, أحد عشر), scale words after digits (3 ملايين,
// 2.5 مليار, 150 ألفا) and fractions of scales (نصف مليون, مليون ونصف).
import type { Token } from './tokenize.js';
import type { NumberLexicon } from './num-lexicon.js';
import { peel } from './num-phrases.js';

export interface NumberMatch {
  value: number;
  /** first and after-last token index */
  start: number;
  end: number;
  /** proclitics on the first token (وثلاثة → 'و') */
  pre: string;
  /** true when the number is written (at least partly) in digits */
  digits: boolean;
  /** true when the number is only words */
  words: boolean;
  /** the digit string when the number is a bare integer token (for year/phone checks) */
  plainInteger: string | null;
  /** value of the number before any scale word (the 150 of «150 ألفا») */
  scaled: boolean;
}

type WordClass =
  | { kind: 'unit' | 'ten' | 'hundred'; value: number }
  | { kind: 'scale'; value: number; form: 'one' | 'plural' | 'dual' }
  | { kind: 'fraction'; value: number };

function classify(lex: NumberLexicon, key: string): WordClass | null {
  let v = lex.units.get(key);
  if (v !== undefined) return { kind: 'unit', value: v };
  v = lex.tens.get(key);
  if (v !== undefined) return { kind: 'ten', value: v };
  v = lex.hundreds.get(key);
  if (v !== undefined) return { kind: 'hundred', value: v };
  const s = lex.scales.get(key);
  if (s) return { kind: 'scale', value: s.value, form: s.form };
  v = lex.fractions.get(key);
  if (v !== undefined) return { kind: 'fraction', value: v };
  return null;
}

/**
 * The value of a digit string in normalised form (Western digits, ',' and '.'
 * separators). A single '.' or ',' before exactly three digits groups
 * thousands (10.000, 10,000) unless a scale word follows (2.500 مليار is 2.5).
 */
export function parseDigits(s: string, beforeScale = false): number | null {
  if (!/^[0-9][0-9.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let clean: string;
  if (dots && commas) {
    // the later separator is the decimal one: 1,234.5 or 1.234,5
    clean = s.lastIndexOf('.') > s.lastIndexOf(',') ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (dots + commas === 0) {
    clean = s;
  } else {
    const sep = dots ? '.' : ',';
    const groups = s.split(sep);
    const thousands = groups.length > 2 || (groups[1].length === 3 && !beforeScale && groups[0].length <= 3);
    clean = thousands ? groups.join('') : groups[0] + '.' + groups.slice(1).join('');
    if (thousands && groups.slice(1).some((g) => g.length !== 3)) return null;
  }
  const v = Number(clean);
  return Number.isFinite(v) ? v : null;
}

// short number words (ست, سبع, عشر…) are ordinary words after prepositions (لست, بست): only و/ف may precede them
function allowedPrefix(pre: string, stem: string): boolean {
  if (!pre) return true;
  if (pre === 'و' || pre === 'ف') return true;
  return stem.length > 3;
}

/** Read a number starting at token i, or null. */
export function parseNumberAt(tokens: Token[], keys: string[], i: number, lex: NumberLexicon): NumberMatch | null {
  const tok = tokens[i];
  // callers look ahead past a range word («3 -») that may end the text
  if (!tok) return null;
  let total = 0;
  let group = 0;
  let lastScale = 0;
  let pre = '';
  let digits = false;
  let plainInteger: string | null = null;
  let scaled = false;
  let lastKind = '';

  if (tok.kind === 'number') {
    const next = i + 1 < keys.length ? classify(lex, keys[i + 1]) : null;
    const v = parseDigits(tok.norm, !!next && next.kind === 'scale');
    if (v === null) return null;
    group = v;
    digits = true;
    if (/^[0-9]+$/.test(tok.norm)) plainInteger = tok.norm;
    lastKind = 'digits';
  } else if (tok.kind === 'word') {
    let first: WordClass | null = null;
    for (const p of peel(keys[i])) {
      if (!allowedPrefix(p.pre, p.stem)) continue;
      first = classify(lex, p.stem);
      if (first) {
        pre = p.pre;
        break;
      }
    }
    if (!first) return null;
    if (first.kind === 'scale') {
      if (first.form === 'plural') return null; // آلاف، ملايين alone: no definite value
      total = first.form === 'dual' ? 2 * first.value : first.value;
      lastScale = first.value;
      scaled = true;
      lastKind = 'scale';
    } else if (first.kind === 'fraction') {
      // نصف مليون
      const c = i + 1 < keys.length ? classify(lex, keys[i + 1]) : null;
      if (!c || c.kind !== 'scale' || c.form !== 'one') return null;
      return {
        value: first.value * c.value, start: i, end: i + 2, pre, digits: false, words: true,
        plainInteger: null, scaled: true,
      };
    } else {
      group = first.value;
      lastKind = first.kind;
    }
  } else return null;

  let j = i + 1;
  while (j < tokens.length) {
    const k = keys[j];
    const c = classify(lex, k);
    if (c) {
      // أحد عشر، ثلاثة عشر: a unit word followed by عشر/عشرة
      if (c.kind === 'unit' && lex.teenMarkers.has(k) && lastKind === 'unit' && group < 10) {
        group += 10;
        lastKind = 'teen';
        j++;
        continue;
      }
      if (c.kind === 'scale') {
        if (group <= 0) break;
        if (c.form === 'dual') break;
        // ثلاثة آلاف (plural after 3–10), خمسمائة ألف, 150 ألفا
        total += group * c.value;
        lastScale = c.value;
        group = 0;
        scaled = true;
        lastKind = 'scale';
        j++;
        continue;
      }
      if (c.kind === 'hundred' && c.value === 100 && lastKind === 'unit' && group >= 3 && group <= 9) {
        group *= 100; // ثلاث مائة
        lastKind = 'hundred';
        j++;
        continue;
      }
      break;
    }
    // و + number word continues a compound: خمسة وعشرون، ثلاثة آلاف وخمسمائة، مليون ونصف
    if (k.length > 2 && k[0] === 'و' && tokens[j].kind === 'word' && !digits) {
      const c2 = classify(lex, k.slice(1));
      if (c2 && (c2.kind === 'unit' || c2.kind === 'ten' || c2.kind === 'hundred')) {
        if (c2.kind === 'unit' && c2.value === 1 && lastKind !== 'ten') break;
        group += c2.value;
        lastKind = c2.kind;
        j++;
        continue;
      }
      if (c2 && c2.kind === 'fraction' && lastScale && group === 0) {
        total += c2.value * lastScale;
        j++;
      }
      break;
    }
    // و + digits after a scale: «22 ألفا و400», «3 ملايين و500 ألف»
    const nt = tokens[j + 1];
    if (k === 'و' && lastKind === 'scale' && nt?.kind === 'number' && tokens[j].end === nt.start) {
      const v = parseDigits(nt.norm);
      if (v !== null && v < lastScale) {
        group = v;
        lastKind = 'digits';
        j += 2;
        continue;
      }
    }
    break;
  }

  const value = total + group;
  if (!(value > 0) || !Number.isFinite(value)) return null;
  return { value, start: i, end: j, pre, digits, words: !digits, plainInteger: scaled ? null : plainInteger, scaled };
}
