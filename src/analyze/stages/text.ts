// Stage 1: language, article frame (desk/outlet/credit lines → meta and
// body), tokens, sentences. A text that is not Arabic gets its language set,
// a warning, and empty layers: later stages check `doc.meta.lang !== 'ar'`.
import type { Stage } from '../pipeline.js';
import type { Doc } from '../doc.js';
import { tokenize } from '../../text/tokenize.js';
import { splitSentences } from '../../text/sentences.js';
import { guessLanguage } from '../../text/lang.js';
import { readArticleFrame, applyArticleFrame, type ArticleFrame } from '../../text/metadata.js';

/** Where the frame lines are (desk line, dateline, outlet name, credit line, headline), for later stages. */
export function articleFrame(doc: Doc): ArticleFrame | undefined {
  return doc.scratch.text as ArticleFrame | undefined;
}

export const textStage: Stage = {
  name: 'text',
  run(doc) {
    const text = doc.text;
    const guess = guessLanguage(text);
    doc.meta.lang = guess.lang;
    if (guess.lang !== 'ar') {
      doc.tokens = [];
      doc.sentences = [];
      doc.body = { start: 0, end: 0 };
      if (guess.letters) {
        const what = guess.lang === 'und' ? `${guess.script} script` : `${guess.lang}, ${guess.script} script`;
        doc.warnings.push(`text is not Arabic (${what}); layers are empty`);
      } else if (text.trim()) doc.warnings.push('text has no letters; layers are empty');
      return;
    }
    const frame = readArticleFrame(text);
    applyArticleFrame(doc.meta, frame);
    doc.scratch.text = frame;
    doc.body = frame.body;
    doc.tokens = tokenize(text);
    doc.sentences = splitSentences(text, doc.tokens, doc.body);
  },
};
