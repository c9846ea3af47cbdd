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
    const { events, unasserted } = extractEvents(doc, lex);
    // SPEC events are what is reported to have happened; negated and
    // hypothetical ones stay available to callers that want them marked
    doc.events = events;
    doc.scratch['events.unasserted'] = unasserted;
  },
};
