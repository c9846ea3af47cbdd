// Word-level helpers over doc.tokens: loose keys, proclitic variants with
// their offsets in the original text (the mention excludes و/ف/ب/ل/ك but
// keeps the article; for «لل» the span starts at the second lam, as the
// gold does: «للأمم المتحدة» → «لأمم المتحدة»).
import type { Token } from '../text/tokenize.js';
import { isIgnorable } from '../text/normalize.js';

/** looseKey of an already normalised string: only the taa marbuta fold remains. */
function fold(norm: string): string {
  return norm.indexOf('ة') >= 0 ? norm.replace(/ة/g, 'ه') : norm;
}

export interface WordVariant {
  key: string;
  /** offset in the original text where the mention starts */
  start: number;
  /** the proclitics removed (normalised) */
  prefix: string;
}

/** Original offset of the n-th normalised character of a token. */
export function origOffset(tok: Token, n: number): number {
  let seen = 0;
  for (let i = 0; i < tok.text.length; i++) {
    if (isIgnorable(tok.text.charCodeAt(i))) continue;
    if (seen === n) return tok.start + i;
    seen++;
  }
  return tok.end;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

// Per-token caches live on the token under private symbols (invisible to
// JSON and Object.keys): every detector asks for the same variants and keys,
// and a property read is far cheaper than a WeakMap lookup per call.
const VARS = Symbol('entities.variants');
const KEY = Symbol('entities.key');
type CachedToken = Token & { [VARS]?: WordVariant[]; [KEY]?: string };

function pushVariant(out: WordVariant[], tok: Token, norm: string, cut: number, keyText: string, startCut: number): void {
  if (keyText.length >= 2) out.push({ key: fold(keyText), start: origOffset(tok, startCut), prefix: norm.slice(0, cut) });
}

function computeVariants(tok: Token): WordVariant[] {
  const norm = tok.norm;
  const out: WordVariant[] = [{ key: fold(norm), start: tok.start, prefix: '' }];
  if (tok.kind !== 'word' || norm.length < 3) return out;
  let i = 0;
  if (CONJ.has(norm[0])) {
    i = 1;
    pushVariant(out, tok, norm, 1, norm.slice(1), 1);
  }
  const rest = norm.slice(i);
  if (rest.startsWith('لل') && rest.length > 3) {
    // ل + ال: the alef of the article is elided
    pushVariant(out, tok, norm, i + 2, 'ال' + rest.slice(2), i + 1);
  } else if (PREP.has(rest[0]) && rest.length > 2) {
    pushVariant(out, tok, norm, i + 1, rest.slice(1), i + 1);
  }
  return out;
}

/** The token itself and its proclitic-stripped forms, unstripped first (cached per token). */
export function variants(tok: Token): WordVariant[] {
  const t = tok as CachedToken;
  return t[VARS] ?? (t[VARS] = computeVariants(tok));
}

export function isWord(tok: Token | undefined): boolean {
  return !!tok && (tok.kind === 'word' || tok.kind === 'latin');
}

/** Loose key of a token without any clitic handling. */
export function keyOf(tok: Token | undefined): string {
  if (!tok) return '';
  const t = tok as CachedToken;
  return t[KEY] ?? (t[KEY] = fold(tok.norm));
}

/** Strip a leading article from a key (الرئيس → رئيس). */
export function withoutArticle(key: string): string {
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : key;
}
