// Calendar arithmetic for resolving Arabic time expressions against the
// publication date: day numbers, weekdays, ISO weeks, nearest month, and
// Hijri → Gregorian conversion (Umm al-Qura through Intl where it knows the
// year, the arithmetic calendar elsewhere).

import { BoundedMemo } from '../util/bounded-memo.js';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** 'YYYY-MM-DD' (or a longer ISO string) → YMD; null when absent or invalid. */
export function parseYMD(s: string | undefined | null): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(d.y, d.m, d.d) ? d : null;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDays(d: YMD): number {
  return Math.floor(Date.UTC(d.y, d.m - 1, d.d) / 86400000);
}

export function fromDays(n: number): YMD {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDate(d: YMD): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of a day: 2018-W09 */
export function fmtIsoWeek(days: number): string {
  const wd = (weekdayOf(days) + 6) % 7; // Monday = 0
  const thursday = days - wd + 3;
  const y = fromDays(thursday).y;
  const jan1 = toDays({ y, m: 1, d: 1 });
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

export type Direction = 'past' | 'future' | 'last' | 'next' | 'nearest' | 'current';

/**
 * The day of a weekday relative to the reference day: past = on or before,
 * future = on or after, last = strictly before, next = strictly after.
 */
export function resolveWeekday(refDays: number, weekday: number, dir: Direction): number {
  const diff = (weekday - weekdayOf(refDays) + 7) % 7; // days forward to it
  switch (dir) {
    case 'future':
    case 'current':
      return refDays + diff;
    case 'next':
      return refDays + (diff === 0 ? 7 : diff);
    case 'last':
      return refDays - (diff === 0 ? 7 : 7 - diff);
    case 'past':
    case 'nearest':
    default:
      return refDays - ((7 - diff) % 7);
  }
}

/** The year of a month named without one (e.g. «في أبريل»). */
export function resolveMonthYear(ref: YMD, month: number, dir: Direction): number {
  const refIdx = ref.y * 12 + ref.m - 1;
  const cands = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, idx: y * 12 + month - 1 }));
  switch (dir) {
    case 'current':
      return ref.y;
    case 'last':
      return cands.filter((c) => c.idx < refIdx).pop()!.y;
    case 'next':
      return cands.find((c) => c.idx > refIdx)!.y;
    case 'past':
      return cands.filter((c) => c.idx <= refIdx).pop()!.y;
    case 'future':
      return cands.find((c) => c.idx >= refIdx)!.y;
    default: {
      // nearest; a tie goes to the past
      let best = cands[0];
      for (const c of cands) {
        const dc = Math.abs(c.idx - refIdx);
        const db = Math.abs(best.idx - refIdx);
        if (dc < db || (dc === db && c.idx < refIdx && best.idx > refIdx)) best = c;
      }
      return best.y;
    }
  }
}

/** The year of a day and month named without one (e.g. «7 مايو»). */
export function resolveDayMonthYear(ref: YMD, month: number, day: number, dir: Direction): number | null {
  const refDays = toDays(ref);
  const cands = [ref.y - 1, ref.y, ref.y + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => ({ y, days: toDays({ y, m: month, d: day }) }));
  if (!cands.length) return null;
  let pick: { y: number; days: number } | undefined;
  switch (dir) {
    case 'current':
      return isValidDate(ref.y, month, day) ? ref.y : null;
    case 'last':
      pick = cands.filter((c) => c.days < refDays).pop();
      break;
    case 'next':
      pick = cands.find((c) => c.days > refDays);
      break;
    case 'past':
      pick = cands.filter((c) => c.days <= refDays).pop();
      break;
    case 'future':
      pick = cands.find((c) => c.days >= refDays);
      break;
    default: {
      pick = cands[0];
      for (const c of cands) {
        const dc = Math.abs(c.days - refDays);
        const db = Math.abs(pick.days - refDays);
        if (dc < db || (dc === db && c.days < refDays)) pick = c;
      }
    }
  }
  return pick ? pick.y : null;
}

// ---- Hijri ----

// the arithmetic (tabular) Islamic calendar, civil epoch: a day count for a Hijri date
function tabularHijriToDays(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}

let umalqura: Intl.DateTimeFormat | null | undefined;

function hijriOf(days: number): { y: number; m: number; d: number } | null {
  if (umalqura === undefined) {
    try {
      umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      umalqura = null;
    }
  }
  if (!umalqura) return null;
  const parts = umalqura.formatToParts(new Date(days * 86400000));
  const get = (t: string) => parseInt(parts.find((p) => p.type === t)?.value ?? '', 10);
  const r = { y: get('year'), m: get('month'), d: get('day') };
  return Number.isFinite(r.y) && Number.isFinite(r.m) && Number.isFinite(r.d) ? r : null;
}

// Intl date formatting is slow and the same few Hijri dates recur: remember each answer
const hijriCache = new BoundedMemo<number, YMD | null>(10_000);

/** Gregorian date of a Hijri date; null when the date is impossible. */
export function hijriToGregorian(y: number, m: number, d: number): YMD | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return computeHijriToGregorian(y, m, d);
  const key = (y * 100 + m) * 100 + d;
  let g = hijriCache.get(key);
  if (g === undefined) {
    g = computeHijriToGregorian(y, m, d);
    hijriCache.set(key, g);
  }
  return g && { ...g };
}

function computeHijriToGregorian(y: number, m: number, d: number): YMD | null {
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 2000) return null;
  const guess = tabularHijriToDays(y, m, d);
  // Umm al-Qura differs from the arithmetic calendar by a day or two
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const h = hijriOf(guess + delta);
    if (!h) break;
    if (h.y === y && h.m === m && h.d === d) return fromDays(guess + delta);
  }
  return fromDays(guess);
}

/** The Gregorian year in which most of a Hijri year falls (its middle). */
export function hijriYearToGregorian(y: number): number {
  return fromDays(tabularHijriToDays(y, 7, 1)).y;
}
