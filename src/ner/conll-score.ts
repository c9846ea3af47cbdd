// CoNLL-style exact-span scoring (as conlleval): an entity counts only when
// its type and both boundaries match. Per-type and overall micro P/R/F1.
import { iobSpans } from './tags.js';

export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ConllScore {
  overall: PRF;
  byType: Record<string, PRF>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/**
 * Score predicted tag sequences against gold, sentence by sentence. Tags are
 * IOB (`B-X`, `I-X`, `O`); sequences of unequal length are scored over the
 * gold length (missing predictions are O).
 */
export function scoreConll(goldTags: string[][], predTags: string[][]): ConllScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  };
  for (let s = 0; s < goldTags.length; s++) {
    const gold = goldTags[s];
    const pred = (predTags[s] ?? []).slice(0, gold.length);
    const g = new Map(iobSpans(gold).map((x) => [`${x.start}:${x.end}:${x.type}`, x.type]));
    const p = new Map(iobSpans(pred).map((x) => [`${x.start}:${x.end}:${x.type}`, x.type]));
    for (const [k, type] of p) bump(type, g.has(k) ? 'tp' : 'fp');
    for (const [k, type] of g) if (!p.has(k)) bump(type, 'fn');
  }
  const byType: Record<string, PRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { overall: prf(tp, fp, fn), byType };
}

/** A one-line-per-type table for logs. */
export function formatScore(s: ConllScore): string {
  const row = (name: string, x: PRF) =>
    `${name.padEnd(8)} P ${(100 * x.p).toFixed(1).padStart(5)}  R ${(100 * x.r).toFixed(1).padStart(5)}  F1 ${(100 * x.f1).toFixed(1).padStart(5)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  return [...Object.entries(s.byType).map(([t, x]) => row(t, x)), row('overall', s.overall)].join('\n');
}
