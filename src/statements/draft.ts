// A statement while it is being built (entity ids, spans, provenance).
import type { StatementKind } from '../model/analysis.js';

export interface Draft {
  cue: { start: number; end: number; lemma: string };
  stance: string;
  speaker: string | null;
  content: { start: number; end: number };
  kind: StatementKind;
  sources: string[];
  sent: number;
  parent: Draft | null;
  /** the cue had an overt subject that is no known entity; its agreement */
  unknownSubject?: string;
}

export function addSource(d: Draft, id: string | null, front = true): void {
  if (!id || id === d.speaker || d.sources.includes(id)) return;
  if (front) d.sources.unshift(id);
  else d.sources.push(id);
}
