// One event per happening: later references to the same happening
// («استقباله … التقى … لقائه … اجتماعهما») fold into the first one when the
// type is the same, each side's actors are contained in the other's (sides
// may swap for symmetric types), the modality agrees and the dates do not
// conflict. The first anchor is kept; the fuller actor sets win.
import type { Event, PloverType } from '../model/analysis.js';

const SYMMETRIC = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

const nested = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
const larger = (a: string[], b: string[]) => (b.length > a.length ? b : a);

function datesAgree(a?: string, b?: string): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));

function sidesFit(x: Event, e: Event): 'same' | 'swapped' | null {
  // an event with no actors at all adds nothing but its anchor: it folds into any of its type
  const bare = !e.source.length && !e.target.length;
  if (nested(x.source, e.source) && nested(x.target, e.target) && (bare || shares(x.source, e.source) || shares(x.target, e.target))) return 'same';
  if (SYMMETRIC.has(x.type) && nested(x.source, e.target) && nested(x.target, e.source) && (bare || shares(x.source, e.target) || shares(x.target, e.source))) return 'swapped';
  return null;
}

function absorb(x: Event, e: Event, how: 'same' | 'swapped'): void {
  const src = how === 'same' ? e.source : e.target;
  const tgt = how === 'same' ? e.target : e.source;
  x.source = larger(x.source, src);
  x.target = larger(x.target, tgt);
  x.location ??= e.location;
  x.date ??= e.date;
  x.quantity ??= e.quantity;
}

/** Fold `e` into a compatible earlier event; true when it was absorbed. */
export function mergeInto(events: Event[], e: Event): boolean {
  for (const x of events) {
    if (x.type !== e.type || x.modality !== e.modality || !datesAgree(x.date, e.date)) continue;
    const how = sidesFit(x, e);
    if (how) {
      absorb(x, e, how);
      return true;
    }
  }
  return false;
}

/** A dual-pronoun reference («اجتماعهما») to the latest event of its type: true when one exists. */
export function attachBackReference(events: Event[], e: Event): boolean {
  for (let k = events.length - 1; k >= 0; k--) {
    if (events[k].type === e.type) {
      events[k].date ??= e.date;
      events[k].location ??= e.location;
      return true;
    }
  }
  return false;
}
