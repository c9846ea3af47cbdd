// The isnad.analysis/1 contract (../shared/SPEC.md §2). Every span is a
// half-open [start, end) range of UTF-16 code units into `Analysis.text`.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'title' | 'nominal' | 'metonym' | 'pronoun';
export type StatementKind = 'direct' | 'indirect' | 'mixed';
export type Approx = 'more_than' | 'less_than' | 'about' | null;
export type TimeKind = 'date' | 'time' | 'duration' | 'set';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface DocMeta {
  id: string;
  lang: string;
  title?: string;
  outlet?: string;
  desk?: string;
  credit?: string;
  published?: string;
  url?: string;
}

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  name_en?: string;
  kb?: string;
  mentions: Mention[];
}

export interface Statement {
  id: string;
  speaker: string | null;
  cue: Span & { lemma?: string };
  content: Span;
  kind: StatementKind;
  sources: string[];
  parent: string | null;
  /** Extra (allowed by SPEC): the cue's stance, e.g. say, deny, warn. */
  stance?: string;
}

export interface Event {
  id: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  source: string[];
  target: string[];
  anchor: Span;
  location?: string;
  date?: string;
  statement?: string;
  sources?: string[];
  /** Extra: asserted, negated or hypothetical. */
  modality?: 'asserted' | 'negated' | 'hypothetical';
  quantity?: number;
}

export interface Quantity extends Span {
  value: number;
  approx: Approx;
  unit?: string;
  unit_en?: string;
}

export interface TimeExpr extends Span {
  kind: TimeKind;
  value: string;
}

export interface Analysis {
  schema: 'isnad.analysis/1';
  doc: DocMeta;
  text: string;
  sentences: Span[];
  entities: Entity[];
  statements: Statement[];
  events: Event[];
  quantities: Quantity[];
  times: TimeExpr[];
}
