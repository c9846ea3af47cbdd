// Stage: times (dates, times of day, durations, sets) resolved against the
// publication date when the document has one.
import type { Stage } from '../pipeline.js';
import { extractTimes } from '../../text/times.js';
import { numberTokens } from './quantities.js';

export const timesStage: Stage = {
  name: 'times',
  run(doc) {
    if (doc.meta.lang !== 'ar') return;
    const { keys, flags } = numberTokens(doc);
    doc.times = extractTimes(doc.tokens, doc.text, doc.meta.published, keys, flags);
  },
};
