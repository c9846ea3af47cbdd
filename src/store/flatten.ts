// An analysis as the rows a store writes: entities merged by global identity,
// statements with their claim keys and the entities they mention, events with
// their actors. Pure, shared by every store; tolerant of dangling ids.
import type { Analysis, EntityType, PloverType, StatementKind } from '../model/analysis.js';
import { PLOVER_TYPES } from '../model/analysis.js';
import { claimKey, entityKey, foldedWords, textHash } from './keys.js';
import { indexTerms } from './search-terms.js';

export interface FlatEntity {
  key: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  kb?: string;
  /** surface names seen in this article: [original, folded] */
  aliases: Array<[string, string]>;
  mentions: number;
}

export interface FlatStatement {
  localId: string;
  speaker: string | null; // entity key
  cueText: string;
  cueLemma?: string;
  stance?: string;
  content: string;
  kind: StatementKind;
  sources: string[]; // entity keys, outermost first
  about: string[]; // entity keys mentioned inside the content
  claimKey: string;
  contentStart: number;
  contentEnd: number;
  terms: string;
}

export interface FlatEvent {
  localId: string;
  type: PloverType;
  anchorText: string;
  date?: string;
  location?: string;
  source: string[];
  target: string[];
}

export interface FlatArticle {
  docId: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  textHash: string;
  /** the article text (NUL removed) */
  text: string;
  terms: string;
  entities: FlatEntity[];
  statements: FlatStatement[];
  events: FlatEvent[];
}

const ENTITY_TYPES = new Set<string>(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);
const KINDS = new Set<string>(['direct', 'indirect', 'mixed']);
const PLOVER = new Set<string>(PLOVER_TYPES);
const MAX_ALIASES = 20;
const MAX_FIELD = 20_000;

// PostgreSQL text cannot hold NUL; neither store keeps it, so both behave alike
function clean(s: string): string;
function clean(s: string | undefined): string | undefined;
function clean(s: string | undefined): string | undefined {
  return s === undefined ? undefined : String(s).replace(/\u0000/g, '');
}

function slice(text: string, start: unknown, end: unknown): string {
  if (typeof start !== 'number' || typeof end !== 'number' || !(end >= start)) return '';
  return clean(text.slice(Math.max(0, start), Math.min(text.length, end, start + MAX_FIELD)));
}

/** An ISO date or partial date (2018, 2018-02, 2018-02-24), else undefined. */
export function isoDay(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{4})(-\d{2}(-\d{2})?)?/.exec(s.trim());
  return m ? m[0] : undefined;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function flattenAnalysis(a: Analysis): FlatArticle {
  const text = typeof a.text === 'string' ? a.text : '';
  const doc = a.doc ?? ({} as Analysis['doc']);
  const keyOf = new Map<string, string>(); // local entity id → global key
  const byKey = new Map<string, FlatEntity>();
  const mentionSpans: Array<{ key: string; start: number; end: number }> = [];

  for (const e of a.entities ?? []) {
    if (!e || typeof e.name !== 'string' || !ENTITY_TYPES.has(e.type)) continue;
    const key = entityKey(e);
    if (!foldedWords(e.name).length && !e.kb) continue;
    keyOf.set(e.id, key);
    let fe = byKey.get(key);
    if (!fe) {
      fe = { key: clean(key), type: e.type, name: clean(e.name.trim()), nameEn: clean(e.name_en), kb: clean(e.kb), aliases: [], mentions: 0 };
      byKey.set(key, fe);
    }
    fe.nameEn ??= e.name_en;
    const names = [e.name];
    for (const m of e.mentions ?? []) {
      fe.mentions++;
      mentionSpans.push({ key, start: m.start, end: m.end });
      if (m.kind === 'name') names.push(slice(text, m.start, m.end));
    }
    if (e.name_en) names.push(e.name_en);
    for (const n of names) {
      const folded = foldedWords(n).join(' ');
      if (folded && fe.aliases.length < MAX_ALIASES && !fe.aliases.some(([, f]) => f === folded)) fe.aliases.push([clean(n.trim()), clean(folded)]);
    }
  }

  const key = (id: unknown) => (typeof id === 'string' ? keyOf.get(id) : undefined);
  const keys = (ids: unknown) => (Array.isArray(ids) ? uniq(ids.map(key).filter((k): k is string => !!k)) : []);

  const statements: FlatStatement[] = [];
  for (const s of a.statements ?? []) {
    if (!s || !s.content || typeof s.id !== 'string') continue;
    const content = slice(text, s.content.start, s.content.end);
    const speaker = key(s.speaker) ?? null;
    const about: string[] = [];
    for (const m of mentionSpans) if (m.start >= s.content.start && m.end <= s.content.end && !about.includes(m.key)) about.push(m.key);
    statements.push({
      localId: s.id,
      speaker,
      cueText: slice(text, s.cue?.start, s.cue?.end),
      cueLemma: clean(s.cue?.lemma),
      stance: clean(s.stance),
      content,
      kind: KINDS.has(s.kind) ? s.kind : 'indirect',
      sources: keys(s.sources),
      about,
      claimKey: claimKey(speaker, content),
      contentStart: s.content.start,
      contentEnd: s.content.end,
      terms: indexTerms(content),
    });
  }

  const events: FlatEvent[] = [];
  for (const v of a.events ?? []) {
    if (!v || typeof v.id !== 'string' || !PLOVER.has(v.type)) continue;
    events.push({
      localId: v.id,
      type: v.type,
      anchorText: slice(text, v.anchor?.start, v.anchor?.end),
      date: isoDay(v.date),
      location: key(v.location),
      source: keys(v.source),
      target: keys(v.target),
    });
  }

  return {
    docId: clean(String(doc.id ?? '')),
    url: clean(doc.url || undefined),
    title: clean(doc.title || undefined),
    outlet: clean(doc.outlet || undefined),
    published: isoDay(doc.published),
    textHash: textHash(text),
    text: clean(text),
    terms: indexTerms((doc.title ?? '') + '\n' + text), // folded words hold no NUL
    entities: [...byKey.values()],
    statements,
    events,
  };
}
