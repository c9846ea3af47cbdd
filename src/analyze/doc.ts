// One article as the pipeline sees it: the original text plus standoff
// layers that stages add in order. `toAnalysis` turns it into the SPEC JSON.
import type { Analysis, DocMeta, Entity, Event, Quantity, Span, Statement, TimeExpr } from '../model/analysis.js';
import type { Token } from '../text/tokenize.js';

export interface Doc {
  /** the article exactly as read (SPEC §1) */
  text: string;
  meta: DocMeta;
  /** the article body: the text without a leading desk/outlet line and a trailing credit line */
  body: Span;
  tokens: Token[];
  sentences: Span[];
  quantities: Quantity[];
  times: TimeExpr[];
  entities: Entity[];
  statements: Statement[];
  events: Event[];
  /** messages for the user (stderr), e.g. "text is not Arabic" */
  warnings: string[];
  /** stage-private data, keyed by stage name; never serialised */
  scratch: Record<string, unknown>;
}

export function createDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    text,
    meta: { id: meta.id ?? 'doc', lang: meta.lang ?? 'ar', ...meta } as DocMeta,
    body: { start: 0, end: text.length },
    tokens: [],
    sentences: [],
    quantities: [],
    times: [],
    entities: [],
    statements: [],
    events: [],
    warnings: [],
    scratch: {},
  };
}

function dropUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

export function toAnalysis(doc: Doc): Analysis {
  return {
    schema: 'isnad.analysis/1',
    doc: dropUndefined(doc.meta),
    text: doc.text,
    sentences: doc.sentences,
    entities: doc.entities,
    statements: doc.statements,
    events: doc.events,
    quantities: doc.quantities,
    times: doc.times,
  };
}
