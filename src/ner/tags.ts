// The tagger's label set and IOB helpers.
//
// Decision on GPE vs LOC: ANERcorp (the reference corpus) has no GPE class,
// its LOC is mostly countries and cities, and SPEC §4 scores GPE and LOC as
// one class. So the model learns one LOC class (GPE + LOC + facilities) and
// the knowledge base / gazetteer tells a GPE from a LOC later.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Model labels; index 0 is O, then B-/I- per type. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** Classes a corpus mapping may produce; GPE folds into LOC for the model. */
export type MappedClass = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC' | 'O';

export function modelType(c: MappedClass): EntityType | null {
  if (c === 'O') return null;
  return c === 'GPE' ? 'LOC' : c;
}

/** May label `to` follow label `from` in IOB? (from = -1: sentence start). */
export function transitionAllowed(from: number, to: number): boolean {
  const l = LABELS[to];
  if (!l.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = LABELS[from];
  return f !== 'O' && f.slice(2) === l.slice(2);
}

/** Make a tag sequence valid IOB: an I-X that does not continue an X becomes B-X. */
export function repairIob(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t.startsWith('I-')) continue;
    const prev = i > 0 ? out[i - 1] : 'O';
    if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = 'B-' + t.slice(2);
  }
  return out;
}

export interface Span {
  type: string;
  start: number; // first token
  end: number; // one past the last token
}

/** Entity spans of an IOB sequence (an I- without a matching predecessor opens a span, as in conlleval). */
export function iobSpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? 'O';
    const dash = t.indexOf('-');
    const bio = dash > 0 ? t.slice(0, dash) : t;
    const type = dash > 0 ? t.slice(dash + 1) : '';
    if (bio === 'I' && cur && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    if (cur) spans.push(cur);
    cur = bio === 'B' || bio === 'I' ? { type, start: i, end: i + 1 } : null;
  }
  if (cur) spans.push(cur);
  return spans;
}
