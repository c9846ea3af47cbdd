// Quotation marks over the token stream. Directional marks («» “”) pair by
// nesting; the straight double quote toggles; the single quote counts only
// where it clearly opens and closes (apostrophes in transliterations are
// common). Quotes never cross a paragraph, except that an unclosed « or “
// runs to the end of its paragraph (multi-paragraph quotes re-open each one).
import type { Token } from '../text/tokenize.js';

export interface Quote {
  /** token index of the opening mark */
  open: number;
  /** token index of the closing mark, or -1 when closed by the paragraph end */
  close: number;
  /** the text inside the marks */
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '‹': '›' };
const CLOSERS = new Set(['»', '”', '›']);

export function isQuoteMark(t: Token): boolean {
  return t.kind === 'punct' && (t.text in OPENERS || CLOSERS.has(t.text) || t.text === '"' || t.text === "'" || t.text === '„');
}

function spaceOrEdge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return /[\s(\[{،,.:;؛!?؟\-–—]/.test(text[i]);
}

function blankOrEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || /[\s(\[{«“]/.test(text[i]);
}

/** Find quotes paragraph by paragraph (`para[i]` = paragraph of token i). */
export function findQuotes(text: string, tokens: Token[], para: Int32Array): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && para[j] === para[i]) j++;
    pairParagraph(text, tokens, i, j, quotes);
    i = j;
  }
  quotes.sort((a, b) => a.open - b.open);
  return quotes;
}

/** Record a quote from the mark at `open` to the mark at `close` (-1: the paragraph end). */
function push(tokens: Token[], paraEnd: number, out: Quote[], open: number, close: number): void {
  const start = tokens[open].end;
  const end = close >= 0 ? tokens[close].start : paraEnd;
  if (end > start) out.push({ open, close, start, end });
}

function pairParagraph(text: string, tokens: Token[], from: number, to: number, out: Quote[]): void {
  const stack: Array<{ tok: number; mark: string }> = [];
  const paraEnd = tokens[to - 1].end;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct') continue;
    const m = t.text === '„' ? '“' : t.text;
    if (m in OPENERS) stack.push({ tok: k, mark: m });
    else if (CLOSERS.has(m)) {
      // close the nearest matching opener; unmatched closers are ignored
      for (let s = stack.length - 1; s >= 0; s--) {
        if (OPENERS[stack[s].mark] === m) {
          push(tokens, paraEnd, out, stack[s].tok, k);
          stack.length = s;
          break;
        }
      }
    } else if (m === '"') {
      // inch and second marks: «15"», «3' 20"»
      if (/[0-9٠-٩]/.test(text[t.start - 1] ?? '') && !stack.some((s) => s.mark === '"')) continue;
      const top = stack.findLastIndex((s) => s.mark === '"');
      // with a quote open, a mark closes it unless it stands after a space and before a word («قريبا."وكانت» closes)
      if (top >= 0 && !(blankOrEdge(text, t.start - 1) && !spaceOrEdge(text, t.end))) {
        push(tokens, paraEnd, out, stack[top].tok, k);
        stack.length = top;
      } else stack.push({ tok: k, mark: '"' });
    } else if (m === "'") {
      const top = stack.findLastIndex((s) => s.mark === "'");
      if (top >= 0 && spaceOrEdge(text, t.end)) {
        push(tokens, paraEnd, out, stack[top].tok, k);
        stack.length = top;
      } else if (spaceOrEdge(text, t.start - 1) && !spaceOrEdge(text, t.end)) stack.push({ tok: k, mark: "'" });
    }
  }
  // unclosed directional quotes run to the paragraph end; straight ones are dropped
  for (const s of stack) if (s.mark in OPENERS && s.tok + 1 < to) push(tokens, paraEnd, out, s.tok, -1);
}
