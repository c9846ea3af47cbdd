// Token-level lexicon matching shared by the number and time extractors:
// matching keys, proclitic peeling (وفي → و + في, للعام → ل + العام) and
// multi-word phrase tables. Everything is keyed by `wordKey`, so lexicon
// spelling variants (أ/ا, ى/ي, ة/ه) match alike.
import { looseKey, isIgnorable } from './normalize.js';
import type { Token } from './tokenize.js';

/** Matching key of a word: normalised, taa marbuta folded into haa. */
export function wordKey(s: string): string {
  return looseKey(s);
}

/** Per-document token keys, computed once (looseKey of each token's norm). */
export function tokenKeys(tokens: readonly Token[]): string[] {
  const keys = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i].norm;
    keys[i] = n.indexOf('ة') >= 0 ? n.replace(/ة/g, 'ه') : n;
  }
  return keys;
}

export interface Peel {
  /** proclitics taken off (normalised), '' for the bare word */
  pre: string;
  /** the rest of the word (a lexicon key) */
  stem: string;
}

// conjunction and/or preposition; «لل» is ل + the article's ل (للعام → ل + العام)
const PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

/**
 * The word itself, then the plausible proclitic splits, shortest prefix first.
 * Callers only read the result.
 */
export function peel(key: string): readonly Peel[] {
  const out: Peel[] = [{ pre: '', stem: key }];
  // و ف ب ل ك: the only letters a prefix starts with
  const c = key.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return out;
  for (const p of PREFIXES) {
    if (key.length - p.length >= 2 && key.startsWith(p)) {
      const rest = key.slice(p.length);
      out.push({ pre: p, stem: rest });
      // ل before the article drops the article's alef: للعام = ل + العام
      if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) out.push({ pre: p, stem: 'ا' + rest });
    }
  }
  return out;
}

/** Offset in the original text just after the first `n` normalised characters of a token. */
export function offsetAfter(tok: Token, n: number): number {
  if (n <= 0) return tok.start;
  let seen = 0;
  for (let i = 0; i < tok.text.length; i++) {
    if (isIgnorable(tok.text.charCodeAt(i))) continue;
    seen++;
    if (seen === n) return tok.start + i + 1;
  }
  return tok.end;
}

export interface PhraseHit<V> {
  value: V;
  /** index of the token after the phrase */
  end: number;
  /** proclitics on the first word */
  pre: string;
  /** number of words of the phrase */
  words: number;
}

/** A table of (possibly multi-word) phrases, matched on token keys with clitics peeled off the first word. */
export class PhraseTable<V> {
  private byFirst = new Map<string, Array<{ rest: string[]; value: V }>>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    const words = phrase.trim().split(/\s+/).map(wordKey);
    if (!words.length || !words[0]) return;
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    if (list.some((e) => e.rest.join(' ') === words.slice(1).join(' '))) return;
    list.push({ rest: words.slice(1), value });
    list.sort((a, b) => b.rest.length - a.rest.length); // longest first
  }

  has(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** The first words of all phrases (for trigger sets). */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Match a phrase starting at token i; `allowPre` lets the first word carry proclitics. */
  match(keys: string[], i: number, allowPre = true, peels?: readonly Peel[]): PhraseHit<V> | null {
    if (i < 0 || i >= keys.length) return null;
    if (!allowPre) peels = [{ pre: '', stem: keys[i] }];
    else if (!peels) peels = peel(keys[i]);
    for (const { pre, stem } of peels) {
      const list = this.byFirst.get(stem);
      if (!list) continue;
      for (const e of list) {
        let ok = true;
        for (let k = 0; k < e.rest.length; k++) {
          if (keys[i + 1 + k] !== e.rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: e.value, end: i + 1 + e.rest.length, pre, words: e.rest.length + 1 };
      }
    }
    return null;
  }

  /** Match a phrase that ends just before token `end` (no clitics except on its first word). */
  matchEndingAt(keys: string[], end: number, maxWords = 5): PhraseHit<V> | null {
    let best: PhraseHit<V> | null = null;
    for (let n = 1; n <= maxWords && end - n >= 0; n++) {
      const hit = this.match(keys, end - n);
      if (hit && hit.end === end && (!best || hit.words > best.words)) best = { ...hit };
    }
    return best;
  }
}

/**
 * Every form a word takes with the proclitics `peel` takes off: the word,
 * each prefix + word, and ل-prefixes + an article word without its alef
 * (للعام). A key whose peels reach a word of `words` is one of these, so
 * they are the candidates when a lexicon is expanded to clitic forms.
 */
export function cliticForms(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const p of PREFIXES) {
      out.add(p + w);
      if (p.endsWith('ل') && w.startsWith('ال')) out.add(p + w.slice(1));
    }
  }
  return out;
}

/**
 * Words that may open a match. Testing a token against it is the fast path
 * that lets the extractors skip most tokens without peeling or parsing.
 */
export class TriggerSet {
  readonly words = new Set<string>();
  /** every key `hits` accepts (built on first use), so that a test is one set lookup */
  private expanded: Set<string> | null = null;

  add(words: Iterable<string>, transform: (w: string) => string = (w) => w): this {
    for (const w of words) this.words.add(transform(w));
    this.expanded = null;
    return this;
  }

  /** True when the word, bare or without its proclitics, is a trigger. */
  hits(key: string): boolean {
    return this.keys().has(key);
  }

  /** Every key that `hits` accepts: the triggers and their clitic forms. */
  keys(): ReadonlySet<string> {
    if (!this.expanded) {
      this.expanded = new Set<string>();
      for (const k of cliticForms(this.words)) if (this.peelHits(k)) this.expanded.add(k);
    }
    return this.expanded;
  }

  // the definition: the word itself, or a clitic split whose stem is a trigger
  private peelHits(key: string): boolean {
    if (this.words.has(key)) return true;
    for (const p of peel(key)) if (p.pre && this.words.has(p.stem)) return true;
    return false;
  }
}
