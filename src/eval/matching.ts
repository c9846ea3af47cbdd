// Maximum bipartite matching (Kuhn's augmenting paths). SPEC §4 asks for a
// maximum one-to-one matching that does not depend on the order of the
// system's lists: callers put gold items on the left and give candidate
// pairs in a deterministic order of preference (e.g. by IoU); preferred pairs
// are taken greedily, then augmenting paths raise the matching to maximum
// cardinality (they may re-route a greedy pair, never drop it).

export interface MatchOptions {
  /** right items already used by an earlier round (e.g. required gold first) */
  takenRight?: boolean[];
  /** left items to leave out of this round */
  skipLeft?: boolean[];
}

/**
 * `edges[l]` lists the right items left item `l` may take, most preferred
 * first; `preferred` (optional) is a global order of [l, r] pairs for the
 * greedy pass (default: left by left, each in its own order).
 * Returns matchOfLeft[l] = r, or -1.
 */
export function maxMatching(
  nLeft: number,
  nRight: number,
  edges: number[][],
  opts: MatchOptions & { preferred?: Array<[number, number]> } = {},
): number[] {
  const matchOfRight = new Array<number>(nRight).fill(-1);
  const matchOfLeft = new Array<number>(nLeft).fill(-1);
  const blocked = (r: number) => opts.takenRight?.[r] === true;
  const skipped = (l: number) => opts.skipLeft?.[l] === true;

  const greedy = opts.preferred ?? edges.flatMap((rs, l) => rs.map((r) => [l, r] as [number, number]));
  for (const [l, r] of greedy) {
    if (skipped(l) || blocked(r) || matchOfLeft[l] !== -1 || matchOfRight[r] !== -1) continue;
    matchOfLeft[l] = r;
    matchOfRight[r] = l;
  }

  const tryAugment = (l: number, seen: Uint8Array): boolean => {
    for (const r of edges[l] ?? []) {
      if (blocked(r) || seen[r]) continue;
      seen[r] = 1;
      if (matchOfRight[r] === -1 || tryAugment(matchOfRight[r]!, seen)) {
        matchOfRight[r] = l;
        matchOfLeft[l] = r;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < nLeft; l++) {
    if (matchOfLeft[l] === -1 && !skipped(l)) tryAugment(l, new Uint8Array(nRight));
  }
  return matchOfLeft;
}

/** Required gold first, then optional gold with the system items left over. */
export function matchRequiredFirst(
  optional: boolean[],
  nRight: number,
  edges: number[][],
  preferred?: Array<[number, number]>,
): number[] {
  const n = optional.length;
  const first = maxMatching(n, nRight, edges, { skipLeft: optional, preferred });
  const taken = new Array<boolean>(nRight).fill(false);
  for (const r of first) if (r >= 0) taken[r] = true;
  const second = maxMatching(n, nRight, edges, { skipLeft: optional.map((o) => !o), takenRight: taken, preferred });
  return first.map((r, l) => (optional[l] ? second[l]! : r));
}
