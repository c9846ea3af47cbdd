// Builds and checks the ANETAC-derived transliteration table.
//
//   node --import tsx scripts/check-translit.ts [--write] [--anetac FILE]
//
// ANETAC pairs (English name, Arabic spelling) are split by Arabic word:
// every tenth word (by a hash of its letters) is held out and never enters
// the table. On the held-out words it prints the exact-match accuracy
// (case-insensitive; any of the word's English spellings counts) of the
// letter rules alone and of rules + table, with and without the Arabic
// syllable model; then the exact match on a small set of Arabic-origin names
// of people in the news with their press spellings (test/translit/press-names.tsv;
// --verbose lists the misses). --write stores the table built from the
// training words as src/kb/translit-table.json.
//
// The table has two parts: whole words (the usual English form of each
// Arabic name word, where the letter model would not give it), and a
// letter-in-context model: each Arabic letter, with its neighbours, and the
// English chunk it most often stands for, learned by aligning the pairs
// (hard EM over the letter realisations listed in translit-rules.json).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import {
  letterRealizations, ruleTransliterate, setTranslitOptions, setTranslitTable, transliterate, translitKey, type TranslitTable,
} from '../src/kb/translit.js';
import { loadPressNames, pressAccuracy } from '../test/translit/press-names.js';

const args = process.argv.slice(2);
const anetac = args.includes('--anetac') ? args[args.indexOf('--anetac') + 1]! : new URL('../../shared/data/lexicons/anetac-en-ar-names.txt', import.meta.url).pathname;
if (!existsSync(anetac)) {
  console.error(`check-translit: ${anetac} not found (the ANETAC pairs live in ../shared/data/lexicons)`);
  process.exit(1);
}

// ---- data and split --------------------------------------------------------
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const plain = (en: string) => en.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const forms = new Map<string, string[]>(); // Arabic key → English forms
for (const line of readFileSync(anetac, 'utf8').split('\n')) {
  const [, en, ...ar] = line.trim().split(/\s+/);
  if (!en || !ar.length) continue;
  const key = translitKey(ar.join(''));
  if (!key || !/^[a-z]+$/.test(plain(en))) continue;
  const list = forms.get(key) ?? [];
  if (!list.includes(en)) list.push(en);
  forms.set(key, list);
}
const heldOut = [...forms.keys()].filter((k) => fnv(k) % 10 === 0);
const train = [...forms.keys()].filter((k) => fnv(k) % 10 !== 0);

// ---- alignment (hard EM) ---------------------------------------------------
const REAL = letterRealizations();
const VOWELS = /^[aeiouy]{0,2}$/;
const MAX_CHUNK = 6;
type Counts = Map<string, Map<string, number>>;

function chunkOk(letter: string, chunk: string): boolean {
  for (const r of REAL[letter] ?? []) if (chunk.startsWith(r) && VOWELS.test(chunk.slice(r.length))) return true;
  return false;
}

function logP(counts: Counts | null, letter: string, chunk: string): number {
  if (!counts) return -chunk.length * 0.1; // first pass: prefer short chunks
  const m = counts.get(letter);
  const total = m ? [...m.values()].reduce((a, b) => a + b, 0) : 0;
  return Math.log(((m?.get(chunk) ?? 0) + 0.01) / (total + 1));
}

/** Best split of `en` into one chunk per Arabic letter, or null. */
function align(ar: string[], en: string, counts: Counts | null): string[] | null {
  const n = ar.length;
  const m = en.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const back: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  best[0]![0] = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === -Infinity) continue;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) {
        const chunk = en.slice(j, j + k);
        if (!chunkOk(ar[i]!, chunk)) continue;
        const v = here + logP(counts, ar[i]!, chunk);
        if (v > best[i + 1]![j + k]!) {
          best[i + 1]![j + k] = v;
          back[i + 1]![j + k] = k;
        }
      }
    }
  }
  if (best[n]![m] === -Infinity) return null;
  const out: string[] = [];
  for (let i = n, j = m; i > 0; i--) {
    const k = back[i]![j]!;
    out.unshift(en.slice(j - k, j));
    j -= k;
  }
  return out;
}

const trainPairs = train.flatMap((k) => forms.get(k)!.map((en) => ({ ar: [...k], en: plain(en) })));
let counts: Counts | null = null;
let alignments: Array<{ ar: string[]; chunks: string[] }> = [];
for (let iter = 0; iter < 3; iter++) {
  const next: Counts = new Map();
  alignments = [];
  for (const p of trainPairs) {
    const chunks = align(p.ar, p.en, counts);
    if (!chunks) continue;
    alignments.push({ ar: p.ar, chunks });
    p.ar.forEach((c, i) => {
      const m = next.get(c) ?? new Map<string, number>();
      m.set(chunks[i]!, (m.get(chunks[i]!) ?? 0) + 1);
      next.set(c, m);
    });
  }
  counts = next;
}

// ---- the context model -------------------------------------------------------
const ctx: Counts = new Map();
const bump = (key: string, chunk: string) => {
  const m = ctx.get(key) ?? new Map<string, number>();
  m.set(chunk, (m.get(chunk) ?? 0) + 1);
  ctx.set(key, m);
};
for (const a of alignments) {
  a.ar.forEach((c, i) => {
    const p = a.ar[i - 1] ?? '^';
    const n = a.ar[i + 1] ?? '$';
    const ch = a.chunks[i]!;
    bump(`${p}|${c}|${n}`, ch);
    bump(`${c}|${n}`, ch);
    bump(`${p}|${c}`, ch);
    bump(c, ch);
  });
}
const MIN_SEEN = { 3: 3, 2: 3, 1: 1 } as Record<number, number>;
const context: Record<string, string> = {};
for (const [key, m] of [...ctx].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  if (total < MIN_SEEN[key.split('|').length]!) continue;
  const [chunk] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  context[key] = chunk;
}

// ---- whole words -------------------------------------------------------------
const formFrequency = new Map<string, number>(); // how many Arabic words an English form spells
for (const k of train) for (const en of forms.get(k)!) formFrequency.set(plain(en), (formFrequency.get(plain(en)) ?? 0) + 1);
const modelOnly: TranslitTable = { words: {}, context };
setTranslitTable(modelOnly);
const words: Record<string, string> = {};
for (const k of train.sort()) {
  const guess = plain(transliterate(k));
  const list = forms.get(k)!;
  if (list.some((en) => plain(en) === guess)) continue;
  // The usual English form: the spelling shared by most Arabic words, then the shortest.
  const pick = [...list].sort((a, b) => (formFrequency.get(plain(b)) ?? 0) - (formFrequency.get(plain(a)) ?? 0) || a.length - b.length || (a < b ? -1 : 1))[0]!;
  words[k] = pick;
}
const built: TranslitTable = { words, context };

// ---- evaluation on held-out words ------------------------------------------
function accuracy(fn: (w: string) => string): number {
  let hit = 0;
  for (const k of heldOut) {
    const out = plain(fn(k));
    if (forms.get(k)!.some((en) => plain(en) === out)) hit++;
  }
  return hit / heldOut.length;
}
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const letterRulesOnly = accuracy((w) => ruleTransliterate(w));
const figures: Array<[string, number, number]> = [];
for (const arabicModel of [false, true]) {
  setTranslitOptions({ arabicModel });
  setTranslitTable(null);
  const rulesAlone = accuracy((w) => transliterate(w));
  setTranslitTable(built);
  figures.push([arabicModel ? 'with the Arabic syllable model' : 'without it (letter rules / table only)', rulesAlone, accuracy((w) => transliterate(w))]);
}
setTranslitTable(undefined);

console.log(`ANETAC: ${forms.size} Arabic words (${train.length} for the table, ${heldOut.length} held out); ${alignments.length}/${trainPairs.length} training pairs aligned`);
console.log(`held-out exact match (case-insensitive, any accepted spelling):`);
console.log(`  letter rules alone                                  ${pct(letterRulesOnly)}`);
for (const [what, rules, full] of figures) {
  console.log(`  ${what.padEnd(40)} rules + curated ${pct(rules)}   rules + curated + table ${pct(full)}`);
}

// ---- Arabic-origin names with their press spellings (test/translit/press-names.tsv) --------
const press = loadPressNames();
console.log(`press names (${press.length} Arabic-origin names of people in the news, not from ANETAC), exact match of the whole name:`);
for (const [what, opts] of [
  ['full (curated names + Arabic model + table)', { curatedNames: true, arabicModel: true }],
  ['no curated names (Arabic model + table)', { curatedNames: false, arabicModel: true }],
  ['no curated names, no Arabic model (old path)', { curatedNames: false, arabicModel: false }],
] as const) {
  setTranslitOptions(opts);
  const { names, words, misses } = pressAccuracy(press, (ar) => transliterate(ar, 'PER'));
  console.log(`  ${what.padEnd(46)} names ${pct(names)}   words ${pct(words)}`);
  if (args.includes('--verbose')) for (const m of misses) console.log(`      ${m}`);
}
setTranslitOptions({ curatedNames: true, arabicModel: true });
if (args.includes('--write')) {
  const out = new URL('../src/kb/translit-table.json', import.meta.url);
  const json = JSON.stringify({
    about: 'Derived from ANETAC English-Arabic name pairs (scripts/check-translit.ts --write); held-out words excluded.',
    words, context,
  });
  writeFileSync(out, json + '\n');
  console.log(`wrote ${out.pathname}: ${Object.keys(words).length} words, ${Object.keys(context).length} contexts, ${(json.length / 1024).toFixed(0)} KB`);
}
