// Which tokens the number and time extractors have to look at. Most words
// open neither a number nor a time expression; one lookup per token in a
// table of every word that can (trigger words with all their proclitic
// forms, duals of counted nouns) lets both extractors skip the rest.
import type { Token } from './tokenize.js';
import { numberLexicon, lookupNoun, type NumberLexicon, type UnitHit } from './num-lexicon.js';
import { timeLexicon } from './time-lexicon.js';
import { cliticForms, peel, TriggerSet } from './num-phrases.js';

/** The token is written in digits. */
export const DIGITS = 1;
/** A number may start at this word (number, scale or fraction word). */
export const NUMBER_WORD = 2;
/** A time expression may start at this word. */
export const TIME_WORD = 4;
/** The word is the indefinite dual of a counted noun (جنديين) and ends in ن. */
export const DUAL_NOUN = 8;

// categories of counted nouns that make the number something other than a quantity
export const BLOCKING_CATEGORIES = new Set(['distance', 'multiplier']);

export interface DualNoun {
  pre: string;
  hit: Readonly<UnitHit>;
}

// the first clitic split of a word that is a counted noun, when that noun is an indefinite dual
function dualNoun(lex: NumberLexicon, key: string): DualNoun | null {
  for (const p of peel(key)) {
    const hit = lookupNoun(lex, p.stem);
    if (!hit) continue;
    if (hit.dual !== 2 || BLOCKING_CATEGORIES.has(hit.cat)) return null;
    return { pre: p.pre, hit };
  }
  return null;
}

interface Tables {
  lex: NumberLexicon;
  timeTriggers: TriggerSet;
  duals: Map<string, DualNoun>;
  flags: Map<string, number>;
}

let tables: Tables | null = null;

function build(lex: NumberLexicon): Tables {
  const timeTriggers = new TriggerSet().add(timeLexicon().triggerWords).add(lex.numberTriggerWords);
  // every word `dualNoun` accepts is a clitic form of a noun or dual in the lexicon
  const duals = new Map<string, DualNoun>();
  if (lex.duals.size) {
    for (const k of cliticForms([...lex.nouns.keys(), ...lex.duals.keys()])) {
      const d = dualNoun(lex, k);
      if (d) duals.set(k, d);
    }
  }
  const flags = new Map<string, number>();
  const mark = (k: string, f: number) => flags.set(k, (flags.get(k) ?? 0) | f);
  for (const k of lex.numberTriggers.keys()) mark(k, NUMBER_WORD);
  for (const k of timeTriggers.keys()) mark(k, TIME_WORD);
  for (const k of duals.keys()) if (k.endsWith('ن')) mark(k, DUAL_NOUN);
  return { lex, timeTriggers, duals, flags };
}

function current(): Tables {
  const lex = numberLexicon();
  if (tables?.lex !== lex) tables = build(lex);
  return tables;
}

/** Words that can open a time expression: time words and number words (ثلاثة أيام). */
export function timeTriggers(): TriggerSet {
  return current().timeTriggers;
}

/** The counted-noun dual a word is (جنديين → two of جندي), or undefined. */
export function dualNounOf(key: string): DualNoun | undefined {
  return current().duals.get(key);
}

/** DIGITS / NUMBER_WORD / TIME_WORD / DUAL_NOUN flags of each token (keys: see `tokenKeys`). */
export function tokenFlags(tokens: readonly Token[], keys: readonly string[]): Uint8Array {
  const table = current().flags;
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].kind;
    if (kind === 'number') out[i] = DIGITS;
    else if (kind === 'word') out[i] = table.get(keys[i]) ?? 0;
  }
  return out;
}
