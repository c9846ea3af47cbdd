// Maximum bipartite matching (Kuhn's augmenting paths). SPEC §4 asks for a
// maximum one-to-one matching that does not depend on the order of the
// system's lists: the caller orders candidate edges by a deterministic
// preference, and augmenting paths guarantee the maximum cardinality.

/**
 * Match left items to right items. `edges[l]` lists the right items left item
 * `l` may take, most preferred first. `taken[r]` (optional) marks right items
 * already used by an earlier round (e.g. required gold matched first).
 * Returns matchOfLeft[l] = r or -1.
 */
export function maxMatching(nLeft: number, nRight: number, edges: number[][], taken?: boolean[]): number[] {
  const matchOfRight = new Array<number>(nRight).fill(-1);
  const matchOfLeft = new Array<number>(nLeft).fill(-1);
  const blocked = taken ?? new Array<boolean>(nRight).fill(false);

  const tryAugment = (l: number, seen: Uint8Array): boolean => {
    for (const r of edges[l] ?? []) {
      if (blocked[r] || seen[r]) continue;
      seen[r] = 1;
      if (matchOfRight[r] === -1 || tryAugment(matchOfRight[r], seen)) {
        matchOfRight[r] = l;
        matchOfLeft[l] = r;
        return true;
      }
    }
    return false;
  };

  // A greedy first pass on preferred edges keeps the preferred pairs wherever
  // that does not cost cardinality; augmenting paths then fill the rest.
  for (let l = 0; l < nLeft; l++) {
    for (const r of edges[l] ?? []) {
      if (!blocked[r] && matchOfRight[r] === -1) {
        matchOfRight[r] = l;
        matchOfLeft[l] = r;
        break;
      }
    }
  }
  for (let l = 0; l < nLeft; l++) {
    if (matchOfLeft[l] !== -1) continue;
    tryAugment(l, new Uint8Array(nRight));
  }
  return matchOfLeft;
}
