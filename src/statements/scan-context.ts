// What every part of statement extraction reads: the doc's tokens, the
// segmentation, the mention index and the lexicon, plus per-token marks.
import type { Doc } from '../analyze/doc.js';
import type { Token } from '../text/tokenize.js';
import type { CueLexicon } from './lexicon.js';
import type { MentionIndex } from './mention-index.js';
import type { Segments } from './segments.js';
import type { AccordingPhrase } from './according.js';
import type { CueMatch } from './cues.js';
import type { WordFacts } from './word-facts.js';

export interface ScanContext {
  doc: Doc;
  text: string;
  toks: Token[];
  seg: Segments;
  mi: MentionIndex;
  lex: CueLexicon;
  /** tokens already used by another construction (the verb inside «بحسب ما أعلن», an absorbed «قائلًا») */
  consumed: Uint8Array;
  /** "according to" phrases by head token */
  accordingAt: Array<AccordingPhrase | undefined>;
  /** what the lexicons say about each token's word form */
  facts: WordFacts[];
  /** memo of the lexicon lookup per token (null: no cue) */
  cueMemo: Array<CueMatch | null | undefined>;
  /** memo: a contrast phrase starts at token i (1), a strong one (2), none (0) */
  stopperMemo: Int8Array;
  /** the speaker of the statement whose content is being read (pronoun agreement in «…، لكنها…») */
  contentSpeaker?: string | null;
}

export const isPunct = (t: Token | undefined, ...norms: string[]): boolean =>
  !!t && t.kind === 'punct' && (norms.length === 0 || norms.includes(t.norm));

/** Offset just after a leading و/ف clitic of token t (and its diacritics). */
export function afterClitic(text: string, t: Token): number {
  let s = t.start + 1;
  while (s < t.end && /[\u064B-\u065F\u0670\u0640]/.test(text[s])) s++;
  return s;
}

/** True when normalised word w carries a leading conjunction و/ف before `rest`. */
export function hasConj(w: string): boolean {
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف');
}
