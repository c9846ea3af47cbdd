// Stage: statements — who said what, according to whom (src/statements/).
import type { Stage } from '../pipeline.js';
import { resource } from '../context.js';
import { loadCueLexicon } from '../../statements/lexicon.js';
import { extractStatements } from '../../statements/extract.js';

export const statementsStage: Stage = {
  name: 'statements',
  run(doc, ctx) {
    if (doc.meta.lang !== 'ar') return;
    const lex = resource(ctx, 'statements.lexicon', loadCueLexicon);
    doc.statements = extractStatements(doc, lex);
  },
};
