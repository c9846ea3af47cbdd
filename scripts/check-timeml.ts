// Check the time extractor against the Arabic TimeML corpus
// (../shared/data/time/arabic-timeml/*.tml): span recall/precision over
// TIMEX3 DATE and DURATION tags (overlap, one-to-one) and value accuracy
// over the matched spans.
//
//   node --import tsx scripts/check-timeml.ts [DIR] [--verbose]
//
// The corpus files carry no document creation time, so the reference date
// of each document is inferred: among the full dates its tags resolve to
// (± 7 days), the one under which the extractor resolves the most values
// correctly. Value accuracy is therefore an upper bound for relative
// expressions; absolute ones (years, named dates, durations) do not depend on it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/text/tokenize.js';
import { extractTimes } from '../src/text/times.js';
import { fmtDate, fromDays, parseYMD, toDays } from '../src/text/time-calendar.js';
import type { TimeExpr } from '../src/model/analysis.js';

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

function parseTml(xml: string): { text: string; timexes: GoldTimex[] } {
  const body = xml.replace(/^[\s\S]*?<TimeML>/, '').replace(/<\/TimeML>[\s\S]*$/, '').replace(/^\uFEFF/, '');
  let text = '';
  const timexes: GoldTimex[] = [];
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]+>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] === undefined) continue; // another tag
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m![1])?.[1] ?? '';
    const start = text.length;
    text += m[2];
    timexes.push({ start, end: text.length, type: attr('type'), value: attr('value') });
  }
  text += body.slice(last);
  return { text: text.replace(/\uFEFF/g, ' '), timexes };
}

const SCORED = new Set(['DATE', 'DURATION']);
const SYSTEM_KINDS = new Set(['date', 'duration']);

interface Score {
  matched: number;
  valueOk: number;
  sys: number;
  gold: number;
  pairs: Array<[GoldTimex, TimeExpr]>;
  missed: GoldTimex[];
  spurious: TimeExpr[];
}

function score(text: string, gold: GoldTimex[], published?: string): Score {
  const sys = extractTimes(tokenize(text), text, published).filter((t) => SYSTEM_KINDS.has(t.kind));
  const g = gold.filter((t) => SCORED.has(t.type));
  const used = new Set<number>();
  const pairs: Array<[GoldTimex, TimeExpr]> = [];
  const missed: GoldTimex[] = [];
  for (const gt of g) {
    let best = -1;
    for (let k = 0; k < sys.length; k++) {
      if (used.has(k) || sys[k].start >= gt.end || gt.start >= sys[k].end) continue;
      if (best < 0 || sys[k].value === gt.value) best = k;
      if (sys[k].value === gt.value) break;
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([gt, sys[best]]);
    } else missed.push(gt);
  }
  const valueOk = pairs.filter(([a, b]) => a.value === b.value).length;
  return { matched: pairs.length, valueOk, sys: sys.length, gold: g.length, pairs, missed, spurious: sys.filter((_, k) => !used.has(k)) };
}

function candidateRefs(gold: GoldTimex[]): string[] {
  const days = new Set<number>();
  for (const t of gold) {
    const d = parseYMD(t.value);
    if (d) for (let k = -7; k <= 7; k++) days.add(toDays(d) + k);
  }
  if (!days.size) {
    const year = gold.map((t) => /^(\d{4})/.exec(t.value)?.[1]).find(Boolean) ?? '2015';
    return [`${year}-12-24`];
  }
  return [...days].sort((a, b) => a - b).map((d) => fmtDate(fromDays(d)));
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), '..', 'shared', 'data', 'time', 'arabic-timeml');
  if (!existsSync(dir)) {
    console.error(`no TimeML corpus at ${dir}`);
    process.exit(1);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  const tot = { matched: 0, valueOk: 0, sys: 0, gold: 0 };
  const byType = new Map<string, { gold: number; matched: number; valueOk: number }>();
  for (const f of files) {
    const { text, timexes } = parseTml(readFileSync(join(dir, f), 'utf8'));
    let best: Score | null = null;
    let bestRef = '';
    for (const ref of candidateRefs(timexes)) {
      const s = score(text, timexes, ref);
      if (!best || s.valueOk > best.valueOk) {
        best = s;
        bestRef = ref;
      }
    }
    const s = best!;
    tot.matched += s.matched;
    tot.valueOk += s.valueOk;
    tot.sys += s.sys;
    tot.gold += s.gold;
    for (const t of timexes.filter((x) => SCORED.has(x.type))) {
      const e = byType.get(t.type) ?? { gold: 0, matched: 0, valueOk: 0 };
      e.gold++;
      const pair = s.pairs.find(([g]) => g === t);
      if (pair) {
        e.matched++;
        if (pair[0].value === pair[1].value) e.valueOk++;
      }
      byType.set(t.type, e);
    }
    if (verbose) {
      console.log(`== ${f} (reference ${bestRef})`);
      for (const [g, sy] of s.pairs) if (g.value !== sy.value) console.log(`  value  «${text.slice(g.start, g.end)}» gold ${g.value} / «${text.slice(sy.start, sy.end)}» ${sy.value}`);
      for (const g of s.missed) console.log(`  missed «${text.slice(g.start, g.end)}» ${g.type} ${g.value}`);
      for (const sy of s.spurious) console.log(`  extra  «${text.slice(sy.start, sy.end)}» ${sy.kind} ${sy.value}`);
    }
  }
  const p = tot.matched / (tot.sys || 1);
  const r = tot.matched / (tot.gold || 1);
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  console.log(`TimeML (${files.length} docs, DATE+DURATION): gold ${tot.gold}, system ${tot.sys}, matched spans ${tot.matched}`);
  console.log(`span precision ${pct(p)}  recall ${pct(r)}  F1 ${pct((2 * p * r) / (p + r || 1))}`);
  console.log(`value accuracy over matched spans ${pct(tot.valueOk / (tot.matched || 1))} (${tot.valueOk}/${tot.matched})`);
  for (const [type, e] of byType) console.log(`  ${type}: recall ${pct(e.matched / (e.gold || 1))} (${e.matched}/${e.gold}), value accuracy ${pct(e.valueOk / (e.matched || 1))}`);
}

main();
