// Predicted NER tags for a tokenised corpus, made by the real pipeline: the
// tokens of a few sentences are joined with spaces (one sentence a line)
// into one text, analysed, and each system `name` mention tags the tokens it
// overlaps (BIO, the entity's type).
import { analyzeText } from '../analyze/pipeline.js';
import { createContext } from '../analyze/context.js';
import type { Sentence } from './conll.js';

/** Sentences per analysed text: enough context for coreference, small enough to stay fast. */
const SENTENCES_PER_TEXT = 20;

export function tagWithPipeline(sentences: Sentence[], published?: string): string[][] {
  const ctx = createContext({ published });
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_TEXT) {
    const batch = sentences.slice(i, i + SENTENCES_PER_TEXT);
    const starts: number[][] = [];
    let text = '';
    for (const s of batch) {
      const st: number[] = [];
      s.forEach((row, k) => {
        if (k) text += ' ';
        st.push(text.length);
        text += row.token;
      });
      starts.push(st);
      text += '\n';
    }
    const tags = batch.map((s) => s.map(() => 'O'));
    const a = analyzeText(text, { id: `conll-${i}` }, ctx);
    for (const e of a.entities) {
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        let first = true;
        batch.forEach((s, si) => s.forEach((row, k) => {
          const b = starts[si]![k]!;
          if (b < m.end && b + row.token.length > m.start) {
            tags[si]![k] = `${first ? 'B' : 'I'}-${e.type}`;
            first = false;
          }
        }));
      }
    }
    out.push(...tags);
  }
  return out;
}
