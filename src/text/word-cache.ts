// A bounded cache of per-word results. News vocabulary repeats (a few
// thousand word types cover most tokens), so analysing each distinct word
// once and looking it up afterwards is the main saving in the token loops.
//
// Two limits keep memory flat in a long-running process: the cache is
// emptied when full, and long keys are never stored. V8 may represent a
// string of 13 or more characters cut from an article as a slice that keeps
// the whole article alive; a key that short is always its own copy.

/** Keys longer than this are computed every time (see above). */
const MAX_KEY = 12;

export class WordCache<V> {
  private map = new Map<string, V>();

  constructor(private readonly capacity = 50_000) {}

  /** The cached value for `key`, or `compute(key)` (cached when the key is short). */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const v = compute(key);
    if (key.length <= MAX_KEY) {
      if (this.map.size >= this.capacity) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
