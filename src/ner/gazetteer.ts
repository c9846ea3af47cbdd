// A single-word gazetteer for tagger features: normalised word → class bits.
// Built by src/ner/build-gazetteer.ts from ANETAC (person/location/organisation
// names) and the Arabic country names of countries.json; shipped in the model.
import { cliticSplits, type CliticSplit } from '../text/clitics.js';

export const GAZ = { PER: 1, LOC: 2, ORG: 4, COUNTRY: 8, COUNTRY_PART: 16 } as const;
export const GAZ_NAMES = Object.keys(GAZ) as Array<keyof typeof GAZ>;

export type Gazetteer = Map<string, number>;

/** TSV `word<TAB>CLASS,CLASS` → map. Lines starting with # are comments. */
export function parseGazetteer(tsv: string): Gazetteer {
  const g: Gazetteer = new Map();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, cls] = line.split('\t');
    if (!w || !cls) continue;
    let bits = 0;
    for (const c of cls.split(',')) bits |= GAZ[c as keyof typeof GAZ] ?? 0;
    if (bits) g.set(w, bits);
  }
  return g;
}

export function formatGazetteer(g: Gazetteer, header: string[]): string {
  const lines = header.map((h) => `# ${h}`);
  for (const w of [...g.keys()].sort()) {
    const bits = g.get(w)!;
    lines.push(`${w}\t${GAZ_NAMES.filter((n) => bits & GAZ[n]).join(',')}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Class bits of a normalised word, looking through clitics: «وبريطانيا» and
 * «لموسكو» find the bare names. `viaStem` bits are kept apart so the model can weigh them.
 */
export function gazetteerBits(g: Gazetteer, norm: string, splits?: readonly CliticSplit[]): { exact: number; viaStem: number } {
  const exact = g.get(norm) ?? 0;
  let viaStem = 0;
  if (g.size && norm.length > 2) {
    for (const s of splits ?? cliticSplits(norm)) {
      if (s.stem === norm || s.suffix) continue;
      viaStem |= g.get(s.stem) ?? 0;
      // names written with the article: «الجزائر» is stored whole, «والجزائر» strips to «جزائر»
      if (s.prefix.endsWith('ال')) viaStem |= g.get('ال' + s.stem) ?? 0;
    }
  }
  return { exact, viaStem };
}
