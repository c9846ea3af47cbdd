// Date expressions: weekdays and relative days (السبت، يوم الجمعة المقبل،
// مساء أمس الاثنين), calendar dates (7 مايو، التاسع من فبراير/شباط الجاري،
// 31 ديسمبر/كانون الأول 2017، فبراير/شباط 2022، في أبريل), years (عام 2011،
// 2003م، 1446 هـ), relative calendar units (الأسبوع الماضي، هذا العام),
// numeric dates (12/3/2018), decades and centuries.
import type { TimeMatch, TimeScan } from './time-scan.js';
import { futureContext, isWord, match, modifierAt, peelIn, skipPunct, startAfter } from './time-scan.js';
import { peel } from './num-phrases.js';
import { lookupNoun } from './num-lexicon.js';
import {
  fmtDate, fmtIsoWeek, fmtMonth, fromDays, hijriToGregorian, hijriYearToGregorian, isValidDate,
  resolveDayMonthYear, resolveMonthYear, resolveWeekday, type Direction,
} from './time-calendar.js';

const HIJRI_MARKERS = new Set(['للهجره', 'هجري', 'هجريه', 'الهجري', 'الهجريه']);

const CENTURY_WORD = new Set(['القرن']);

const MONTH_JOINERS = ['/', '-', '–', '—', '\\', '،', ','];
const MONTH_JOINERS_OR_PAREN = [...MONTH_JOINERS, '('];

function plainInt(s: TimeScan, i: number): number | null {
  const t = s.tokens[i];
  if (!t || t.kind !== 'number' || !/^[0-9]+$/.test(t.norm)) return null;
  return parseInt(t.norm, 10);
}

function glued(s: TimeScan, a: number, b: number): boolean {
  return s.tokens[a].end === s.tokens[b]?.start;
}

interface YearHit {
  year: number;
  end: number;
  hijri: boolean;
}

// «2022», «عام 2022», «2003م», «1446 هـ»
function yearAt(s: TimeScan, i: number, allowWord = true): YearHit | null {
  let j = i;
  if (allowWord && peelIn(s, j, s.lex.yearWords)) j++;
  const y = plainInt(s, j);
  if (y === null || s.tokens[j].norm.length !== 4) return null;
  j++;
  let hijri = false;
  const k = s.keys[j];
  if (k === 'م' && glued(s, j - 1, j)) j++;
  else if (((k === 'ه' || k === 'هـ') && (glued(s, j - 1, j) || s.tokens[j].text.includes('ـ'))) || HIJRI_MARKERS.has(k)) {
    hijri = true;
    j++;
  }
  if (!hijri && (y < 1000 || y > 2200)) return null;
  if (hijri && (y < 1 || y > 1700)) return null;
  return { year: hijri ? hijriYearToGregorian(y) : y, end: j, hijri };
}

interface MonthHit {
  month: number;
  end: number;
  pre: string;
  ambiguous: boolean;
  partner: boolean;
}

// a month name, possibly doubled in two naming systems: فبراير/شباط، ديسمبر - كانون الأول، كانون الثاني (يناير)
function monthAt(s: TimeScan, i: number): MonthHit | null {
  const h = s.lex.months.match(s.keys, i);
  if (!h) return null;
  const hit: MonthHit = { month: h.value, end: h.end, pre: h.pre, ambiguous: h.words === 1 && s.lex.ambiguousMonths.has(peel(s.keys[i]).find((p) => p.pre === h.pre)!.stem), partner: false };
  const j = skipPunct(s, h.end, MONTH_JOINERS_OR_PAREN);
  if (j > h.end || isWord(s, j)) {
    const h2 = s.lex.months.match(s.keys, j, false);
    if (h2 && h2.value === hit.month && (j > h.end || h2.words >= 1)) {
      hit.end = h2.end;
      hit.partner = true;
      if (s.tokens[hit.end]?.text === ')') hit.end++;
    }
  }
  return hit;
}

function direction(s: TimeScan, startTok: number, mod: Direction | null, fallback: Direction): Direction {
  if (mod) return mod;
  return futureContext(s, startTok) ? 'future' : fallback;
}

/** Calendar date starting at token i: [ال]day [من] [شهر] month [mod] [[عام] year]. */
export function matchCalendarDate(s: TimeScan, i: number): TimeMatch | null {
  let j = i;
  let pre = '';
  let day: number | null = null;
  // «الـ7 من مايو»
  if (s.keys[j] === 'ال' && s.tokens[j + 1]?.kind === 'number' && glued(s, j, j + 1)) j++;
  const d = plainInt(s, j);
  if (d !== null && d >= 1 && d <= 31 && s.tokens[j].norm.length <= 2) {
    day = d;
    j++;
  } else if (isWord(s, j)) {
    const ord = s.lex.dayOrdinals.match(s.keys, j);
    if (ord && s.keys[ord.end] === 'من') {
      day = ord.value;
      pre = ord.pre;
      j = ord.end;
    }
  }
  if (day !== null && s.keys[j] === 'من') j++;
  const monthWord = peelIn(s, j, s.lex.monthWord);
  let mStart = j;
  if (monthWord) {
    if (day === null && j === i) pre = monthWord.pre;
    mStart = j + 1;
  }
  const mh = monthAt(s, mStart);
  if (!mh) return hijriDate(s, i, j, day, pre);
  if (day === null && j === i && !monthWord) pre = mh.pre;
  if (day !== null && mh.pre) return null; // «7 وفبراير» is not a date
  j = mh.end;
  const mod = modifierAt(s, j);
  if (mod) j++;
  const yh = yearAt(s, j);
  if (yh) j = yh.end;
  if (mh.ambiguous && day === null && !yh && !mh.partner && !mod && !monthWord) {
    // مارس، آب، نيسان… are months only in date context («في مارس»)
    const prev = peelIn(s, i - 1, s.lex.monthOpeners);
    if (!prev) return null;
  }
  let value: string | null = null;
  if (yh) {
    value = day !== null && isValidDate(yh.year, mh.month, day) ? fmtDate({ y: yh.year, m: mh.month, d: day }) : fmtMonth(yh.year, mh.month);
  } else if (s.ref) {
    if (day !== null) {
      const y = resolveDayMonthYear(s.ref, mh.month, day, direction(s, i, mod, 'nearest'));
      value = y === null ? null : fmtDate({ y, m: mh.month, d: day });
    } else {
      value = fmtMonth(resolveMonthYear(s.ref, mh.month, direction(s, i, mod, 'nearest')), mh.month);
    }
  }
  return match(s, i, j, pre, 'date', value);
}

// «15 رمضان 1446 هـ», «شهر رمضان 1446»: Hijri dates given with a year
function hijriDate(s: TimeScan, i: number, j: number, day: number | null, pre: string): TimeMatch | null {
  const mStart = peelIn(s, j, s.lex.monthWord) ? j + 1 : j;
  const h = s.lex.hijriMonths.match(s.keys, mStart, mStart === i);
  if (!h) return null;
  const yh = yearAtHijri(s, h.end);
  if (!yh) return null;
  let value: string;
  if (day !== null) {
    const g = hijriToGregorian(yh.year, h.value, day);
    if (!g) return null;
    value = fmtDate(g);
  } else {
    const g = hijriToGregorian(yh.year, h.value, 15);
    if (!g) return null;
    value = fmtMonth(g.y, g.m);
  }
  return match(s, i, yh.end, mStart === i ? h.pre : pre, 'date', value);
}

function yearAtHijri(s: TimeScan, i: number): { year: number; end: number } | null {
  let j = i;
  if (peelIn(s, j, s.lex.yearWords)) j++;
  const y = plainInt(s, j);
  if (y === null || y < 1 || y > 1700) return null;
  j++;
  const k = s.keys[j];
  if (k === 'ه' || k === 'هـ' || HIJRI_MARKERS.has(k)) j++;
  return { year: y, end: j };
}

/** A year: «عام 2011», «العام 1887», «في 2004», «2003م», «1446 هـ». */
export function matchYear(s: TimeScan, i: number): TimeMatch | null {
  const w = peelIn(s, i, s.lex.yearWords);
  if (w) {
    const yh = yearAt(s, i);
    if (!yh) return null;
    return match(s, i, yh.end, w.pre, 'date', String(yh.year).padStart(4, '0'));
  }
  const y = plainInt(s, i);
  if (y === null) return null;
  const yh = yearAt(s, i, false);
  if (!yh) return null;
  const marked = yh.end > i + 1; // 2003م، 1446 هـ
  if (!marked) {
    if (y < 1900 || y > 2100) return null;
    const opener = peelIn(s, i - 1, s.lex.yearOpeners) || (s.keys[i - 1] === 'و' && isYearToken(s, i - 2));
    if (!opener) return null;
    // «في 2000 منزل» counts houses
    const next = s.keys[i + 1];
    if (next && lookupNoun(s.nlex, next)) return null;
  }
  return match(s, i, yh.end, '', 'date', String(yh.year));
}

// token i closes a year expression («عامي 2017 و2018»)
function isYearToken(s: TimeScan, i: number): boolean {
  const y = plainInt(s, i);
  return y !== null && y >= 1900 && y <= 2100 && s.tokens[i].norm.length === 4;
}

/** Relative calendar units: «الأسبوع الماضي», «الشهر المقبل», «العام الجاري», «هذا العام». */
export function matchRelativeUnit(s: TimeScan, i: number): TimeMatch | null {
  let j = i;
  let pre = '';
  let dir: Direction | null = null;
  const thisWord = peelIn(s, j, s.lex.thisWords);
  if (thisWord) {
    pre = thisWord.pre;
    j++;
    dir = 'current';
  }
  const u = thisWord ? (isWord(s, j) && s.lex.calendarUnits.has(s.keys[j]) ? { pre: '', stem: s.keys[j] } : null) : peelIn(s, j, s.lex.calendarUnits);
  if (!u) return null;
  if (!thisWord) pre = u.pre;
  const unit = s.lex.calendarUnits.get(u.stem)!;
  j++;
  if (!dir) {
    const k = s.keys[j];
    // «الأسبوع الأخير من الشهر» is not last week: only the plain past words
    // «المدير العام السابق» is a former director general
    if (k === 'الاخير' || k === 'الاخيره' || k === 'السابق' || k === 'السابقه') return null;
    dir = modifierAt(s, j);
    if (!dir) return null;
    j++;
  }
  if (!s.ref) return match(s, i, j, pre, 'date', null);
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  let value: string;
  if (unit === 'W') value = fmtIsoWeek(s.refDays + 7 * step);
  else if (unit === 'M') {
    const idx = s.ref.y * 12 + s.ref.m - 1 + step;
    value = fmtMonth(Math.floor(idx / 12), (idx % 12) + 1);
  } else value = String(s.ref.y + step);
  return match(s, i, j, pre, 'date', value);
}

/** Weekdays and relative days, with a part of the day before them: «صباح الخميس», «بعد ظهر أمس الاثنين», «يوم الجمعة المقبل». */
export function matchDayExpr(s: TimeScan, i: number): TimeMatch | null {
  let j = i;
  let pre = '';
  const pod = s.lex.partsOfDay.match(s.keys, j);
  if (pod) {
    pre = pod.pre;
    j = pod.end;
  }
  const dayWord = j === i ? peelIn(s, j, s.lex.dayWord) : isWord(s, j) && s.lex.dayWord.has(s.keys[j]) ? { pre: '', stem: s.keys[j] } : null;
  if (dayWord) {
    if (j === i) pre = dayWord.pre;
    j++;
  }
  const first = j === i;
  const rel = s.lex.relativeDays.match(s.keys, j, first);
  if (rel) {
    if (first) pre = rel.pre;
    const k = rel.end;
    const isToday = rel.value === 0 && rel.words === 1;
    if (isToday) {
      // «اليوم السابع», «اليوم الوطني», «ذلك اليوم»: another day
      const next = s.keys[k];
      if (isWord(s, k) && next.startsWith('ال') && !s.lex.weekdays.has(next)) return null;
      if (isWord(s, rel.end - 2) && s.lex.notTodayBefore.has(s.keys[rel.end - 2])) return null;
    }
    let end = k;
    if (isWord(s, k) && s.lex.weekdays.has(s.keys[k])) end = k + 1; // «أمس الاثنين»
    // «اليوم الجمعة 27 مارس 2015»: the calendar date decides
    const date = s.tokens[skipPunct(s, end, ['،', ','])]?.kind === 'number' ? matchCalendarDate(s, skipPunct(s, end, ['،', ','])) : null;
    if (date && date.value) return { ...date, startTok: i, start: startAfter(s, i, pre) };
    const value = s.ref ? fmtDate(fromDays(s.refDays + rel.value)) : null;
    return match(s, i, end, pre, 'date', value);
  }
  const wd = first ? peelIn(s, j, s.lex.weekdays) : isWord(s, j) && s.lex.weekdays.has(s.keys[j]) ? { pre: '', stem: s.keys[j] } : null;
  if (wd) {
    if (first) pre = wd.pre;
    const weekday = s.lex.weekdays.get(wd.stem)!;
    const next = s.keys[j + 1];
    // «الأحد عشر» (eleven), «بين الاثنين» (the two)
    if (next === 'عشر' || next === 'عشره') return null;
    if (weekday === 1 && (s.keys[j - 1] === 'بين' || s.keys[j - 1] === 'كلا' || next === 'معا')) return null;
    j++;
    const mod = modifierAt(s, j);
    if (mod) j++;
    // «الأحد 7 مايو», «الأحد، 7 مايو»: the calendar date decides
    const dj = skipPunct(s, j, ['،', ',']);
    const date = matchCalendarDate(s, dj);
    if (date && s.tokens[dj].kind === 'number') return { ...date, startTok: i, start: startAfter(s, i, pre) };
    if (!s.ref) return match(s, i, j, pre, 'date', null);
    const dir: Direction = mod === 'current' ? 'past' : direction(s, i, mod, 'past');
    return match(s, i, j, pre, 'date', fmtDate(fromDays(resolveWeekday(s.refDays, weekday, dir))));
  }
  // «صباح 7 مايو»
  if (pod && !dayWord) {
    const date = matchCalendarDate(s, j);
    if (date) return { ...date, startTok: i, start: startAfter(s, i, pre) };
  }
  return null;
}

/** Numeric dates: 12/3/2018, 12-03-2018, 2018-03-12 (day first, as Arabic news writes them). */
export function matchNumericDate(s: TimeScan, i: number): TimeMatch | null {
  const a = plainInt(s, i);
  if (a === null) return null;
  const sep = s.tokens[i + 1]?.text;
  if (sep !== '/' && sep !== '-' && sep !== '.') return null;
  const b = plainInt(s, i + 2);
  const c = plainInt(s, i + 4);
  if (b === null || c === null || s.tokens[i + 3]?.text !== sep) return null;
  for (let k = i; k < i + 4; k++) if (!glued(s, k, k + 1)) return null;
  let y: number, m: number, d: number;
  if (s.tokens[i].norm.length === 4) [y, m, d] = [a, b, c];
  else if (s.tokens[i + 4].norm.length === 4) [y, m, d] = [c, b, a];
  else return null;
  if (!isValidDate(y, m, d)) return null;
  return match(s, i, i + 5, '', 'date', fmtDate({ y, m, d }));
}

/** Decades and centuries: «الخمسينيات», «القرن العشرين», «القرن الماضي». */
export function matchDecadeCentury(s: TimeScan, i: number): TimeMatch | null {
  const dec = peelIn(s, i, s.lex.decades);
  if (dec) {
    const d = s.lex.decades.get(dec.stem)!;
    const refYear = s.ref?.y ?? 2000;
    const century = 2000 + 10 * d <= refYear ? 20 : 19;
    return match(s, i, i + 1, dec.pre, 'date', `${century}${d}`);
  }
  const c = s.lex.centuries.match(s.keys, i);
  if (c) return match(s, i, c.end, c.pre, 'date', String(c.value - 1));
  const q = peelIn(s, i, CENTURY_WORD);
  if (q) {
    const mod = modifierAt(s, i + 1);
    if (!mod || !s.ref) return null;
    const cur = Math.floor(s.ref.y / 100);
    const v = mod === 'last' ? cur - 1 : mod === 'next' ? cur + 1 : cur;
    return match(s, i, i + 2, q.pre, 'date', String(v));
  }
  return null;
}
