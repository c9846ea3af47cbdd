// Times of day: «الساعة الرابعة فجرا», «الساعة 10:30 صباحا», «الساعة
// الثامنة والنصف مساء بتوقيت غرينتش». The match carries «THH:MM»; the
// extractor prefixes the date the sentence speaks of.
import type { TimeMatch, TimeScan } from './time-scan.js';
import { isWord, match, peelIn } from './time-scan.js';

const HOUR_WORD = new Set(['الساعه']);

function clockNumber(s: TimeScan, i: number): { h: number; m: number; end: number } | null {
  const t = s.tokens[i];
  if (!t || t.kind !== 'number' || !/^[0-9]{1,2}$/.test(t.norm)) return null;
  const h = +t.norm;
  const colon = s.tokens[i + 1];
  const mm = s.tokens[i + 2];
  if (colon && (colon.text === ':' || colon.text === '.') && colon.start === t.end && mm && mm.kind === 'number' && mm.start === colon.end && /^[0-9]{2}$/.test(mm.norm)) {
    return { h, m: +mm.norm, end: i + 3 };
  }
  return { h, m: 0, end: i + 1 };
}

function adjust(h: number, period: string | undefined): number {
  switch (period) {
    case 'pm':
      return h < 12 ? h + 12 : h;
    case 'noon':
      return h < 6 ? h + 12 : h;
    case 'night':
      return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
    case 'am':
      return h === 12 ? 0 : h;
    default:
      return h;
  }
}

/** A time of day at token i (value «THH:MM», or null when it is not one). */
export function matchClock(s: TimeScan, i: number): TimeMatch | null {
  const hw = peelIn(s, i, HOUR_WORD);
  let j = hw ? i + 1 : i;
  let h: number;
  let m = 0;
  const num = clockNumber(s, j);
  if (num) {
    h = num.h;
    m = num.m;
    j = num.end;
  } else if (hw) {
    const ord = s.lex.hourOrdinals.match(s.keys, j, false);
    if (!ord) return null;
    h = ord.value;
    j = ord.end;
    const frac = s.lex.hourFractions.match(s.keys, j, false);
    if (frac) {
      m = frac.value;
      j = frac.end;
      if (m < 0) {
        h = h === 1 ? 12 : h - 1;
        m += 60;
      }
    }
  } else return null;
  if (h > 24 || m > 59) return null;
  const period = isWord(s, j) ? s.lex.hourPeriods.get(s.keys[j]) : undefined;
  if (period) j++;
  // without «الساعة», only «10:30 صباحا» is a time
  if (!hw && !(num && num.end > i + 1 && period)) return null;
  // «بتوقيت غرينتش», «بالتوقيت المحلي»
  if (isWord(s, j) && /^(ب|و?ب)?(ال)?توقيت$/.test(s.keys[j])) {
    j++;
    if (isWord(s, j)) j++;
  }
  const hh = String(adjust(h, period) % 24).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  return match(s, i, j, hw ? hw.pre : '', 'time', `T${hh}:${mm}`);
}
