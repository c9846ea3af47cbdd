// A bounded memo for per-word work (features, tagger sums, lexicon lookups).
// News vocabulary is Zipfian: a few thousand forms make most tokens, and a
// long tail keeps arriving. Clearing a full map throws the hot forms away with
// the tail, and the next few hundred articles pay to rebuild them. Two
// generations keep them instead: new entries go to the young map; when it is
// full it becomes the old one (the previous old one is dropped), and a form
// found in the old map moves back to the young one. So a form used at least
// once per generation is never recomputed, and the memo holds at most
// `limit` entries.
export class BoundedMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.set(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
