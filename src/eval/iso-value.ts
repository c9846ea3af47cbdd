// Comparable forms of ISO 8601 time values (SPEC §4): dates and times are
// compared as written (case and surrounding space aside); durations are
// compared by their components, with weeks counted as 7 days so that P2W
// equals P14D. Months are not turned into days: P1M is not P30D.

const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const num = (s: string | undefined) => (s ? Number(s.replace(',', '.')) : 0);

export function normalizeTimeValue(value: string): string {
  const v = value.trim().toUpperCase();
  const m = DURATION.exec(v);
  if (!m || v === 'P' || v.endsWith('T')) return v;
  const [, y, mo, w, d, h, mi, s] = m;
  const days = num(d) + 7 * num(w);
  // Round away binary noise (1.5 * 7 and the like).
  const r = (x: number) => String(Math.round(x * 1e6) / 1e6);
  return `P${r(num(y))}Y${r(num(mo))}M${r(days)}DT${r(num(h))}H${r(num(mi))}M${r(num(s))}S`;
}

export function sameTimeValue(a: string, b: string): boolean {
  return normalizeTimeValue(a) === normalizeTimeValue(b);
}
