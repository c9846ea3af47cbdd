// The time lexicons (src/lexicon/months.json, time-words.json), precompiled
// once into Maps and phrase tables keyed by `wordKey`.
import monthsData from '../lexicon/months.json' with { type: 'json' };
import timeData from '../lexicon/time-words.json' with { type: 'json' };
import { PhraseTable, TriggerSet, wordKey } from './num-phrases.js';

export interface TimeUnit {
  /** ISO 8601 designator: S M H (time part), D W M Y, DE (decade), CE (century) */
  iso: string;
  /** 1 singular, 2 dual, 3 plural */
  count: 1 | 2 | 3;
  /** a time-of-day unit (PT…) */
  timePart: boolean;
}

export interface TimeLexicon {
  months: PhraseTable<number>;
  ambiguousMonths: Set<string>;
  hijriMonths: PhraseTable<number>;
  weekdays: Map<string, number>;
  relativeDays: PhraseTable<number>;
  partsOfDay: PhraseTable<true>;
  dayWord: Set<string>;
  pastMods: Set<string>;
  futureMods: Set<string>;
  currentMods: Set<string>;
  thisWords: Set<string>;
  futureCues: Set<string>;
  notFutureS: Set<string>;
  units: Map<string, TimeUnit>;
  definitePluralUnits: Map<string, string>;
  calendarUnits: Map<string, string>;
  durationOpeners: Set<string>;
  yearWords: Set<string>;
  yearOpeners: Set<string>;
  monthWord: Set<string>;
  monthOpeners: Set<string>;
  dayOrdinals: PhraseTable<number>;
  hourOrdinals: PhraseTable<number>;
  hourFractions: PhraseTable<number>;
  hourPeriods: Map<string, string>;
  gmtWords: Set<string>;
  sets: Map<string, string>;
  dualModifiers: Set<string>;
  notTodayBefore: Set<string>;
  decades: Map<string, number>;
  centuries: PhraseTable<number>;
  /** words a time expression can start with (besides numbers and number words) */
  triggers: TriggerSet;
  /** the same words as a plain set, for combining */
  readonly triggerWords: Set<string>;
}

const keySet = (a: string[]) => new Set(a.map(wordKey));
function keyMap<V>(o: Record<string, V>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [k, v] of Object.entries(o)) m.set(wordKey(k), v);
  return m;
}

let cached: TimeLexicon | null = null;

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const m = monthsData as unknown as { gregorian: Record<string, number>; ambiguous: string[]; hijri: Record<string, number> };
  const t = timeData as unknown as Record<string, any>;
  const units = new Map<string, TimeUnit>();
  for (const [k, [iso, count, tp]] of Object.entries(t.units as Record<string, [string, 1 | 2 | 3, string?]>)) {
    units.set(wordKey(k), { iso, count, timePart: tp === 'T' });
  }
  cached = {
    months: new PhraseTable(Object.entries(m.gregorian)),
    ambiguousMonths: keySet(m.ambiguous),
    hijriMonths: new PhraseTable(Object.entries(m.hijri)),
    weekdays: keyMap(t.weekdays),
    relativeDays: new PhraseTable<number>([...Object.entries(t.relative_days as Record<string, number>), ...(t.relative_day_phrases as Array<[string, number]>)]),
    partsOfDay: new PhraseTable((t.parts_of_day as string[]).map((p) => [p, true as const])),
    dayWord: keySet(t.day_word),
    pastMods: keySet(t.past_modifiers),
    futureMods: keySet(t.future_modifiers),
    currentMods: keySet(t.current_modifiers),
    thisWords: keySet(t.this_words),
    futureCues: keySet(t.future_cues),
    notFutureS: keySet(t.not_future_s_words),
    units,
    definitePluralUnits: keyMap(t.definite_plural_units),
    calendarUnits: keyMap(t.calendar_units),
    durationOpeners: keySet(t.duration_openers),
    yearWords: keySet(t.year_words),
    yearOpeners: keySet(t.year_openers),
    monthWord: keySet(t.month_word),
    monthOpeners: keySet(t.month_openers),
    dayOrdinals: new PhraseTable(Object.entries(t.day_ordinals as Record<string, number>)),
    hourOrdinals: new PhraseTable(Object.entries(t.hour_ordinals as Record<string, number>)),
    hourFractions: new PhraseTable(Object.entries(t.hour_fractions as Record<string, number>)),
    hourPeriods: keyMap(t.hour_periods),
    gmtWords: keySet(t.gmt_words),
    sets: keyMap(t.sets),
    dualModifiers: keySet(t.dual_modifiers),
    notTodayBefore: keySet(t.not_today_before),
    decades: keyMap(t.decades),
    centuries: new PhraseTable(Object.entries(t.centuries as Record<string, number>)),
    triggers: new TriggerSet(),
    get triggerWords() {
      return this.triggers.words;
    },
  };
  const c = cached;
  c.triggers
    .add(c.months.firstWords()).add(c.hijriMonths.firstWords()).add(c.relativeDays.firstWords()).add(c.partsOfDay.firstWords())
    .add(c.dayOrdinals.firstWords()).add(c.centuries.firstWords())
    .add(c.weekdays.keys()).add(c.dayWord).add(c.thisWords).add(c.calendarUnits.keys()).add(c.yearWords).add(c.monthWord)
    .add(c.units.keys()).add(c.units.keys(), (u) => 'ال' + u).add(c.definitePluralUnits.keys()).add(c.sets.keys()).add(c.decades.keys())
    .add(['ال', 'الساعه', 'كل', 'القرن']);
  return cached;
}
