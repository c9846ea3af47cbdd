// Development harness for the statements layer: builds a Doc whose entities
// are the gold entities (gold ids as entity ids), runs the text stage and the
// statements stage, and scores statements the SPEC §4 way. Lets statements be
// tuned independently of the entities layer.
//   node --import tsx test/statements/harness.ts [--verbose] [gold files…]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { statementsStage } from '../../src/analyze/stages/statements.js';
import type { Entity, MentionKind, EntityType, Span, Statement } from '../../src/model/analysis.js';

export const SHARED = new URL('../../../shared/data/', import.meta.url);
export const sharedAvailable = (): boolean => existsSync(SHARED);

export interface GoldStatement {
  id: string;
  speaker: string | null;
  cue: Span;
  content: Span;
  kind: string;
  sources: string[];
  sources_scored?: boolean;
  parent: string | null;
  optional?: boolean;
}

export interface GoldFile {
  id: string;
  text: string;
  meta?: Record<string, unknown>;
  entities: Array<{ id: string; type: EntityType; name: string; mentions: Array<Span & { kind: MentionKind }> }>;
  statements: GoldStatement[];
}

export function loadGold(path: string | URL): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A Doc with gold entities, after the text and statements stages. */
export function runWithGoldEntities(gold: GoldFile): Doc {
  const meta = (gold.meta ?? {}) as Record<string, string>;
  const doc = createDoc(gold.text, { id: gold.id, lang: 'ar', outlet: meta.outlet, title: meta.title });
  const ctx = createContext();
  textStage.run(doc, ctx);
  doc.entities = gold.entities.map((e): Entity => ({
    id: e.id, type: e.type, name: e.name,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
  }));
  statementsStage.run(doc, ctx);
  return doc;
}

export interface Score {
  tp: number; sys: number; gold: number;
  srcTp: number; srcSys: number; srcGold: number;
  kindOk: number; matched: number;
  notes: string[];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const matches = (a: Span, b: Span) => overlap(a, b) >= Math.max(a.end - a.start, b.end - b.start) / 2;

export function scoreStatements(gold: GoldStatement[], sys: Statement[], text: string): Score {
  const s: Score = { tp: 0, sys: 0, gold: 0, srcTp: 0, srcSys: 0, srcGold: 0, kindOk: 0, matched: 0, notes: [] };
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => sys.forEach((x, j) => { if (matches(g.content, x.content)) pairs.push([i, j, iou(g.content, x.content)]); }));
  pairs.sort((a, b) => Number(!!gold[a[0]].optional) - Number(!!gold[b[0]].optional) || b[2] - a[2]);
  const gm = new Map<number, number>();
  const sm = new Set<number>();
  for (const [i, j] of pairs) if (!gm.has(i) && !sm.has(j)) { gm.set(i, j); sm.add(j); }
  const snip = (sp: Span) => text.slice(sp.start, Math.min(sp.end, sp.start + 60)).replace(/\n/g, ' ');
  gold.forEach((g, i) => {
    if (g.optional) return;
    s.gold++;
    const j = gm.get(i);
    if (j === undefined) { s.notes.push(`MISSED  ${g.speaker}: ${snip(g.content)}`); return; }
    const x = sys[j];
    s.sys++;
    s.matched++;
    if (g.kind === x.kind) s.kindOk++;
    else s.notes.push(`KIND    gold ${g.kind} sys ${x.kind}: ${snip(g.content)}`);
    if (g.speaker === null || g.speaker === x.speaker) s.tp++;
    else s.notes.push(`SPEAKER gold ${g.speaker} sys ${x.speaker}: ${snip(g.content)}`);
    if (g.sources_scored !== false) {
      const want = new Set(g.sources);
      const got = new Set(x.sources);
      let hit = 0;
      for (const w of got) if (want.has(w)) hit++;
      s.srcTp += hit; s.srcSys += got.size; s.srcGold += want.size;
      if (hit < want.size || hit < got.size) s.notes.push(`SOURCES gold [${[...want]}] sys [${[...got]}]: ${snip(g.content)}`);
    }
  });
  sys.forEach((x, j) => {
    if (sm.has(j)) return;
    s.sys++;
    s.notes.push(`SPURIOUS ${x.speaker} (${text.slice(x.cue.start, x.cue.end)}): ${snip(x.content)}`);
  });
  return s;
}

export function add(a: Score, b: Score): Score {
  return { tp: a.tp + b.tp, sys: a.sys + b.sys, gold: a.gold + b.gold, srcTp: a.srcTp + b.srcTp, srcSys: a.srcSys + b.srcSys,
    srcGold: a.srcGold + b.srcGold, kindOk: a.kindOk + b.kindOk, matched: a.matched + b.matched, notes: [] };
}

export function f1(tp: number, sys: number, gold: number): { p: number; r: number; f: number } {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreFiles(files: string[], verbose = false): Score {
  let total: Score = { tp: 0, sys: 0, gold: 0, srcTp: 0, srcSys: 0, srcGold: 0, kindOk: 0, matched: 0, notes: [] };
  for (const f of files) {
    const gold = loadGold(f);
    const doc = runWithGoldEntities(gold);
    const sc = scoreStatements(gold.statements, doc.statements, gold.text);
    if (verbose) {
      const a = f1(sc.tp, sc.sys, sc.gold);
      console.log(`## ${gold.id}  attribution F1 ${a.f.toFixed(3)} (tp ${sc.tp} sys ${sc.sys} gold ${sc.gold})`);
      for (const n of sc.notes) console.log('   ' + n);
    }
    total = add(total, sc);
  }
  return total;
}

export function devFiles(): string[] {
  const dir = new URL('dev/', SHARED);
  return readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort().map((n) => new URL(n, dir).pathname);
}

export const seedFile = (): string => new URL('seed/seed-000.gold.json', SHARED).pathname;

function report(name: string, s: Score): void {
  const a = f1(s.tp, s.sys, s.gold);
  const src = f1(s.srcTp, s.srcSys, s.srcGold);
  console.log(`${name}: attribution P ${a.p.toFixed(3)} R ${a.r.toFixed(3)} F1 ${a.f.toFixed(3)} | sources P ${src.p.toFixed(3)} R ${src.r.toFixed(3)} F1 ${src.f.toFixed(3)} | kind acc ${(s.matched ? s.kindOk / s.matched : 0).toFixed(3)}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const verbose = process.argv.includes('--verbose');
  const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!sharedAvailable() && !given.length) {
    console.error('no ../shared/data; pass gold files');
    process.exit(1);
  }
  if (given.length) report('given', scoreFiles(given, verbose));
  else {
    report('seed', scoreFiles([seedFile()], verbose));
    report('dev', scoreFiles(devFiles(), verbose));
  }
}
