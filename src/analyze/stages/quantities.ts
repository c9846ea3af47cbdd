// Stage: quantities (counted amounts with approximator and counted noun).
import type { Stage } from '../pipeline.js';
import type { Doc } from '../doc.js';
import { extractQuantities } from '../../text/quantities.js';
import { tokenKeys } from '../../text/num-phrases.js';
import { tokenFlags } from '../../text/token-flags.js';

interface NumberTokens {
  keys: string[];
  flags: Uint8Array;
}

/** Token matching keys and extractor flags shared by the quantities and times stages (computed once per doc). */
export function numberTokens(doc: Doc): NumberTokens {
  let t = doc.scratch['numbers.tokens'] as NumberTokens | undefined;
  if (!t || t.keys.length !== doc.tokens.length) {
    const keys = tokenKeys(doc.tokens);
    t = { keys, flags: tokenFlags(doc.tokens, keys) };
    doc.scratch['numbers.tokens'] = t;
  }
  return t;
}

/** Token matching keys (looseKey of each token's norm), computed once per doc. */
export function numberKeys(doc: Doc): string[] {
  return numberTokens(doc).keys;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  run(doc) {
    if (doc.meta.lang !== 'ar') return;
    const { keys, flags } = numberTokens(doc);
    doc.quantities = extractQuantities(doc.tokens, doc.text, keys, flags);
  },
};
