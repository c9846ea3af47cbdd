// Stage: events — what happened, coded in PLOVER with actors, place, date,
// quantity, modality and the statement it is reported in (src/events/).
import type { Stage } from '../pipeline.js';
import { resource } from '../context.js';
import { loadEventLexicon } from '../../events/lexicon.js';
import { extractEvents } from '../../events/extract.js';

export const eventsStage: Stage = {
  name: 'events',
  run(doc, ctx) {
    if (doc.meta.lang !== 'ar') return;
    const lex = resource(ctx, 'events.lexicon', loadEventLexicon);
    doc.events = extractEvents(doc, lex);
  },
};
