// Development harness for the events layer: builds a Doc from a gold file
// (gold entities and statements, gold ids as entity ids), runs the text and
// times stages and the events stage, and scores events the SPEC §4 way.
// Run: node --import tsx test/events/harness.ts [--verbose] [--gold-times] FILE_OR_DIR...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../../src/analyze/doc.js';
import { createContext } from '../../src/analyze/context.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { timesStage } from '../../src/analyze/stages/times.js';
import { quantitiesStage } from '../../src/analyze/stages/quantities.js';
import { eventsStage } from '../../src/analyze/stages/events.js';
import type { Event, PloverType, Statement } from '../../src/model/analysis.js';

export interface GoldEvent {
  id: string;
  type: string[];
  source: string[];
  target: string[];
  anchor: { start: number; end: number; text: string };
  optional: boolean;
  location?: string | null;
  date?: string | null;
}

export interface Gold {
  id: string;
  published?: string;
  text: string;
  entities: { id: string; type: any; name: string; mentions: { start: number; end: number; kind: any }[] }[];
  statements: any[];
  events: GoldEvent[];
  times: { start: number; end: number; kind: any; value: string }[];
  quantities: { start: number; end: number; value: number; approx: any }[];
}

export function loadGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A Doc with gold entities and statements; gold times/quantities only when asked (the other layers may not exist yet). */
export function docFromGold(gold: Gold, opts: { goldTimes?: boolean } = {}): Doc {
  const ctx = createContext({ published: gold.published });
  const doc = createDoc(gold.text, { id: gold.id, lang: 'ar', published: gold.published });
  textStage.run(doc, ctx);
  quantitiesStage.run(doc, ctx);
  timesStage.run(doc, ctx);
  if (opts.goldTimes || !doc.times.length) doc.times = gold.times.map(({ start, end, kind, value }) => ({ start, end, kind, value }));
  if (opts.goldTimes || !doc.quantities.length) doc.quantities = gold.quantities.map(({ start, end, value, approx }) => ({ start, end, value, approx }));
  doc.entities = gold.entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, mentions: e.mentions.map(({ start, end, kind }) => ({ start, end, kind })),
  }));
  doc.statements = gold.statements.map((s): Statement => ({
    id: s.id, speaker: s.speaker, cue: { start: s.cue.start, end: s.cue.end }, content: { start: s.content.start, end: s.content.end },
    kind: s.kind, sources: s.sources ?? [], parent: s.parent ?? null,
  }));
  return doc;
}

export function runEvents(doc: Doc): Event[] {
  eventsStage.run(doc, createContext());
  return doc.events;
}

const SYMMETRIC = new Set<PloverType | string>(['CONSULT', 'AGREE', 'COOPERATE']);
// SPEC §3/§4 as the project's eval reads them: an empty gold side is not checked; a
// non-empty one needs at least one system actor, and every system actor accepted.
const within = (sys: string[], gold: string[]) => gold.length === 0 || (sys.length > 0 && sys.every((x) => gold.includes(x)));

export function eventMatches(s: Event, g: GoldEvent): boolean {
  if (!g.type.includes(s.type)) return false;
  if (within(s.source, g.source) && within(s.target, g.target)) return true;
  return SYMMETRIC.has(s.type) && within(s.source, g.target) && within(s.target, g.source);
}

export interface EventScore {
  tp: number;
  fp: number;
  fn: number;
  /** per system event: the gold id it matched, 'repeat', 'optional' or 'FP' */
  verdicts: string[];
  missed: GoldEvent[];
}

const keyOf = (e: Event) => {
  let sides = [[...e.source].sort().join(','), [...e.target].sort().join(',')];
  if (SYMMETRIC.has(e.type)) sides = sides.sort();
  return `${e.type}|${sides.join('>')}`;
};

/** Maximum one-to-one matching (Kuhn), required gold first, then optional gold with what is left. */
export function scoreEvents(sys: Event[], gold: GoldEvent[]): EventScore {
  const matchOfGold = new Map<number, number>();
  const matchOfSys = new Map<number, number>();
  const tryAssign = (si: number, allowed: (gi: number) => boolean, seen: Set<number>): boolean => {
    for (let gi = 0; gi < gold.length; gi++) {
      if (!allowed(gi) || seen.has(gi) || !eventMatches(sys[si], gold[gi])) continue;
      seen.add(gi);
      const other = matchOfGold.get(gi);
      if (other === undefined || tryAssign(other, allowed, seen)) {
        matchOfGold.set(gi, si);
        matchOfSys.set(si, gi);
        return true;
      }
    }
    return false;
  };
  for (let si = 0; si < sys.length; si++) tryAssign(si, (gi) => !gold[gi].optional, new Set());
  for (let si = 0; si < sys.length; si++) if (!matchOfSys.has(si)) tryAssign(si, (gi) => gold[gi].optional && !matchOfGold.has(gi), new Set());
  const matchedKeys = new Set([...matchOfSys.keys()].map((si) => keyOf(sys[si])));
  const fpKeys = new Set<string>();
  const verdicts = sys.map((e, si) => {
    const gi = matchOfSys.get(si);
    if (gi !== undefined) return gold[gi].optional ? `optional ${gold[gi].id}` : `TP ${gold[gi].id}`;
    if (matchedKeys.has(keyOf(e))) return 'repeat';
    fpKeys.add(keyOf(e));
    return 'FP';
  });
  const tp = [...matchOfGold.keys()].filter((gi) => !gold[gi].optional).length;
  const missed = gold.filter((g, gi) => !g.optional && !matchOfGold.has(gi));
  return { tp, fp: fpKeys.size, fn: missed.length, verdicts, missed };
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function goldFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) { if (f.endsWith('.gold.json')) out.push(join(p, f)); }
    else out.push(p);
  }
  return out;
}

export function evaluate(files: string[], opts: { goldTimes?: boolean; verbose?: boolean } = {}): { tp: number; fp: number; fn: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const f of files) {
    const gold = loadGold(f);
    const doc = docFromGold(gold, opts);
    const events = runEvents(doc);
    const s = scoreEvents(events, gold.events);
    tp += s.tp; fp += s.fp; fn += s.fn;
    if (opts.verbose) {
      const { f1 } = prf(s.tp, s.fp, s.fn);
      console.log(`\n== ${gold.id}: tp ${s.tp} fp ${s.fp} fn ${s.fn} F1 ${f1.toFixed(2)}`);
      events.forEach((e, k) => console.log(`  ${s.verdicts[k].padEnd(12)} ${e.type}/${e.mode} [${e.source}] → [${e.target}] «${gold.text.slice(e.anchor.start, e.anchor.end)}» ${e.modality}${e.location ? ' @' + e.location : ''}${e.date ? ' ' + e.date : ''}${e.statement ? ' in ' + e.statement : ''}`));
      for (const g of s.missed) console.log(`  MISSED       ${g.type.join('|')} [${g.source}] → [${g.target}] «${g.anchor.text}»`);
    }
  }
  return { tp, fp, fn };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const goldTimes = args.includes('--gold-times');
  const files = goldFiles(args.filter((a) => !a.startsWith('--')));
  const { tp, fp, fn } = evaluate(files, { verbose, goldTimes });
  const { p, r, f1 } = prf(tp, fp, fn);
  console.log(`\nevents: tp ${tp} fp ${fp} fn ${fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
}
