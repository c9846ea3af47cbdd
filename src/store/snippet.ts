// A short excerpt of a text around the first word that matches a query term.
import { normalizeWithMap } from '../text/normalize.js';

const WIDTH = 160;

export function snippet(text: string, terms: string[]): string {
  if (!text) return '';
  const { norm, map } = normalizeWithMap(text);
  const lower = norm.replace(/ة/g, 'ه').toLowerCase();
  // lower-casing can change the length of a few letters; the offsets must stay aligned with `map`
  const folded = lower.length === norm.length ? lower : norm.replace(/ة/g, 'ه');
  let at = -1;
  for (const t of terms) {
    const i = folded.indexOf(t);
    if (i !== -1 && (at === -1 || i < at)) at = i;
  }
  const centre = at === -1 ? 0 : map[at];
  let start = Math.max(0, centre - WIDTH / 2);
  const end = Math.min(text.length, start + WIDTH);
  start = Math.max(0, end - WIDTH);
  // widen to word boundaries so no word is cut in half
  while (start > 0 && !/\s/.test(text[start - 1]) && centre - start < WIDTH) start--;
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (start > 0) s = '… ' + s;
  if (end < text.length) s += ' …';
  return s;
}
