// Stage: entities — mentions from the KB, titles, nominals, unknown names
// and the NER tagger, clustered into document-level entities (SPEC §2).
import type { Stage } from '../pipeline.js';
import { resource } from '../context.js';
import { loadKb } from '../../kb/kb.js';
import { loadEntityLexicons } from '../../entities/lexicons.js';
import { loadTaggerIfPresent } from '../../entities/tagger-mentions.js';
import { extractEntities, type EntityResources } from '../../entities/extract.js';
import { invalidateMentionIndex } from '../entity-lookup.js';

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc, ctx) {
    doc.entities = [];
    invalidateMentionIndex(doc);
    if (doc.meta.lang && doc.meta.lang !== 'ar') return;
    const res = resource<EntityResources>(ctx, 'entities', () => ({
      kb: loadKb(ctx.options.kbFiles ?? []),
      lex: loadEntityLexicons(),
      tagger: loadTaggerIfPresent(),
    }));
    doc.entities = extractEntities(doc, res);
    invalidateMentionIndex(doc);
  },
};
