// Gold files (isnad.gold/1, SPEC §3): types, a runtime schema and a loader
// that turns any defect into one line the user can act on.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../cli/errors.js';
import { entityTypeSchema, mentionKindSchema, ploverTypeSchema } from './schema.js';

const offset = z.number().int().nonnegative();
const span = z.looseObject({ start: offset, end: offset, text: z.string().optional() });

const goldEntity = z.looseObject({
  id: z.string().min(1),
  type: entityTypeSchema,
  name: z.string(),
  // SPEC §3 makes it a list; a single string is accepted as a list of one.
  name_en: z.union([z.array(z.string()), z.string()]).nullable().optional()
    .transform((v) => (v == null ? [] : Array.isArray(v) ? v : [v])),
  kb: z.string().nullable().optional(),
  mentions: z.array(span.extend({ kind: mentionKindSchema })),
});

const goldStatement = z.looseObject({
  id: z.string().min(1),
  speaker: z.string().nullable(),
  cue: span,
  content: span,
  kind: z.enum(['direct', 'indirect', 'mixed']),
  sources: z.array(z.string()).default([]),
  sources_scored: z.boolean().default(true),
  parent: z.string().nullable().default(null),
  optional: z.boolean().default(false),
});

const goldEvent = z.looseObject({
  id: z.string().min(1),
  type: z.union([z.array(ploverTypeSchema).min(1), ploverTypeSchema]).transform((v) => (Array.isArray(v) ? v : [v])),
  source: z.array(z.string()).default([]),
  target: z.array(z.string()).default([]),
  anchor: span,
  location: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  optional: z.boolean().default(false),
});

const goldQuantity = span.extend({
  value: z.number(),
  approx: z.string().nullable().optional(),
  unit_en: z.string().nullable().optional(),
});

const goldTime = span.extend({ kind: z.string(), value: z.string().min(1) });

export const goldSchema = z.looseObject({
  schema: z.literal('isnad.gold/1'),
  id: z.string().optional(),
  published: z.string().nullable().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  text: z.string(),
  entities: z.array(goldEntity).default([]),
  statements: z.array(goldStatement).default([]),
  events: z.array(goldEvent).default([]),
  quantities: z.array(goldQuantity).default([]),
  times: z.array(goldTime).default([]),
});

export type Gold = z.infer<typeof goldSchema> & { id: string };
export type GoldEntity = Gold['entities'][number];
export type GoldStatement = Gold['statements'][number];
export type GoldEvent = Gold['events'][number];

/** Parse gold JSON already read; throws UserError naming the first defect. */
export function parseGold(json: unknown, name: string, fallbackId: string): Gold {
  const r = goldSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UserError(`${name}: not a valid isnad.gold/1 file (${i.path.join('.') || 'root'}: ${i.message})`);
  }
  const g = r.data;
  const ents = new Set(g.entities.map((e) => e.id));
  const check = (id: string | null | undefined, where: string) => {
    if (id != null && !ents.has(id)) throw new UserError(`${name}: ${where} refers to unknown entity "${id}"`);
  };
  for (const s of g.statements) {
    check(s.speaker, `statement ${s.id} speaker`);
    s.sources.forEach((x) => check(x, `statement ${s.id} sources`));
  }
  for (const v of g.events) [...v.source, ...v.target].forEach((x) => check(x, `event ${v.id}`));
  const n = g.text.length;
  for (const e of g.entities) {
    for (const m of e.mentions) {
      if (m.start > m.end || m.end > n) throw new UserError(`${name}: entity ${e.id} has a mention outside the text`);
    }
  }
  return { ...g, id: g.id ?? fallbackId };
}

/** A file's text, or a one-line UserError saying why it cannot be read. */
export function readUtf8(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function loadGoldFile(path: string, fallbackId: string): Gold {
  const raw = readUtf8(path);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new UserError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parseGold(json, path, fallbackId);
}
