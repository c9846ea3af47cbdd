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
    // negated and hypothetical events are kept and marked (`modality`), not
    // dropped: a user filtering on what happened skips them by that field;
    // they come after the asserted ones, with ids u1, u2…
    doc.events = [...events, ...unasserted];
  },
};
