// Stage: quantities (counted amounts with approximator and counted noun).
import type { Stage } from '../pipeline.js';
import type { Doc } from '../doc.js';
import { extractQuantities } from '../../text/quantities.js';
import { tokenKeys } from '../../text/num-phrases.js';

/** Token matching keys shared by the quantities and times stages (computed once per doc). */
export function numberKeys(doc: Doc): string[] {
  let keys = doc.scratch['numbers.keys'] as string[] | undefined;
  if (!keys || keys.length !== doc.tokens.length) {
    keys = tokenKeys(doc.tokens);
    doc.scratch['numbers.keys'] = keys;
  }
  return keys;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  run(doc) {
    if (doc.meta.lang !== 'ar') return;
    doc.quantities = extractQuantities(doc.tokens, doc.text, numberKeys(doc));
  },
};
