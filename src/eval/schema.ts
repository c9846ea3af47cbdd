// Runtime schema of isnad.analysis/1 (SPEC §2), shared by eval, the API and
// tests. Extra fields are allowed everywhere (SPEC: "Extra fields are
// allowed"), so objects are loose. Cross-field rules (ids referenced exist,
// spans inside the text) are checked by `validateAnalysis`.
import { z } from 'zod';
import { PLOVER_TYPES, type Analysis } from '../model/analysis.js';

const offset = z.number().int().nonnegative();
export const spanSchema = z.looseObject({ start: offset, end: offset });

export const entityTypeSchema = z.enum(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);
export const mentionKindSchema = z.enum(['name', 'title', 'nominal', 'metonym', 'pronoun']);
export const ploverTypeSchema = z.enum(PLOVER_TYPES);

export const docMetaSchema = z.looseObject({
  id: z.string(),
  lang: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  desk: z.string().optional(),
  credit: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
});

export const entitySchema = z.looseObject({
  id: z.string().min(1),
  type: entityTypeSchema,
  name: z.string(),
  name_en: z.string().optional(),
  kb: z.string().optional(),
  mentions: z.array(spanSchema.extend({ kind: mentionKindSchema })),
});

export const statementSchema = z.looseObject({
  id: z.string().min(1),
  speaker: z.string().nullable(),
  cue: spanSchema.extend({ lemma: z.string().optional() }),
  content: spanSchema,
  kind: z.enum(['direct', 'indirect', 'mixed']),
  sources: z.array(z.string()),
  parent: z.string().nullable(),
});

// Optional references may also be given as null ("unknown"), as gold does.
export const eventSchema = z.looseObject({
  id: z.string().min(1),
  type: ploverTypeSchema,
  mode: z.string().nullable().optional(),
  cameo: z.string().nullable().optional(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  anchor: spanSchema,
  location: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  statement: z.string().nullable().optional(),
  sources: z.array(z.string()).optional(),
});

export const quantitySchema = spanSchema.extend({
  value: z.number().refine(Number.isFinite, 'value must be a finite number'),
  approx: z.enum(['more_than', 'less_than', 'about']).nullable().optional(),
  unit: z.string().nullable().optional(),
  unit_en: z.string().nullable().optional(),
});

export const timeSchema = spanSchema.extend({
  kind: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().min(1),
});

export const analysisSchema = z.looseObject({
  schema: z.literal('isnad.analysis/1'),
  doc: docMetaSchema,
  text: z.string(),
  sentences: z.array(spanSchema),
  entities: z.array(entitySchema),
  statements: z.array(statementSchema),
  events: z.array(eventSchema),
  quantities: z.array(quantitySchema),
  times: z.array(timeSchema),
});

export type ValidationResult = { ok: true; analysis: Analysis } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

/** Structural check (zod) plus the SPEC's cross-field rules. */
export function validateAnalysis(input: unknown): ValidationResult {
  const parsed = analysisSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => `${pathOf(i.path)}: ${i.message}`) };
  }
  const a = parsed.data as unknown as Analysis;
  const errors: string[] = [];
  const err = (m: string) => {
    if (errors.length < MAX_ERRORS) errors.push(m);
  };
  const n = a.text.length;
  const span = (where: string, s: { start: number; end: number }) => {
    if (s.start > s.end || s.end > n) err(`${where}: span [${s.start}, ${s.end}) is not inside the text (length ${n})`);
  };
  const ids = (where: string, list: Array<{ id: string }>) => {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) err(`${where}: duplicate id "${x.id}"`);
      seen.add(x.id);
    }
    return seen;
  };
  const ents = ids('entities', a.entities);
  const stmts = ids('statements', a.statements);
  ids('events', a.events);
  const ref = (where: string, id: string | null | undefined, set: Set<string>, what: string) => {
    if (id != null && !set.has(id)) err(`${where}: unknown ${what} id "${id}"`);
  };

  a.sentences.forEach((s, i) => span(`sentences[${i}]`, s));
  a.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`entities[${i}].mentions[${j}]`, m)));
  a.statements.forEach((s, i) => {
    const w = `statements[${i}]`;
    span(`${w}.cue`, s.cue);
    span(`${w}.content`, s.content);
    ref(`${w}.speaker`, s.speaker, ents, 'entity');
    s.sources.forEach((x) => ref(`${w}.sources`, x, ents, 'entity'));
    ref(`${w}.parent`, s.parent, stmts, 'statement');
  });
  a.events.forEach((v, i) => {
    const w = `events[${i}]`;
    span(`${w}.anchor`, v.anchor);
    v.source.forEach((x) => ref(`${w}.source`, x, ents, 'entity'));
    v.target.forEach((x) => ref(`${w}.target`, x, ents, 'entity'));
    (v.sources ?? []).forEach((x) => ref(`${w}.sources`, x, ents, 'entity'));
    ref(`${w}.location`, v.location, ents, 'entity');
    ref(`${w}.statement`, v.statement, stmts, 'statement');
  });
  a.quantities.forEach((q, i) => span(`quantities[${i}]`, q));
  a.times.forEach((t, i) => span(`times[${i}]`, t));
  return errors.length ? { ok: false, errors } : { ok: true, analysis: a };
}
