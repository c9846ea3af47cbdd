// Loading the knowledge base: every data/kb/*.json file plus the user's
// --kb files (same format), then the name-word list. Bad user files are a
// UserError-style message, never a crash deep in the pipeline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KbEntry, KbFile } from './types.js';
import { looseKey } from '../text/normalize.js';

export const KB_DIR = fileURLToPath(new URL('../../data/kb/', import.meta.url));

function readKbFile(path: string): KbEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read KB file ${path}: ${(e as Error).message}`);
  }
  const entries = Array.isArray(data) ? data : (data as KbFile)?.entries;
  if (!Array.isArray(entries)) throw new Error(`KB file ${path} has no "entries" list (see docs/kb.md)`);
  const out: KbEntry[] = [];
  for (const e of entries as KbEntry[]) {
    if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !e.name.trim()) continue;
    if (!['PER', 'ORG', 'GPE', 'LOC', 'MISC'].includes(e.type)) continue;
    out.push(e);
  }
  return out;
}

/** All KB entries: the shipped files first, then user files (a user entry with the same id replaces the shipped one). */
export function loadKbEntries(extraFiles: string[] = [], dir = KB_DIR): KbEntry[] {
  const byId = new Map<string, KbEntry>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => dir + f) : [];
  for (const f of [...files, ...extraFiles]) for (const e of readKbFile(f)) byId.set(e.id, e);
  return [...byId.values()];
}

/** Single-word person names (normalised), from data/kb/name-words.txt. */
export function loadNameWords(dir = KB_DIR): Set<string> {
  const path = dir + 'name-words.txt';
  if (!existsSync(path)) return new Set();
  const out = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line && !line.startsWith('#')) out.add(line.trim());
  return out;
}

export interface GivenNames {
  /** given names that start a person's name on their own */
  sure: Set<string>;
  /** given names that are also ordinary words (سعيد، أمين، صالح): a name only before another name word */
  ambiguous: Set<string>;
}

/** Common Arabic given names (data/kb/given-names-ar.txt), loose keys. */
export function loadGivenNames(dir = KB_DIR): GivenNames {
  const out: GivenNames = { sure: new Set(), ambiguous: new Set() };
  const path = dir + 'given-names-ar.txt';
  if (!existsSync(path)) return out;
  let into = out.sure;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '## ambiguous') into = out.ambiguous;
    if (!line || line.startsWith('#')) continue;
    into.add(looseKey(line));
  }
  for (const k of out.ambiguous) out.sure.delete(k);
  return out;
}
