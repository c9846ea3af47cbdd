// Person names the KB does not know: a run of name words (the ANETAC-derived
// list and common Arabic given names) such as «كريستال تادلوك» or «عماد
// الخميري», or a name right after a title («وزير الصحة كاني بوبكر»).
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { isBreak, lineBreakBetween } from './context.js';
import { keyOf, variants } from './words.js';

const PARTICLES = new Set(['بن', 'ولد', 'ابو', 'عبد', 'ابن', 'ال', 'بنت', 'الله', 'الدين', 'عبدالله']);
const NOT_NAMES = new Set(['في', 'من', 'الي', 'عن', 'ان', 'قد', 'كان', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'مع', 'بعد', 'قبل', 'حيث', 'او', 'ثم', 'لم', 'لن', 'ما', 'لا', 'كما', 'بين', 'عام', 'يوم', 'امس', 'اليوم', 'خلال', 'منذ', 'حول', 'عند', 'غير', 'كل', 'بعض', 'احد']);

function isNameWord(ctx: DetectContext, key: string): boolean {
  return ctx.kb.personWords.has(key) && !NOT_NAMES.has(key);
}

/** «الخميري», «البيرنصي»: the ال…ي form of Arab family names, when it is not a common adjective. */
function isFamilyForm(ctx: DetectContext, key: string): boolean {
  return key.length >= 6 && key.startsWith('ال') && key.endsWith('ي') && !ctx.lex.stopwords.has(key) && !ctx.lex.notFamilyNames.has(key) && !ctx.lex.titleAfter.has(key);
}

/** Occupied tokens (inside other candidates) are never part of a new name. */
export function nameMentions(ctx: DetectContext, occupied: Uint8Array, titleEnds: Set<number>, titleStarts: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || tokens[i].kind !== 'word') continue;
    const first = variants(tokens[i])[0].key;
    if (NOT_NAMES.has(first) || ctx.lex.stopwords.has(first) || first.startsWith('ال')) continue;
    const sameLine = i > 0 && !lineBreakBetween(ctx.doc, tokens[i - 1], tokens[i]);
    const afterTitle = (sameLine && titleEnds.has(i)) || (tokens[i - 1]?.text === '،' && titleEnds.has(i - 1));
    // «علي» is also the preposition «على» once normalised: a name only when a name follows
    if (first === 'علي' && !isNameWord(ctx, keyOf(tokens[i + 1]))) continue;
    let firstIsName = isNameWord(ctx, first);
    // «صالح», «سعيد», «أمين» are ordinary words too: names only before another name word
    const given = ctx.kb.given.sure.has(first) || ctx.kb.given.ambiguous.has(first);
    const nextKey = keyOf(tokens[i + 1]);
    const nextNameLike = !!tokens[i + 1] && tokens[i + 1].kind === 'word' && !occupied[i + 1] && !ctx.lex.stopwords.has(nextKey) && (isNameWord(ctx, nextKey) || isFamilyForm(ctx, nextKey));
    if (ctx.kb.given.ambiguous.has(first) && !ctx.kb.nameWords.has(first) && !nextNameLike && !afterTitle) firstIsName = false;
    if (!firstIsName && !afterTitle) continue;
    // grow the run
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && !occupied[j] && tokens[j].kind === 'word' && !titleStarts.has(j) && !lineBreakBetween(ctx.doc, tokens[j - 1], tokens[j])) {
      const k = keyOf(tokens[j]);
      if (NOT_NAMES.has(k) || ctx.lex.stopwords.has(k) || k.startsWith('و') || k.startsWith('لل') || k.startsWith('بال')) break;
      if (isNameWord(ctx, k) || PARTICLES.has(k) || (given && j === i + 1 && isFamilyForm(ctx, k))) {
        j++;
        continue;
      }
      // a family name outside the list closes the run when a break, a title or the end follows
      const after = tokens[j + 1];
      if (!k.startsWith('ال') || j > i) {
        // «علي دوست شمس وحراسه»: a conjunction after the name also closes it
        if (isBreak(after) || titleStarts.has(j + 1) || !after || (j - i >= 2 && keyOf(after).startsWith('و'))) j++;
      }
      break;
    }
    const len = j - i;
    // an unknown first word is a name only in apposition closed by a comma: «نظيرته، تشوي سون هوي،»
    const closed = isBreak(tokens[j]);
    const ok = len >= 2 ? firstIsName || (afterTitle && closed) : afterTitle && firstIsName;
    if (!ok) continue;
    if (tokens[j - 1].kind !== 'word') continue;
    const end = tokens[j - 1].end;
    out.push({ start: tokens[i].start, end, t0: i, t1: j, kind: 'name', type: 'PER', source: 'name', norm: text.slice(tokens[i].start, end) });
    for (let k = i; k < j; k++) occupied[k] = 1;
    i = j - 1;
  }
  return out;
}
