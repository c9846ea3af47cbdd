// Times: dates, times of day, durations and sets in a tokenised text, with
// ISO 8601 values resolved against the publication date (SPEC §2). Without a
// publication date, expressions that need one are left out.
import type { TimeExpr } from '../model/analysis.js';
import type { Token } from './tokenize.js';
import { numberLexicon } from './num-lexicon.js';
import { tokenKeys } from './num-phrases.js';
import { DIGITS, TIME_WORD, tokenFlags } from './token-flags.js';
import { timeLexicon } from './time-lexicon.js';
import { parseYMD } from './time-calendar.js';
import { makeScan, type TimeMatch, type TimeScan } from './time-scan.js';
import { matchCalendarDate, matchDayExpr, matchDecadeCentury, matchNumericDate, matchRelativeUnit, matchYear } from './time-dates.js';
import { matchDuration, matchSet } from './time-durations.js';
import { matchClock } from './time-clock.js';

// most specific first: a year word («عام 2011») before a duration («عام»), a clock before «ساعة»
const MATCHERS: Array<(s: TimeScan, i: number) => TimeMatch | null> = [
  matchNumericDate,
  matchDayExpr,
  matchCalendarDate,
  matchYear,
  matchRelativeUnit,
  matchDecadeCentury,
  matchClock,
  matchDuration,
  matchSet,
];

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n']);

// a time of day takes the date its sentence speaks of
function dateClocks(s: TimeScan, found: TimeMatch[]): void {
  for (const t of found) {
    if (t.kind !== 'time' || !t.value || !t.value.startsWith('T')) continue;
    let best: TimeMatch | null = null;
    let bestDist = Infinity;
    for (const d of found) {
      if (d.kind !== 'date' || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      const [a, b] = d.startTok < t.startTok ? [d.endTok, t.startTok] : [t.endTok, d.startTok];
      let crosses = false;
      for (let k = a; k < b && !crosses; k++) crosses = s.tokens[k].kind === 'punct' && SENTENCE_END.has(s.tokens[k].text);
      if (crosses) continue;
      const dist = b - a;
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    // SPEC §4 writes times of day as 2018-02-24T04:00Z
    t.value = best ? `${best.value}${t.value}Z` : null;
  }
}

/** Find the time expressions of a tokenised text; `published` is YYYY-MM-DD (`keys`: see `tokenKeys`; `flags`: see `tokenFlags`). */
export function extractTimes(tokens: Token[], text: string, published?: string, keys: string[] = tokenKeys(tokens), flags: Uint8Array = tokenFlags(tokens, keys)): TimeExpr[] {
  const s = makeScan(tokens, keys, text, timeLexicon(), numberLexicon(), parseYMD(published));
  const found: TimeMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // only digits and words that can open a time expression
    if (!(flags[i] & (DIGITS | TIME_WORD))) continue;
    for (const m of MATCHERS) {
      const hit = m(s, i);
      if (hit) {
        found.push(hit);
        i = hit.endTok - 1;
        break;
      }
    }
  }
  dateClocks(s, found);
  const out: TimeExpr[] = [];
  for (const t of found) if (t.value) out.push({ start: t.start, end: t.end, kind: t.kind, value: t.value });
  return out;
}
