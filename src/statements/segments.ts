// Paragraphs, quotes and sentences over the token stream, as the statements
// layer needs them: a sentence never ends inside a quotation (quoted speech
// often holds several sentences), and «….، بحسب X» keeps the attribution
// with the sentence it follows.
import type { Token } from '../text/tokenize.js';
import { findQuotes, type Quote } from './quotes.js';

export interface Segments {
  para: Int32Array;
  sent: Int32Array;
  /** sentence k covers tokens [sentStart[k], sentEnd[k]) */
  sentStart: number[];
  sentEnd: number[];
  quotes: Quote[];
  /** quote opened by the mark at token i */
  quoteAtOpen: Array<Quote | undefined>;
  /** innermost quote containing token i (not its marks), if any */
  quoteOf: Array<Quote | undefined>;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

function newlineIn(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

function paragraphs(text: string, tokens: Token[]): Int32Array {
  const para = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && newlineIn(text, tokens[i - 1].end, tokens[i].start)) p++;
    para[i] = p;
  }
  return para;
}

export function segment(text: string, tokens: Token[]): Segments {
  const para = paragraphs(text, tokens);
  const quotes = findQuotes(text, tokens, para);
  const quoteOf: Array<Quote | undefined> = new Array(tokens.length);
  const quoteAtOpen: Array<Quote | undefined> = new Array(tokens.length);
  for (const q of quotes) {
    quoteAtOpen[q.open] = q;
    const last = q.close >= 0 ? q.close : tokens.length;
    // quotes are sorted by opening mark, so inner ones overwrite outer ones
    for (let k = q.open + 1; k < last && tokens[k].start < q.end; k++) quoteOf[k] = q;
  }
  const sent = new Int32Array(tokens.length);
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  let s = 0;
  let begin = 0;
  const close = (end: number) => {
    if (end > begin) {
      for (let k = begin; k < end; k++) sent[k] = s;
      sentStart.push(begin);
      sentEnd.push(end);
      s++;
    }
    begin = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > begin && para[i] !== para[i - 1]) close(i);
    const t = tokens[i];
    // «…ترحيله قريبا."وكانت»: a stop just before the closing mark ends the sentence after the mark
    const q = quoteOf[i];
    if (t.kind === 'punct' && TERMINAL.has(t.norm) && q && q.close === i + 1 && !quoteOf[i + 1]) {
      close(i + 2);
      i = i + 1;
      continue;
    }
    if (t.kind === 'punct' && TERMINAL.has(t.norm) && !quoteOf[i]) {
      let j = i + 1;
      while (j < tokens.length && para[j] === para[i] && tokens[j].kind === 'punct' && (TERMINAL.has(tokens[j].norm) || tokens[j].text === '»' || tokens[j].text === '"' || tokens[j].text === '”' || tokens[j].text === ')')) j++;
      // «…الشمالية.، وفق ما نقلت…»: a comma after the stop keeps the sentence going
      if (j < tokens.length && para[j] === para[i] && (tokens[j].norm === ',')) continue;
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return { para, sent, sentStart, sentEnd, quotes, quoteAtOpen, quoteOf };
}
