// The tagger's label set and IOB helpers.
//
// Decision on GPE vs LOC: ANERcorp (the reference corpus) has no GPE class,
// its LOC is mostly countries and cities, and SPEC §4 scores GPE and LOC as
// one class. So the model learns one LOC class (GPE + LOC + facilities) and
// the knowledge base / gazetteer tells a GPE from a LOC later.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The IOB tag set the tagger reads and writes (corpora, `isnad tag`, the pipeline): O, then B-/I- per type. */
export const IOB_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const IOB_INDEX: ReadonlyMap<string, number> = new Map(IOB_LABELS.map((l, i) => [l, i]));

/**
 * The model's labels (BIOES): O, then per type B- (first of several), I- (inside),
 * E- (last of several), S- (a one-word entity). With E and S a token's own
 * features can say "a name ends here" or "a one-word name", which IOB leaves to the
 * transition into the next token; the tagger writes them back as IOB.
 */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `E-${t}`, `S-${t}`])];
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** IOB index of each model label (S → B, E → I). */
export const IOB_OF_LABEL: Uint8Array = Uint8Array.from(LABELS, (l) => IOB_INDEX.get(l === 'O' ? 'O' : (l[0] === 'S' ? 'B' : l[0] === 'E' ? 'I' : l[0]) + l.slice(1))!);

/** Model labels of a valid IOB sequence (repairIob first if it may not be valid). */
export function modelLabels(iob: readonly string[]): Uint8Array {
  const out = new Uint8Array(iob.length);
  for (let i = 0; i < iob.length; i++) {
    const t = iob[i];
    if (t === 'O' || !LABEL_INDEX.has(t)) continue;
    const type = t.slice(2);
    const last = iob[i + 1] !== 'I-' + type;
    const pos = t[0] === 'B' ? (last ? 'S' : 'B') : last ? 'E' : 'I';
    out[i] = LABEL_INDEX.get(`${pos}-${type}`)!;
  }
  return out;
}

/** IOB tags of model labels. */
export function iobTags(labels: ArrayLike<number>): string[] {
  const out = new Array<string>(labels.length);
  for (let i = 0; i < labels.length; i++) out[i] = IOB_LABELS[IOB_OF_LABEL[labels[i]]];
  return out;
}

/** Classes a corpus mapping may produce; GPE folds into LOC for the model. */
export type MappedClass = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC' | 'O';

export function modelType(c: MappedClass): EntityType | null {
  if (c === 'O') return null;
  return c === 'GPE' ? 'LOC' : c;
}

/** May model label `to` follow `from` (from = -1: sentence start)? B-X and I-X go on as I-X or E-X; anything else is followed by O, B- or S-. */
export function transitionAllowed(from: number, to: number): boolean {
  const f = from < 0 ? 'O' : LABELS[from];
  const t = LABELS[to];
  const open = f[0] === 'B' || f[0] === 'I';
  const cont = t[0] === 'I' || t[0] === 'E';
  return open ? cont && f.slice(2) === t.slice(2) : !cont;
}

/** May a sentence end on model label `y`? (Not inside an open entity.) */
export const endAllowed = (y: number): boolean => LABELS[y][0] !== 'B' && LABELS[y][0] !== 'I';

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
