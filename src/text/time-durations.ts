// Durations and sets: «ثلاثة أيام» P3D, «15 يوما» P15D, «أسبوعين» P2W,
// «العامين الماضيين» P2Y, «شهر ونصف شهر» P1.5M, «ساعتين» PT2H, «نصف ساعة»
// PT30M, «السنوات الخمس الماضية» P5Y, «منذ أسبوع» P1W; «يوميا», «كل عامين».
import type { TimeMatch, TimeScan } from './time-scan.js';
import { isWord, match, peelIn } from './time-scan.js';
import type { TimeUnit } from './time-lexicon.js';
import { parseNumberAt } from './number-words.js';
import { peel } from './num-phrases.js';

const EVERY_WORD = new Set(['كل']);

function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** ISO 8601 duration of n units. */
export function isoDuration(n: number, unit: TimeUnit): string {
  if (unit.timePart) {
    // half an hour reads better as minutes
    if (unit.iso === 'H' && !Number.isInteger(n) && Number.isInteger(n * 60)) return `PT${n * 60}M`;
    return `PT${fmtNumber(n)}${unit.iso}`;
  }
  return `P${fmtNumber(n)}${unit.iso}`;
}

function unitAt(s: TimeScan, i: number): TimeUnit | null {
  return isWord(s, i) ? s.lex.units.get(s.keys[i]) ?? null : null;
}

// «ونصف» or «ونصف شهر» after a duration: the half and the repeated unit
function halfAfter(s: TimeScan, j: number, unit: TimeUnit): { add: number; end: number } | null {
  const k = s.keys[j];
  if (!isWord(s, j) || k.length < 3 || k[0] !== 'و') return null;
  const f = s.nlex.fractions.get(k.slice(1));
  if (f === undefined) return null;
  let end = j + 1;
  const u2 = unitAt(s, end);
  if (u2 && u2.iso === unit.iso && u2.count === 1) end++;
  return { add: f, end };
}

/** A duration starting at token i. */
export function matchDuration(s: TimeScan, i: number): TimeMatch | null {
  const tok = s.tokens[i];
  // number + unit: «ثلاثة أيام», «15 يوما», «ثمانية وسبعين عاما»
  if (tok.kind === 'number' || tok.kind === 'word') {
    const m = parseNumberAt(s.tokens, s.keys, i, s.nlex);
    if (m) {
      const unit = unitAt(s, m.end);
      if (!unit || unit.count === 2) return null;
      if (m.words && m.value <= 1) return null;
      let n = m.value;
      let end = m.end + 1;
      const half = halfAfter(s, end, unit);
      if (half) {
        n += half.add;
        end = half.end;
      }
      return match(s, i, end, m.pre, 'duration', isoDuration(n, unit));
    }
  }
  if (!isWord(s, i)) return null;
  // «نصف ساعة», «ربع قرن»
  const frac = peelIn(s, i, s.nlex.fractions);
  if (frac) {
    const unit = unitAt(s, i + 1);
    if (!unit || unit.count !== 1) return null;
    return match(s, i, i + 2, frac.pre, 'duration', isoDuration(s.nlex.fractions.get(frac.stem)!, unit));
  }
  for (const p of peel(s.keys[i])) {
    // «السنوات الخمس الماضية», «الأيام الثلاثة المقبلة»
    const defPl = s.lex.definitePluralUnits.get(p.stem);
    if (defPl) {
      const nk = s.keys[i + 1];
      if (!isWord(s, i + 1) || !nk.startsWith('ال')) return null;
      const n = s.nlex.units.get(nk.slice(2)) ?? s.nlex.tens.get(nk.slice(2));
      if (!n || n < 2) return null;
      let end = i + 2;
      if (isWord(s, end) && (s.lex.pastMods.has(s.keys[end]) || s.lex.futureMods.has(s.keys[end]))) end++;
      const timePart = defPl === 'H' || (defPl === 'M' && p.stem === 'الدقائق');
      return match(s, i, end, p.pre, 'duration', isoDuration(n, { iso: defPl, count: 3, timePart }));
    }
    // «العامين الماضيين», «خلال العامين»
    if (p.stem.startsWith('ال')) {
      const u = s.lex.units.get(p.stem.slice(2));
      if (!u || u.count !== 2) continue;
      const modAfter = isWord(s, i + 1) && s.lex.dualModifiers.has(s.keys[i + 1]);
      const opener = peelIn(s, i - 1, s.lex.durationOpeners) || s.keys[i - 1] === 'خلال' || s.keys[i - 1] === 'مدي';
      if (!modAfter && !opener) return null;
      return match(s, i, modAfter ? i + 2 : i + 1, p.pre, 'duration', isoDuration(2, u));
    }
    const unit = s.lex.units.get(p.stem);
    if (!unit) continue;
    // «أسبوعين», «لأسبوعين», «بعامين»
    if (unit.count === 2) {
      let end = i + 1;
      if (/^اثن/.test(s.keys[end] ?? '')) end++;
      return match(s, i, end, p.pre, 'duration', isoDuration(2, unit));
    }
    if (unit.count === 1) {
      // «شهر ونصف شهر», «ساعة ونصف»
      const half = halfAfter(s, i + 1, unit);
      if (half) return match(s, i, half.end, p.pre, 'duration', isoDuration(1 + half.add, unit));
      // «منذ أسبوع», «لمدة عام» (but «منذ عام 2011» is a year)
      const opener = peelIn(s, i - 1, s.lex.durationOpeners);
      if (opener && !(s.tokens[i + 1]?.kind === 'number') && !(isWord(s, i + 1) && s.keys[i + 1] === 'واحد')) {
        return match(s, i, i + 1, p.pre, 'duration', isoDuration(1, unit));
      }
      if (isWord(s, i + 1) && (s.keys[i + 1] === 'واحد' || s.keys[i + 1] === 'واحده')) {
        return match(s, i, i + 2, p.pre, 'duration', isoDuration(1, unit)); // «يوم واحد»
      }
    }
    return null;
  }
  return null;
}

/** Sets: «يوميا», «سنويا», «كل أسبوع», «كل عامين». */
export function matchSet(s: TimeScan, i: number): TimeMatch | null {
  if (!isWord(s, i)) return null;
  const adv = s.lex.sets.get(s.keys[i]);
  if (adv) return match(s, i, i + 1, '', 'set', adv);
  const every = peelIn(s, i, EVERY_WORD);
  if (every) {
    const unit = unitAt(s, i + 1);
    if (!unit || unit.count === 3) return null;
    return match(s, i, i + 2, every.pre, 'set', isoDuration(unit.count, unit));
  }
  return null;
}
