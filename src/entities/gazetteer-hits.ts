// Knowledge-base matches in the text: the longest KB name, metonym or
// nationality adjective at each word, proclitics allowed on the first word.
import type { Token } from '../text/tokenize.js';
import type { GazKind, Kb } from '../kb/kb.js';
import type { KbEntry } from '../kb/types.js';
import { keyOf, variants, type WordVariant } from './words.js';

export interface GazHit {
  t0: number;
  t1: number;
  start: number;
  end: number;
  entry: KbEntry;
  kind: GazKind;
  weak: boolean;
  variant: WordVariant;
}

/** The longest KB pattern starting at token i, or null. */
export function gazetteerAt(tokens: Token[], i: number, kb: Kb): GazHit | null {
  const tok = tokens[i];
  if (!tok || (tok.kind !== 'word' && tok.kind !== 'latin')) return null;
  let best: GazHit | null = null;
  for (const v of variants(tok)) {
    const list = kb.gazetteer.get(v.key);
    if (!list) continue;
    for (const p of list) {
      if (best && p.keys.length <= best.t1 - best.t0) break;
      // hashtags join a name's words with «_» (#تيريزا_ماي): the underscore is skipped
      let t = i + 1;
      let ok = true;
      for (let j = 1; ok && j < p.keys.length; j++, t++) {
        if (tokens[t]?.text === '_' && p.keys[j] !== '_') t++;
        if (!tokens[t] || keyOf(tokens[t]) !== p.keys[j]) ok = false;
      }
      if (ok) {
        const last = tokens[t - 1];
        best = { t0: i, t1: t, start: v.start, end: last.end, entry: p.entry, kind: p.kind, weak: p.weak, variant: v };
        break;
      }
    }
  }
  return best;
}

/** All non-overlapping KB hits, left to right, longest first. */
export function gazetteerHits(tokens: Token[], kb: Kb): GazHit[] {
  const out: GazHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const h = gazetteerAt(tokens, i, kb);
    if (h) {
      out.push(h);
      i = h.t1;
    } else i++;
  }
  return out;
}
