// Builds data/models/ner-gazetteer.tsv from shared/data/lexicons:
//   node --import tsx src/ner/build-gazetteer.ts [LEXICON_DIR] [OUT]
// Sources: ANETAC English–Arabic name pairs (PERSON/LOCATION/ORGANIZATION),
// countries.json (Arabic common/official/native names, ODbL). Stopwords are
// left out so that function words never look like names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/normalize.js';
import { GAZ, formatGazetteer, type Gazetteer } from './gazetteer.js';

const ANETAC_CLASS: Record<string, number> = { PERSON: GAZ.PER, LOCATION: GAZ.LOC, ORGANIZATION: GAZ.ORG };

function arabicWords(s: string): string[] {
  return normalize(s).split(/\s+/).filter((w) => /^[\u0621-\u064a]{2,}$/.test(w));
}

export function buildGazetteer(lexDir: string): Gazetteer {
  const stop = new Set(readFileSync(join(lexDir, 'stopwords-ar.txt'), 'utf8').split(/\r?\n/).map((w) => normalize(w.trim())));
  const g: Gazetteer = new Map();
  const add = (w: string, bit: number) => {
    if (!stop.has(w)) g.set(w, (g.get(w) ?? 0) | bit);
  };
  for (const line of readFileSync(join(lexDir, 'anetac-en-ar-names.txt'), 'utf8').split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const bit = ANETAC_CLASS[parts[0]];
    if (!bit || parts.length < 3) continue;
    const ws = arabicWords(parts.slice(2).join(' '));
    if (ws.length === 1) add(ws[0], bit);
  }
  const countries = JSON.parse(readFileSync(join(lexDir, 'countries.json'), 'utf8')) as Array<{
    translations?: Record<string, { common?: string; official?: string }>;
    name?: { native?: Record<string, { common?: string; official?: string }> };
  }>;
  for (const c of countries) {
    const names = [c.translations?.ara?.common, c.translations?.ara?.official, c.name?.native?.ara?.common, c.name?.native?.ara?.official];
    for (const n of names) {
      if (!n) continue;
      const ws = arabicWords(n);
      if (ws.length === 1) add(ws[0], GAZ.COUNTRY);
      else for (const w of ws) add(w, GAZ.COUNTRY_PART);
    }
  }
  return g;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lexDir = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/lexicons/', import.meta.url));
  const out = process.argv[3] ?? fileURLToPath(new URL('../../data/models/ner-gazetteer.tsv', import.meta.url));
  const g = buildGazetteer(lexDir);
  writeFileSync(out, formatGazetteer(g, [
    'Isnad NER gazetteer: normalised word<TAB>classes. Built by src/ner/build-gazetteer.ts.',
    'Sources: ANETAC English-Arabic named entities (Ameur et al.), countries.json (mledoze/countries, ODbL).',
  ]));
  console.log(`${g.size} words → ${out}`);
}
