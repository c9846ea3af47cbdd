// Counts behind precision, recall and F1. Scores are micro-averaged over
// files (SPEC §4), so files add counts, never ratios.

export interface Counts {
  /** true positives */
  tp: number;
  /** system items that count (neutral ones excluded) */
  sys: number;
  /** gold items that count (optional ones excluded) */
  gold: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  /** the layer is empty in gold and system alike: report n/a, not 0 */
  na: boolean;
}

export function emptyCounts(): Counts {
  return { tp: 0, sys: 0, gold: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, sys: a.sys + b.sys, gold: a.gold + b.gold };
}

// With no system items P is 0 (nothing correct was produced) rather than
// undefined, so a missing layer shows as 0 wherever gold has items.
export function prf(c: Counts): Prf {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, na: c.sys === 0 && c.gold === 0 };
}

/** A ratio kept as numerator/denominator so that files can be added. */
export interface Ratio {
  num: number;
  den: number;
}

export function emptyRatio(): Ratio {
  return { num: 0, den: 0 };
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return { num: a.num + b.num, den: a.den + b.den };
}

/** null when nothing was measured (n/a). */
export function ratioValue(r: Ratio): number | null {
  return r.den ? r.num / r.den : null;
}
