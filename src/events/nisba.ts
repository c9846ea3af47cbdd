// Nationality adjectives as actors: «غارات تركية» → Turkey, «الغارات الجوية
// الروسية» → Russia, «قوات سعودية» → Saudi Arabia. A nisba is matched to a
// GPE entity of the same document by comparing stems: the name without the
// article and its ending (ـيا، ـا، ـة، ـستان) against the adjective without
// the article and its ending (ـي، ـية، ـيون…).
import type { Doc } from '../analyze/doc.js';
import type { Token } from '../text/tokenize.js';
import { normalize } from '../text/normalize.js';

const MIN_STEM = 3;

function nameStem(word: string): string {
  let w = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  for (const end of ['ستان', 'يا', 'ا', 'ة', 'ه']) {
    if (w.endsWith(end) && w.length - end.length >= MIN_STEM) {
      w = w.slice(0, -end.length);
      break;
    }
  }
  return w;
}

function adjectiveStem(word: string): string {
  let w = word;
  if (w.startsWith('وال')) w = w.slice(3);
  else if (w.startsWith('ال')) w = w.slice(2);
  for (const end of ['يتين', 'يين', 'يون', 'يات', 'ية', 'يه', 'ي']) {
    if (w.endsWith(end) && w.length - end.length >= MIN_STEM) return w.slice(0, -end.length);
  }
  return '';
}

export interface NisbaIndex {
  /** stem of the first word (and of the second, for two-word names) → entity id */
  single: Map<string, string>;
  double: Map<string, string>;
}

export function buildNisbaIndex(doc: Doc): NisbaIndex {
  const single = new Map<string, string>();
  const double = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'GPE') continue;
    const names = new Set([e.name, ...e.mentions.filter((m) => m.kind === 'name').map((m) => doc.text.slice(m.start, m.end))]);
    for (const name of names) {
      const words = normalize(name).split(/\s+/).filter(Boolean);
      if (!words.length || words.length > 2) continue;
      const a = nameStem(words[0]);
      if (a.length < MIN_STEM) continue;
      if (words.length === 2) double.set(a + '|' + nameStem(words[1]), e.id);
      if (single.has(a) && single.get(a) !== e.id) ambiguous.add(a);
      else single.set(a, e.id);
    }
  }
  for (const a of ambiguous) single.delete(a);
  return { single, double };
}

/** The GPE entity that the nisba adjective at token j names, or null. */
export function nisbaAt(nisba: NisbaIndex, tokens: Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const a = adjectiveStem(t.norm);
  if (!a) return null;
  const next = tokens[j + 1];
  if (next && next.kind === 'word') {
    const b = adjectiveStem(next.norm);
    const id = b && nisba.double.get(a + '|' + b);
    if (id) return id;
  }
  return nisba.single.get(a) ?? null;
}
