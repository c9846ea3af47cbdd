// Headline-like lines: the title above the article and the titles of related
// stories pasted into the body («بين تركيا وأمريكا.. شمال سوريا قد يشهد
// حرباً جديدة»). They summarise what the body reports, in telegraphic style
// whose actors are often metonyms with no verb-final context; an event seen
// only there is kept only when the body reports the same happening (it then
// folds into the body's event).
import type { DocIndex } from './doc-index.js';

const MAX_WORDS = 20;
const FINAL = /[.!?؟…]["»”')\]]*\s*$/;

/** Per token: whether it lies on a short line that does not end a sentence. */
export function headlineTokens(text: string, idx: DocIndex): Uint8Array {
  const out = new Uint8Array(idx.tokens.length);
  let i = 0;
  while (i < idx.tokens.length) {
    const lineStart = text.lastIndexOf('\n', idx.tokens[i].start - 1) + 1;
    let lineEnd = text.indexOf('\n', idx.tokens[i].start);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    let words = 0;
    while (j < idx.tokens.length && idx.tokens[j].start < lineEnd) {
      if (idx.tokens[j].kind === 'word') words++;
      j++;
    }
    const line = text.slice(lineStart, lineEnd);
    if (words <= MAX_WORDS && !FINAL.test(line)) out.fill(1, i, j);
    i = Math.max(j, i + 1);
  }
  // a text that is all headline (a single line typed by a user) has no body to defer to
  return out.every((x) => x === 1) ? new Uint8Array(idx.tokens.length) : out;
}
