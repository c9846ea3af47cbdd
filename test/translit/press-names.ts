// The check set of Arabic-origin names with their English press spellings
// (press-names.tsv next to this file), and how to score a transliterator on it.
import { readFileSync } from 'node:fs';

export interface PressName {
  arabic: string;
  /** accepted spellings, the first being the usual one */
  spellings: string[];
}

export function loadPressNames(): PressName[] {
  const text = readFileSync(new URL('./press-names.tsv', import.meta.url), 'utf8');
  const out: PressName[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [arabic, spellings] = line.split('\t');
    if (arabic && spellings) out.push({ arabic: arabic.trim(), spellings: spellings.split('|').map((s) => s.trim()) });
  }
  return out;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/**
 * Exact match of whole names (case-insensitive, any listed spelling) and of
 * words (a word counts where some accepted spelling with the same number of
 * words has it at that place).
 */
export function pressAccuracy(set: PressName[], fn: (arabic: string) => string): { names: number; words: number; misses: string[] } {
  let names = 0;
  let words = 0;
  let totalWords = 0;
  const misses: string[] = [];
  for (const p of set) {
    const got = fold(fn(p.arabic));
    const ok = p.spellings.some((s) => fold(s) === got);
    if (ok) names++;
    else misses.push(`${p.arabic} → ${fn(p.arabic)}   (want ${p.spellings.join(' | ')})`);
    const gw = got.split(/\s+/);
    const want = p.spellings.map((s) => fold(s).split(/\s+/));
    const n = Math.max(...want.map((w) => w.length));
    totalWords += n;
    for (let i = 0; i < n; i++) if (want.some((w) => w.length === gw.length && w[i] === gw[i])) words++;
  }
  return { names: names / set.length, words: words / totalWords, misses };
}
