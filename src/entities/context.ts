// Everything the detectors share for one document.
import type { Doc } from '../analyze/doc.js';
import type { Token } from '../text/tokenize.js';
import type { Kb } from '../kb/kb.js';
import type { KbEntry } from '../kb/types.js';
import type { EntityLexicons } from './lexicons.js';
import type { GazHit } from './gazetteer-hits.js';

export interface DetectContext {
  doc: Doc;
  tokens: Token[];
  kb: Kb;
  lex: EntityLexicons;
  /** KB hits by first token */
  hitAt: Map<number, GazHit>;
  /** nationality adjectives by first token: the country and the token after the adjective */
  adjAt: Map<number, { entry: KbEntry; t1: number }>;
}

const PUNCT_BREAK = new Set([',', '،', '.', ':', ';', '؛', '!', '?', '؟', '(', ')', '«', '»', '"', '“', '”', '-', '–', '—', '/', '\n']);

export function isBreak(tok: Token | undefined): boolean {
  return !tok || (tok.kind === 'punct' && PUNCT_BREAK.has(tok.text)) || tok.kind === 'punct';
}

/** True when the text between two tokens contains a line break (mentions never cross lines). */
export function lineBreakBetween(doc: Doc, a: Token, b: Token): boolean {
  // scanned in place: called for most tokens, and a slice per call shows in the profile
  const text = doc.text;
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
