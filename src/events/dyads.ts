// Completing a missing target from the document's dyads. News articles
// revolve around few pairs of actors: when «الأطباء» strike, demand and
// suspend without naming whom, the counterpart is the one they are paired
// with elsewhere in the article («طلب الوزير من المضربين»). An event without
// a target takes the other side of the nearest earlier (else later) event
// that has its source on one side and a named other side.
import type { Event } from '../model/analysis.js';

const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));

function counterpart(e: Event, d: Event): string[] | null {
  if (d === e || !d.source.length || !d.target.length) return null;
  if (shares(d.source, e.source) && !shares(d.target, e.source)) return d.target;
  if (shares(d.target, e.source) && !shares(d.source, e.source)) return d.source;
  return null;
}

export function completeTargets(events: Event[]): void {
  const explicit: Array<[Event, number]> = [];
  events.forEach((d, i) => {
    if (d.source.length && d.target.length) explicit.push([d, i]);
  });
  events.forEach((e, k) => {
    if (!e.source.length || e.target.length) return;
    let best: string[] | null = null;
    let bestDist = Infinity;
    for (const [d, i] of explicit) {
      const other = counterpart(e, d);
      if (!other) continue;
      // earlier dyads first: a story introduces its pair before it elaborates
      const dist = Math.abs(i - k) + (i > k ? 0.5 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = other;
      }
    }
    if (best) e.target = [...best];
  });
}
