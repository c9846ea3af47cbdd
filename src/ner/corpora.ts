// Readers for the NER training corpora under shared/data/ner. Each yields
// sentences in one tag set (src/ner/tags.ts LABELS), re-tokenised the way the
// pipeline tokenises text (punctuation split off words: «(د» → «(» «د»), so the
// model sees at training time the tokens it will see at run time.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../text/tokenize.js';
import { modelType, repairIob, type MappedClass } from './tags.js';
import mappings from './tag-mappings.json' with { type: 'json' };

export type CorpusName = 'anercorp' | 'newsfane' | 'aqmar' | 'wojood';

export interface Sentence {
  words: string[];
  tags: string[];
  corpus: CorpusName;
}

export interface ReadStats {
  sentences: number;
  tokens: number;
  /** raw tags not in the mapping, read as O */
  unknownTags: Map<string, number>;
}

type Mapping = Record<string, string>;
const MAPS = mappings as unknown as Record<CorpusName, Mapping>;

/** Parse one raw tag («B-PERS», «I--ORG», «OO») into IOB + mapped model type. */
export function mapRawTag(raw: string, corpus: CorpusName, stats?: ReadStats): { bio: 'B' | 'I' | 'O'; type: string } {
  const t = raw.trim();
  if (t === '' || /^[IB]?O+$/.test(t)) return { bio: 'O', type: '' }; // O, OO, IO typos
  const m = /^([BI])-+(.+)$/.exec(t);
  if (!m) {
    stats?.unknownTags.set(t, (stats.unknownTags.get(t) ?? 0) + 1);
    return { bio: 'O', type: '' };
  }
  const cls = MAPS[corpus][m[2]] as MappedClass | undefined;
  if (cls === undefined) stats?.unknownTags.set(m[2], (stats.unknownTags.get(m[2]) ?? 0) + 1);
  const type = cls ? modelType(cls) : null;
  return type ? { bio: m[1] as 'B' | 'I', type } : { bio: 'O', type: '' };
}

/**
 * Split one corpus token into pipeline tokens and spread its label: edge
 * punctuation is O, the first core piece keeps B-/I-, the rest continue I-.
 */
export function retokenize(word: string, bio: 'B' | 'I' | 'O', type: string): Array<[string, string]> {
  const pieces = tokenize(word).map((t) => t.text);
  if (!pieces.length) return [];
  if (bio === 'O') return pieces.map((p) => [p, 'O']);
  const isCore = (p: string) => /[\p{L}\p{N}]/u.test(p);
  let a = 0;
  let b = pieces.length;
  while (a < b && !isCore(pieces[a])) a++;
  while (b > a && !isCore(pieces[b - 1])) b--;
  if (a === b) return pieces.map((p) => [p, 'O']);
  return pieces.map((p, i) => [p, i < a || i >= b ? 'O' : i === a ? `${bio}-${type}` : `I-${type}`]);
}

/**
 * Parse CoNLL-like text: one token per line, whitespace-separated columns,
 * blank lines between sentences. `pickTag` chooses the raw tag from the columns after the token.
 */
export function parseConll(
  text: string,
  corpus: CorpusName,
  stats: ReadStats,
  pickTag: (cols: string[]) => { bio: 'B' | 'I' | 'O'; type: string },
): Sentence[] {
  const out: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) {
      out.push({ words, tags: repairIob(tags), corpus });
      stats.sentences++;
      stats.tokens += words.length;
    }
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') {
      flush();
      continue;
    }
    const { bio, type } = pickTag(cols.slice(1));
    for (const [w, t] of retokenize(cols[0], bio, type)) {
      words.push(w);
      tags.push(t);
    }
  }
  flush();
  return out;
}

function newStats(): ReadStats {
  return { sentences: 0, tokens: 0, unknownTags: new Map() };
}

/** ANERcorp / NewsFANE / AQMAR: `token TAG` (space or tab). */
export function readSimpleConll(path: string, corpus: CorpusName, stats = newStats()): Sentence[] {
  const sents = parseConll(readFileSync(path, 'utf8'), corpus, stats, (cols) => mapRawTag(cols[0] ?? 'O', corpus, stats));
  // NewsFANE splits off و/ف/ل/ب and attached pronouns; news text (and our tokens) keep them on the word
  return corpus === 'newsfane' ? sents.map(glueClitics) : sents;
}

const PROCLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س']);
const ENCLITIC_TOKENS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ني', 'ي']);
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]/;

/** Re-attach clitics that a corpus wrote as separate tokens: «و» «الصادرات» → «والصادرات». */
export function glueClitics(s: Sentence): Sentence {
  const words: string[] = [];
  const tags: string[] = [];
  let pending = '';
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    const next = s.words[i + 1];
    if (PROCLITIC_TOKENS.has(w) && next !== undefined && ARABIC_WORD.test(next) && !ENCLITIC_TOKENS.has(next)) {
      pending += w;
      continue;
    }
    const prev = words.length - 1;
    if (!pending && ENCLITIC_TOKENS.has(w) && prev >= 0 && ARABIC_WORD.test(words[prev])) {
      words[prev] += w;
      continue;
    }
    words.push(pending + w);
    tags.push(s.tags[i]);
    pending = '';
  }
  if (pending) {
    words.push(pending);
    tags.push('O');
  }
  return { ...s, words, tags: repairIob(tags) };
}

/**
 * Wojood: `token TAG TAG…`, one column per nesting layer, outermost first.
 * The first layer whose type we keep wins (an OCC around an ORG gives the ORG).
 */
export function readWojood(path: string, stats = newStats()): Sentence[] {
  return parseConll(readFileSync(path, 'utf8'), 'wojood', stats, (cols) => {
    for (const c of cols) {
      const m = mapRawTag(c, 'wojood', stats);
      if (m.bio !== 'O') return m;
    }
    return { bio: 'O', type: '' };
  });
}

export function readAqmar(dir: string, stats = newStats()): Sentence[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((f) => readSimpleConll(join(dir, f), 'aqmar', stats));
}

export interface CorpusSplit {
  train: Sentence[];
  dev: Sentence[];
}

export interface LoadedCorpora {
  byCorpus: Map<CorpusName, CorpusSplit>;
  stats: Map<CorpusName, ReadStats>;
}

/** Last `frac` of a corpus (later articles) is held out: closer to unseen text than every-nth. */
function splitTail(s: Sentence[], frac: number): CorpusSplit {
  const cut = Math.round(s.length * (1 - frac));
  return { train: s.slice(0, cut), dev: s.slice(cut) };
}

/**
 * Load every corpus under `nerDir` with a fixed held-out split. NewsFANE
 * re-annotates ANERcorp text, so any training sentence that also occurs in a
 * dev split is dropped (compared by normalised tokens).
 */
export function loadCorpora(nerDir: string, devFrac = 0.1): LoadedCorpora {
  const byCorpus = new Map<CorpusName, CorpusSplit>();
  const stats = new Map<CorpusName, ReadStats>();
  const add = (name: CorpusName, read: (st: ReadStats) => CorpusSplit) => {
    const st = newStats();
    byCorpus.set(name, read(st));
    stats.set(name, st);
  };
  const f = (p: string) => join(nerDir, p);
  if (existsSync(f('anercorp-train.conll'))) add('anercorp', (st) => splitTail(readSimpleConll(f('anercorp-train.conll'), 'anercorp', st), devFrac));
  if (existsSync(f('newsfane-filtered.conll'))) add('newsfane', (st) => splitTail(readSimpleConll(f('newsfane-filtered.conll'), 'newsfane', st), devFrac));
  if (existsSync(f('aqmar'))) add('aqmar', (st) => splitTail(readAqmar(f('aqmar'), st), devFrac));
  if (existsSync(f('wojood-sample/train.txt'))) {
    add('wojood', (st) => ({
      train: [...readWojood(f('wojood-sample/train.txt'), st), ...readWojood(f('wojood-sample/val.txt'), st)],
      dev: readWojood(f('wojood-sample/test.txt'), st),
    }));
  }
  dropDuplicates(byCorpus);
  return { byCorpus, stats };
}

export function sentenceKey(words: string[]): string {
  // letters and digits only, alef/yaa/taa-marbuta folded: NewsFANE drops hamzas that ANERcorp keeps
  return words
    .join('')
    .replace(/[\u064b-\u065f\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * NewsFANE re-annotates much of ANERcorp's text under other conventions. Keep
 * ANERcorp's annotation (the reference) for shared sentences, so NewsFANE
 * contributes only its own sentences; and no training sentence may repeat a
 * dev sentence.
 */
function dropDuplicates(byCorpus: Map<CorpusName, CorpusSplit>): void {
  const aner = byCorpus.get('anercorp');
  const nf = byCorpus.get('newsfane');
  if (aner && nf) {
    const anerKeys = new Set([...aner.train, ...aner.dev].map((s) => sentenceKey(s.words)));
    nf.train = nf.train.filter((s) => !anerKeys.has(sentenceKey(s.words)));
    nf.dev = nf.dev.filter((s) => !anerKeys.has(sentenceKey(s.words)));
  }
  const devKeys = new Set<string>();
  for (const s of byCorpus.values()) for (const d of s.dev) devKeys.add(sentenceKey(d.words));
  for (const s of byCorpus.values()) s.train = s.train.filter((t) => !devKeys.has(sentenceKey(t.words)));
}
