// Stage: quantities (counted amounts with approximator and counted noun).
import type { Stage } from '../pipeline.js';
import { extractQuantities } from '../../text/quantities.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  run(doc) {
    if (doc.meta.lang !== 'ar') return;
    doc.quantities = extractQuantities(doc.tokens, doc.text);
  },
};
