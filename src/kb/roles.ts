// Who held an office on a given date: «وزير الخارجية الروسي» on 2025-07-13
// is Lavrov. Without a date, the current holder (the latest term) wins.
import type { KbEntry } from './types.js';

export interface RoleTerm {
  entry: KbEntry;
  from: string;
  to: string;
}

export type RoleIndex = Map<string, RoleTerm[]>;

export function roleKey(role: string, of: string): string {
  return role + '@' + of;
}

export function buildRoleIndex(entries: KbEntry[]): RoleIndex {
  const idx: RoleIndex = new Map();
  for (const e of entries) {
    for (const r of e.roles ?? []) {
      if (!r || typeof r.role !== 'string' || typeof r.of !== 'string') continue;
      const k = roleKey(r.role, r.of);
      let list = idx.get(k);
      if (!list) idx.set(k, (list = []));
      list.push({ entry: e, from: r.from ?? '0000', to: r.to ?? '9999' });
    }
  }
  for (const list of idx.values()) list.sort((a, b) => (a.from < b.from ? -1 : 1));
  return idx;
}

/** The holder of role@of on `date` (YYYY-MM-DD or partial), else the latest holder when no date is known. */
export function roleHolder(idx: RoleIndex, role: string, of: string, date?: string): KbEntry | null {
  const list = idx.get(roleKey(role, of));
  if (!list || !list.length) return null;
  if (!date) return list[list.length - 1].entry;
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i];
    if (t.from <= date && date < t.to) return t.entry;
  }
  return null;
}
