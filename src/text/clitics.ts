// Clitic analysis of one normalised Arabic word: which proclitics
// (conjunction و/ف, preposition ب/ل/ك, future س, article ال) and which
// attached pronoun may surround a stem. Returns every plausible split;
// later stages pick the one their lexicon knows.

export interface CliticSplit {
  prefix: string; // normalised proclitics, e.g. 'وال'
  stem: string;
  suffix: string; // attached pronoun, e.g. 'ه'
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;

/**
 * Spellings a stem takes on its own that change when a pronoun is attached:
 * taa marbuta (زيارته → زيارة), hamza seat (لقائه → لقاء, ابناؤه → ابناء),
 * alef maqsura, normalised to yaa (مستواه → مستوي), the plural alef (ابلغوه → ابلغوا).
 */
function stemBeforePronounVariants(stem: string): string[] {
  const last = stem[stem.length - 1];
  const body = stem.slice(0, -1);
  switch (last) {
    case 'ت': return [body + 'ة'];
    case 'ئ': case 'ؤ': return [body + 'ء'];
    case 'ا': return [body + 'ي'];
    case 'و': return [stem + 'ا'];
    default: return [];
  }
}

function addSplit(out: CliticSplit[], seen: Set<string>, prefix: string, stem: string, suffix: string): void {
  if (stem.length < MIN_STEM) return;
  const key = prefix + '|' + stem + '|' + suffix;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ prefix, stem, suffix });
}

function prefixSplits(word: string): Array<[string, string]> {
  // [prefix, rest] pairs, the bare word first
  const res: Array<[string, string]> = [['', word]];
  const conj = CONJ.includes(word[0]) && word.length > 3 ? [word[0]] : [];
  for (const c of ['', ...conj]) {
    const w1 = word.slice(c.length);
    if (c) res.push([c, w1]);
    // لل = ل + ال (للرئيس)
    if (w1.startsWith('لل') && w1.length > 4) res.push([c + 'لل', w1.slice(2)]);
    for (const p of ['', ...PREP]) {
      if (p && !w1.startsWith(p)) continue;
      const w2 = w1.slice(p.length);
      if (p && w2.length >= MIN_STEM) res.push([c + p, w2]);
      if (w2.startsWith('ال') && w2.length > 3) res.push([c + p + 'ال', w2.slice(2)]);
    }
    // future marker on imperfect verbs: سي/ست/سن/سا
    if (/^س[يتنا]/.test(w1) && w1.length > 4) res.push([c + 'س', w1.slice(1)]);
  }
  return res;
}

/** All plausible clitic splits of a normalised word, the unsplit word first. */
export function cliticSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  const seen = new Set<string>();
  for (const [prefix, rest] of prefixSplits(word)) {
    addSplit(out, seen, prefix, rest, '');
    // attached pronouns only on words without the article
    if (prefix.endsWith('ال')) continue;
    for (const s of SUFFIXES) {
      if (rest.length - s.length >= MIN_STEM && rest.endsWith(s)) {
        const stem = rest.slice(0, -s.length);
        addSplit(out, seen, prefix, stem, s);
        for (const v of stemBeforePronounVariants(stem)) addSplit(out, seen, prefix, v, s);
      }
    }
  }
  return out;
}

/** Stem candidates of a normalised word (the word itself first). */
export function stemCandidates(word: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of cliticSplits(word)) {
    if (!seen.has(s.stem)) {
      seen.add(s.stem);
      out.push(s.stem);
    }
  }
  return out;
}
