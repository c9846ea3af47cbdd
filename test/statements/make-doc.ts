// Build a small Doc for tests: text plus entities given by their surface
// strings (every occurrence becomes a mention), then run the text stage.
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { statementsStage } from '../../src/analyze/stages/statements.js';
import type { EntityType, MentionKind } from '../../src/model/analysis.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  /** surface strings; prefix with 'nominal:' or 'title:' for other mention kinds */
  say: string[];
}

export function makeDoc(text: string, entities: EntitySpec[], meta: Record<string, string> = {}): Doc {
  const doc = createDoc(text, { lang: 'ar', ...meta });
  textStage.run(doc, createContext());
  doc.entities = entities.map((e) => {
    const mentions: Array<{ start: number; end: number; kind: MentionKind }> = [];
    for (const s of e.say) {
      const [kind, surface] = s.includes(':') ? (s.split(':') as [MentionKind, string]) : (['name', s] as [MentionKind, string]);
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) mentions.push({ start: i, end: i + surface.length, kind });
    }
    return { id: e.id, type: e.type, name: e.say[0].replace(/^\w+:/, ''), mentions };
  });
  return doc;
}

export function statementsOf(text: string, entities: EntitySpec[], meta: Record<string, string> = {}) {
  const doc = makeDoc(text, entities, meta);
  statementsStage.run(doc, createContext());
  return doc.statements.map((s) => ({
    ...s,
    cueText: text.slice(s.cue.start, s.cue.end),
    contentText: text.slice(s.content.start, s.content.end),
  }));
}
