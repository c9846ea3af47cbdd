// The compiled knowledge base: entries by id, a gazetteer over normalised
// token sequences (first-token Map → patterns, longest first), the role
// index and the person-name word list. Built once per process.
import type { KbEntry } from './types.js';
import { buildRoleIndex, type RoleIndex } from './roles.js';
import { nameKeys } from './surface.js';
import { loadGivenNames, loadKbEntries, loadNameWords, type GivenNames } from './load.js';

export type GazKind = 'name' | 'metonym' | 'adj';

export interface GazPattern {
  keys: string[];
  entry: KbEntry;
  kind: GazKind;
  /** an ordinary word too: only a match after a descriptor (وكالة، قناة…) */
  weak: boolean;
}

export interface Kb {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  /** countries by ISO code and organisations by their `key` (roles' `of`) */
  byKey: Map<string, KbEntry>;
  roles: RoleIndex;
  gazetteer: Map<string, GazPattern[]>;
  nameWords: Set<string>;
  /** common Arabic given names (a name starts with one) */
  given: GivenNames;
  /** nameWords ∪ given names: one lookup per word */
  personWords: Set<string>;
}

function addPattern(gaz: Map<string, GazPattern[]>, seen: Set<string>, text: string, entry: KbEntry, kind: GazKind, weak: boolean): void {
  const keys = nameKeys(text);
  if (!keys.length) return;
  const sig = keys.join(' ') + '|' + kind;
  // the first entry to claim a surface form keeps it (shipped files are read in a fixed order)
  if (seen.has(sig)) return;
  seen.add(sig);
  let list = gaz.get(keys[0]);
  if (!list) gaz.set(keys[0], (list = []));
  list.push({ keys, entry, kind, weak });
}

export function compileKb(entries: KbEntry[], nameWords: Set<string> = new Set(), given: GivenNames = { sure: new Set(), ambiguous: new Set() }): Kb {
  const byId = new Map<string, KbEntry>();
  const byKey = new Map<string, KbEntry>();
  const gazetteer = new Map<string, GazPattern[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    byId.set(e.id, e);
    if (e.category === 'country') byKey.set(e.id, e);
    if (e.key) byKey.set(e.key, e);
  }
  // names before adjectives before metonyms, so a string that is both keeps the stronger reading
  for (const e of entries) {
    addPattern(gazetteer, seen, e.name, e, 'name', !!e.weak);
    for (const a of e.aliases ?? []) if (typeof a === 'string') addPattern(gazetteer, seen, a, e, 'name', false);
  }
  for (const e of entries) for (const a of e.adjectives ?? []) if (typeof a === 'string') addPattern(gazetteer, seen, a, e, 'adj', false);
  for (const e of entries) for (const m of e.metonyms ?? []) if (typeof m === 'string') addPattern(gazetteer, seen, m, e, 'metonym', false);
  for (const list of gazetteer.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const personWords = new Set([...nameWords, ...given.sure, ...given.ambiguous]);
  return { entries, byId, byKey, roles: buildRoleIndex(entries), gazetteer, nameWords, given, personWords };
}

/** The shipped KB plus user files. */
export function loadKb(extraFiles: string[] = []): Kb {
  return compileKb(loadKbEntries(extraFiles), loadNameWords(), loadGivenNames());
}
