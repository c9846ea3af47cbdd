// CoNLL-style entity scoring (exact chunk match, as conlleval does) for NER
// files with one token per line and a blank line between sentences.
//
// Accepted layouts (columns split on tabs when a line has one, else on runs
// of spaces; `-DOCSTART-` lines are skipped):
//   token  gold  predicted      (3 or more columns: the last two are gold and predicted)
//   token  tag                  (2 columns: a tag column alone; the other side
//                                comes from a second file or from the pipeline)
// Tags may be IOB1, IOB2 (BIO) or BIOES/BILOU; types are folded to the SPEC
// classes: PERS/PERSON → PER, ORGANIZATION → ORG, LOCATION and GPE → LOC (GPE
// and LOC are one class in SPEC §4). Known typos such as `OO` and `I--ORG`
// are repaired.
import { UserError } from '../cli/errors.js';

export interface ConllRow {
  token: string;
  cols: string[];
}

export type Sentence = ConllRow[];

export function parseConll(text: string, name = 'input'): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    if (line.startsWith('-DOCSTART-')) return flush();
    const parts = (line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/)).map((p) => p.trim());
    if (parts.length < 2) throw new UserError(`${name}:${i + 1}: expected "token TAG" or "token GOLD PREDICTED", got "${line.slice(0, 60)}"`);
    cur.push({ token: parts[0]!, cols: parts.slice(1) });
  });
  flush();
  return out;
}

const TYPE_ALIASES: Record<string, string> = {
  PERS: 'PER', PERSON: 'PER', PER: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
  MISC: 'MISC',
};

export interface Tag {
  prefix: 'B' | 'I' | 'E' | 'S' | 'O';
  type: string;
}

export function parseTag(raw: string): Tag {
  const t = raw.trim().toUpperCase().replace(/-+/g, '-');
  if (!t || /^O+$/.test(t)) return { prefix: 'O', type: '' };
  const m = /^([BIESLU])-(.+)$/.exec(t);
  const prefix = m ? m[1]! : 'I';
  const type = m ? m[2]! : t;
  const p = prefix === 'L' ? 'E' : prefix === 'U' ? 'S' : (prefix as Tag['prefix']);
  return { prefix: p, type: TYPE_ALIASES[type] ?? type };
}

export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Chunks (token ranges) of one tag sequence, with conlleval's rules for starts and ends. */
export function chunksOf(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  let prev: Tag = { prefix: 'O', type: '' };
  tags.forEach((raw, i) => {
    const t = parseTag(raw);
    const starts = t.prefix === 'B' || t.prefix === 'S'
      || (t.prefix !== 'O' && (prev.prefix === 'O' || prev.prefix === 'E' || prev.prefix === 'S' || prev.type !== t.type));
    if (open && (t.prefix === 'O' || starts)) {
      out.push(open);
      open = null;
    }
    if (t.prefix !== 'O' && starts) open = { start: i, end: i + 1, type: t.type };
    else if (open && t.prefix !== 'O') open.end = i + 1;
    if (open && (t.prefix === 'E' || t.prefix === 'S')) {
      out.push(open);
      open = null;
    }
    prev = t;
  });
  if (open) out.push(open);
  return out;
}

export interface TypeCounts {
  tp: number;
  sys: number;
  gold: number;
}

export interface ConllScore {
  byType: Map<string, TypeCounts>;
  tokens: number;
  sentences: number;
}

/** Score predicted against gold tags, sentence by sentence. */
export function scoreConll(gold: string[][], pred: string[][]): ConllScore {
  const byType = new Map<string, TypeCounts>();
  const get = (t: string) => {
    let c = byType.get(t);
    if (!c) byType.set(t, (c = { tp: 0, sys: 0, gold: 0 }));
    return c;
  };
  let tokens = 0;
  gold.forEach((g, i) => {
    const p = pred[i] ?? [];
    tokens += g.length;
    const gc = chunksOf(g);
    const pc = chunksOf(p);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const gk = new Set(gc.map(key));
    for (const c of gc) get(c.type).gold++;
    for (const c of pc) {
      get(c.type).sys++;
      if (gk.has(key(c))) get(c.type).tp++;
    }
  });
  return { byType, tokens, sentences: gold.length };
}

/** Gold and predicted tag columns of a 3+-column file. */
export function splitColumns(sentences: Sentence[], name: string): { gold: string[][]; pred: string[][] } {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sentences) {
    const g: string[] = [];
    const p: string[] = [];
    for (const row of s) {
      if (row.cols.length < 2) throw new UserError(`${name}: token "${row.token}" has no predicted column (mixed 2- and 3-column lines)`);
      g.push(row.cols[row.cols.length - 2]!);
      p.push(row.cols[row.cols.length - 1]!);
    }
    gold.push(g);
    pred.push(p);
  }
  return { gold, pred };
}

const pct = (v: number) => (100 * v).toFixed(2).padStart(7);

function line(label: string, c: TypeCounts): string {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${label.padEnd(10)}${pct(p)}${pct(r)}${pct(f)}   ${String(c.tp).padStart(6)} correct ${String(c.sys).padStart(6)} found ${String(c.gold).padStart(6)} gold`;
}

function sum(cs: TypeCounts[]): TypeCounts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, sys: a.sys + c.sys, gold: a.gold + c.gold }), { tp: 0, sys: 0, gold: 0 });
}

export function conllSummary(s: ConllScore) {
  const types = [...s.byType.keys()].sort();
  const f = (c: TypeCounts) => {
    const p = c.sys ? c.tp / c.sys : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
  };
  return {
    sentences: s.sentences,
    tokens: s.tokens,
    types: Object.fromEntries(types.map((t) => [t, f(s.byType.get(t)!)])),
    overall: f(sum([...s.byType.values()])),
    // MISC is not scored by SPEC §4; this total is comparable with `isnad eval`.
    spec: f(sum(types.filter((t) => t !== 'MISC').map((t) => s.byType.get(t)!))),
  };
}

export function formatConll(s: ConllScore): string {
  const types = [...s.byType.keys()].sort();
  const rows = [
    `${s.sentences} sentences, ${s.tokens} tokens`,
    `${'type'.padEnd(10)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
    ...types.map((t) => line(t, s.byType.get(t)!)),
    line('overall', sum([...s.byType.values()])),
    line('no MISC', sum(types.filter((t) => t !== 'MISC').map((t) => s.byType.get(t)!))),
  ];
  return rows.join('\n');
}
