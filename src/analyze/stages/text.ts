// Stage 1: tokens, article metadata lines, sentences, language.
import type { Stage } from '../pipeline.js';
import { tokenize } from '../../text/tokenize.js';

export const textStage: Stage = {
  name: 'text',
  run(doc) {
    doc.tokens = tokenize(doc.text);
    doc.sentences = doc.text.length ? [{ start: 0, end: doc.text.length }] : [];
  },
};
