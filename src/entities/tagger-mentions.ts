// Mentions proposed by the learned NER tagger (src/ner), used only where
// the KB, titles and nominals found nothing. Loaded when data/models/ner.bin
// exists; without it the stage runs on its other sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from '../text/tokenize.js';
import type { EntityType } from '../model/analysis.js';
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { keyOf, variants } from './words.js';
import { lineBreakBetween } from './context.js';
import { loadTagger, shareDenseTable, type SharedTable, type Tagger } from '../ner/tagger.js';

const MODEL = fileURLToPath(new URL('../../data/models/ner.bin', import.meta.url));

let warned = false;

const taggerOptions = () => ({ firstPassOnly: process.env.ISNAD_TAGGER_PASSES === '1' });

/**
 * For a pool of analysis threads: the tagger's dense table expanded once in shared memory,
 * so that each thread's loadTaggerIfPresent uses it instead of building its own. Empty when
 * there is no model (or it does not load: each thread then says so itself).
 */
export function shareTaggerTables(): SharedTable[] {
  if (process.env.ISNAD_NO_TAGGER === '1' || !existsSync(MODEL)) return [];
  try {
    const t = shareDenseTable(undefined, taggerOptions());
    return t ? [t] : [];
  } catch {
    return [];
  }
}

/** The tagger, or null without a model; a model that fails to load is said once on stderr, not silently dropped. */
export function loadTaggerIfPresent(): Tagger | null {
  if (process.env.ISNAD_NO_TAGGER === '1' || !existsSync(MODEL)) return null;
  try {
    // ISNAD_TAGGER_PASSES=1: the first pass only, faster; the entity layer scores the same on the gold sets (docs/bench.md)
    return loadTagger(undefined, taggerOptions());
  } catch (e) {
    if (!warned) {
      warned = true;
      process.stderr.write(`isnad: NER model ${MODEL} not loaded (${(e as Error).message}); entities use the KB and patterns only\n`);
    }
    return null;
  }
}

const TYPE: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', GPE: 'GPE', LOC: 'GPE' };

/** Sentence ranges over tokens, from the sentence index the text stage sets on each token (long ones cut at 200). */
function sentenceRanges(ctx: DetectContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tokens = ctx.tokens;
  let s = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].sent !== tokens[s].sent || i - s >= 200) {
      out.push([s, i]);
      s = i;
    }
  }
  return out;
}

function stripProclitic(ctx: DetectContext, tok: Token): number {
  const vs = variants(tok);
  if (vs.length < 2) return tok.start;
  const full = vs[0].key;
  if (ctx.kb.nameWords.has(full)) return tok.start;
  for (const v of vs.slice(1)) if (ctx.kb.nameWords.has(v.key) || v.key.startsWith('ال')) return v.start;
  return tok.start;
}

export function taggerMentions(ctx: DetectContext, tagger: Tagger, occupied: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  const ranges = sentenceRanges(ctx);
  // one call per article: the tagger's second pass sees every sentence
  let all: string[][];
  try {
    all = tagger.tagDocument(ranges.map(([s, e]) => tokens.slice(s, e).map((t) => t.text)));
  } catch {
    return out;
  }
  for (let r = 0; r < ranges.length; r++) {
    const [s] = ranges[r];
    const tags = all[r] ?? [];
    for (let i = 0; i < tags.length; i++) {
      if (!tags[i].startsWith('B-')) continue;
      const label = tags[i].slice(2);
      let j = i + 1;
      while (j < tags.length && tags[j] === 'I-' + label) j++;
      const t0 = s + i;
      const t1 = s + j;
      i = j - 1;
      const type = TYPE[label];
      if (!type) continue;
      let free = true;
      for (let k = t0; k < t1; k++) if (occupied[k]) free = false;
      if (!free || tokens[t1 - 1].kind !== 'word') continue;
      // function words and line breaks inside a span mean the tagger over-reached
      let clean = true;
      for (let k = t0; k < t1; k++) {
        if (ctx.lex.stopwords.has(keyOf(tokens[k])) || (k > t0 && lineBreakBetween(ctx.doc, tokens[k - 1], tokens[k]))) clean = false;
      }
      if (!clean) continue;
      const start = stripProclitic(ctx, tokens[t0]);
      const end = tokens[t1 - 1].end;
      out.push({ start, end, t0, t1, kind: 'name', type, source: 'tagger', norm: ctx.doc.text.slice(start, end) });
      for (let k = t0; k < t1; k++) occupied[k] = 1;
    }
  }
  return out;
}
