// Article metadata written in the text itself: a leading «desk / outlet» line
// («متابعة / المدى»), a dateline naming the outlet («أبوظبي - سكاي نيوز
// عربية» on its own line, or «دبي، الإمارات (CNN) --» opening the first
// paragraph), a trailing credit line («عن وكالات وصحف عالمية») and a headline
// line. Conservative by design: only the listed shapes count, so an article's
// first sentence or headline is never mistaken for a frame line.
import { readFileSync } from 'node:fs';
import type { DocMeta, Span } from '../model/analysis.js';
import { looseKey } from './normalize.js';

interface FrameLexicon {
  desk: string[];
  outlets: string[];
  credit_starts: string[];
  max_frame_words: number;
  max_credit_words: number;
  max_title_words: number;
}

interface CompiledLexicon extends FrameLexicon {
  deskKeys: Set<string>;
  outletKeys: Set<string>;
  creditKeys: string[];
}

let lexicon: CompiledLexicon | undefined;
function frameLexicon(): CompiledLexicon {
  if (!lexicon) {
    const lex = JSON.parse(readFileSync(new URL('../lexicon/text-article-frame.json', import.meta.url), 'utf8')) as FrameLexicon;
    lexicon = {
      ...lex,
      deskKeys: new Set(lex.desk.map(key)),
      outletKeys: new Set(lex.outlets.map(key)),
      creditKeys: lex.credit_starts.map(key).sort((a, b) => b.length - a.length),
    };
  }
  return lexicon;
}

/** What the frame lines say, and where they are. */
export interface ArticleFrame {
  /** the article body: the text without the desk line, a dateline line and the credit line, trimmed */
  body: Span;
  desk?: string;
  outlet?: string;
  credit?: string;
  title?: string;
  deskLine?: Span;
  creditLine?: Span;
  /** a dateline (own line or opening the first paragraph), e.g. «دبي، الإمارات العربية المتحدة (CNN) --» */
  dateline?: Span;
  /** where the outlet's name is written, when it comes from the text */
  outletSpan?: Span;
  titleLine?: Span;
}

interface Line extends Span {
  text: string;
}

const SEPARATOR = /\s*(?:\/|\||--?|–|—)\s*/;
const ENDS_SENTENCE = /[.!?؟:،,]$/;
const INLINE_DATELINE = /^([^\n()]{1,60}?)\s*\(([^()\n]{1,30})\)\s*(?:--?|–|—)\s*/;

function key(s: string): string {
  return looseKey(s.trim()).replace(/[«»"“”'()]/g, '').replace(/\s+/g, ' ').toLowerCase().trim();
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}

function isOutlet(s: string): boolean {
  const k = key(s);
  const lex = frameLexicon();
  return lex.outletKeys.has(k) || (k.startsWith('وكاله ') && lex.outletKeys.has(k.slice(6)));
}

interface FrameLine {
  desk?: string;
  outlet?: string;
  outletAt?: number; // offset of the outlet within the line
}

/** «متابعة / المدى», «خاص», «أبوظبي - سكاي نيوز عربية», «المدى / خاص»: a desk/outlet/dateline line, or null. */
function readFrameLine(line: string): FrameLine | null {
  const lex = frameLexicon();
  if (line.length > 60 || words(line) > lex.max_frame_words || ENDS_SENTENCE.test(line)) return null;
  if (lex.deskKeys.has(key(line))) return { desk: line };
  const m = SEPARATOR.exec(line);
  if (!m || m.index === 0) return null;
  const a = line.slice(0, m.index).trim();
  const b = line.slice(m.index + m[0].length).trim();
  if (!a || !b || SEPARATOR.test(b)) return null;
  const bAt = m.index + m[0].length;
  const aDesk = lex.deskKeys.has(key(a));
  const bDesk = lex.deskKeys.has(key(b));
  if (aDesk && !bDesk) return { desk: a, outlet: b, outletAt: bAt };
  if (bDesk && !aDesk) return isOutlet(a) ? { desk: b, outlet: a, outletAt: 0 } : { desk: b };
  // «PLACE - OUTLET»: only with an outlet we know, the place could be anything
  if (!aDesk && !bDesk && isOutlet(b) && words(a) <= 3) return { outlet: b, outletAt: bAt };
  return null;
}

/** «عن وكالات وصحف عالمية», «المصدر: رويترز», «(أ ف ب)»: the credit, or null. */
function readCreditLine(line: string): string | null {
  const lex = frameLexicon();
  if (words(line) > lex.max_credit_words || /[.!?؟]$/.test(line)) return null;
  if (/^\([^()]+\)$/.test(line) && words(line) <= 4) return line;
  const k = key(line);
  for (const start of lex.creditKeys) {
    if (k === start && start !== 'وكالات') continue; // a bare «عن» is no credit
    if (k === start || k.startsWith(start + ' ') || (start.endsWith(':') && k.startsWith(start))) return line;
  }
  return null;
}

/** A headline: a short first paragraph followed by a blank line, without sentence-final punctuation. */
function isHeadline(text: string, line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const gap = text.slice(line.end, next.start);
  const breaks = gap.match(/\r\n|\r|\n|\u2028|\u2029/g)?.length ?? 0;
  return breaks >= 2 && words(line.text) <= frameLexicon().max_title_words && !/[.:،,]$/.test(line.text);
}

/** Find the frame lines of an article. Never throws; an empty text has an empty body. */
export function readArticleFrame(text: string): ArticleFrame {
  const ls = lines(text);
  const frame: ArticleFrame = { body: { start: 0, end: 0 } };
  if (!ls.length) return frame;
  let first = 0;
  let last = ls.length - 1;
  // a frame line needs an article after it
  if (ls.length >= 2) {
    const f = readFrameLine(ls[0].text);
    if (f) {
      if (f.desk) frame.desk = f.desk;
      if (f.outlet) {
        frame.outlet = f.outlet;
        frame.outletSpan = { start: ls[0].start + f.outletAt!, end: ls[0].start + f.outletAt! + f.outlet.length };
      }
      if (f.desk) frame.deskLine = { start: ls[0].start, end: ls[0].end };
      else frame.dateline = { start: ls[0].start, end: ls[0].end };
      first = 1;
    }
  }
  if (last > first) {
    const credit = readCreditLine(ls[last].text);
    if (credit) {
      frame.credit = credit;
      frame.creditLine = { start: ls[last].start, end: ls[last].end };
      last--;
    }
  }
  frame.body = { start: ls[first].start, end: ls[last].end };
  if (first <= last && isHeadline(text, ls[first], ls[first + 1]) && first + 1 <= last) {
    frame.title = ls[first].text;
    frame.titleLine = { start: ls[first].start, end: ls[first].end };
  }
  // «دبي، الإمارات العربية المتحدة (CNN) -- قال …»: a dateline opening the first paragraph (kept in the body)
  if (!frame.dateline) {
    const para = ls[frame.titleLine ? first + 1 : first];
    const m = para && INLINE_DATELINE.exec(para.text);
    if (m && words(m[1]) <= 5 && words(m[2]) <= 4 && !/[.!?؟:]/.test(m[1])) {
      frame.dateline = { start: para.start, end: para.start + m[0].trimEnd().length };
      frame.outlet ??= m[2].trim();
      const at = para.text.indexOf('(' + m[2]) + 1;
      frame.outletSpan ??= { start: para.start + at, end: para.start + at + m[2].length };
    }
  }
  return frame;
}

/** Fill the doc's metadata from the frame where the caller (sidecar, CLI) left it empty. */
export function applyArticleFrame(meta: DocMeta, frame: ArticleFrame): void {
  if (!meta.desk && frame.desk) meta.desk = frame.desk;
  if (!meta.outlet && frame.outlet) meta.outlet = frame.outlet;
  if (!meta.credit && frame.credit) meta.credit = frame.credit;
  if (!meta.title && frame.title) meta.title = frame.title;
}
