// Group nominals the entity layer left unlinked. An article about striking
// doctors names them once in full («الأطباء الموريتانيون المضربون») and
// then by one of its words alone («وفد عن المضربين», «لكن النقابيين
// رفضوا»). A definite plural that no mention covers, whose stem is a word of
// exactly one group entity introduced earlier (an entity known only by
// descriptions, never by a name), is read as a mention of that entity, so
// that event actors are not lost to a gap in coreference.
import type { Doc } from '../analyze/doc.js';
import type { Entity } from '../model/analysis.js';
import type { Token } from '../text/tokenize.js';
import { normalize } from '../text/normalize.js';

export interface GroupNominal {
  tok: number;
  entity: Entity;
  /** where the noun begins after its proclitics (و، ب، ل), so that prepositions are still seen */
  start: number;
}

const DEFINITE = /^(و|ف)?(?:(ب|ك)?ال|(ل)ل)/;
const PLURAL = /(ون|ين|ات)$/;
const MIN_STEM = 4;

/** The stem of a plural noun: «المضربين», «مضربون» → «مضرب»; '' for other words. */
function pluralStem(word: string, requireArticle: boolean): string {
  const m = DEFINITE.exec(word);
  if (requireArticle && !m) return '';
  const bare = m ? word.slice(m[0].length) : word;
  if (!PLURAL.test(bare)) return '';
  const stem = bare.slice(0, -2);
  return stem.length >= MIN_STEM ? stem : '';
}

/** stem → the group entities using it, with the offset of their first mention. */
function groupWords(doc: Doc): Map<string, Array<{ entity: Entity; first: number }>> {
  const out = new Map<string, Array<{ entity: Entity; first: number }>>();
  for (const e of doc.entities) {
    if ((e.type !== 'PER' && e.type !== 'ORG') || !e.mentions.length) continue;
    if (e.mentions.some((m) => m.kind === 'name')) continue;
    const first = Math.min(...e.mentions.map((m) => m.start));
    const seen = new Set<string>();
    for (const m of e.mentions) {
      for (const w of normalize(doc.text.slice(m.start, m.end)).split(/\s+/)) {
        const stem = pluralStem(w, false);
        if (!stem || seen.has(stem)) continue;
        seen.add(stem);
        let list = out.get(stem);
        if (!list) out.set(stem, (list = []));
        list.push({ entity: e, first });
      }
    }
  }
  return out;
}

/** Uncovered tokens that refer to a group entity, given which tokens mentions already cover. */
export function findGroupNominals(doc: Doc, tokens: Token[], covered: (i: number) => boolean): GroupNominal[] {
  const words = groupWords(doc);
  if (!words.size) return [];
  const out: GroupNominal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || covered(i)) continue;
    const stem = pluralStem(t.norm, true);
    const hits = stem ? words.get(stem)?.filter((h) => h.first < t.start) : undefined;
    if (!hits || hits.length !== 1) continue;
    // after another definite noun it is an adjective («الوزراء المضربين»), not a noun phrase of its own
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && prev.kind === 'word' && DEFINITE.test(prev.norm) && !covered(i - 1)) continue;
    const m = DEFINITE.exec(t.norm)!;
    const clitics = (m[1] ?? '').length + (m[2] ?? '').length + (m[3] ?? '').length;
    const start = t.text.length === t.norm.length ? t.start + clitics : t.start;
    out.push({ tok: i, entity: hits[0].entity, start });
  }
  return out;
}
