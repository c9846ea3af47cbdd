// The reporting-cue lexicon, expanded once per process from the compact data
// file src/lexicon/cues.json: every 3rd-person conjugation of each verb, the
// circumstantial participles (قائلًا، مؤكدةً…), the masdars used after «عن X»
// (قوله) and the "according to" heads. Keys are normalised token forms.
import { readFileSync } from 'node:fs';
import { normalize } from '../text/normalize.js';
import { loadSpeakerLexicon, type SpeakerLexicon } from './speaker-lexicon.js';

/** Agreement of a cue form: masc. sg., fem. sg. (also non-human plurals), dual, plural, unknown. */
export type Agreement = 'm' | 'f' | 'du' | 'pl' | 'x';
export type CueClass = 'verb' | 'relay' | 'circ' | 'masdar';

export interface CueSense {
  lemma: string;
  gloss: string;
  stance: string;
  cls: CueClass;
  agr: Agreement;
  imperfect: boolean;
  /** the object / prepositional phrase may itself be the content */
  obj: boolean;
  /** normalised prepositions that introduce the content (ب, على, إلى…) */
  preps: string[];
  /** when set, the object must begin with one of these normalised words */
  objHeads: string[] | null;
  /** «اعتبر X Y», «وصف X بـY»: both objects are the content */
  twoObjects: boolean;
  /** the object is content only when a `preps` word comes within this many words (0: no such test) */
  prepWithin: number;
  /** the object is content only when it holds a quotation or one of these words */
  objMarkers: string[] | null;
}

export interface AccordingHead {
  /** normalised words of the head («على لسان» has two) */
  words: string[];
  gloss: string;
  /** normalised linking preposition expected after the head ('' for none) */
  linker: string;
}

export interface WordLists {
  complementizers: Set<string>;
  notComplementizerAfter: Set<string>;
  fillersAfterCue: Set<string>;
  openersBeforeSubject: Set<string>;
  skipBeforeVerb: Set<string>;
  contrastStoppers: string[][];
  zoneBreakers: Set<string>;
  relativeBeforeCue: Set<string>;
  documentNouns: Set<string>;
  namingNouns: Set<string>;
  mediaHeads: Set<string>;
  mediaNames: string[];
  humanPluralHeads: Set<string>;
  nonHumanPluralHeads: Set<string>;
  /** after these a cue form is a noun: «عدم نشر اسمه» */
  masdarContext: Set<string>;
  /** participle-shaped adverbs and particles («مجددا», «مما») */
  notCircumstantial: Set<string>;
}

export interface CueLexicon {
  forms: Map<string, CueSense[]>;
  according: Map<string, AccordingHead[]>;
  words: WordLists;
  /** heads of speaker noun phrases, media names (the fallback for speakers no entity covers) */
  speakers?: SpeakerLexicon;
  /** common Arabic function words (normalised): never part of a name */
  stopwords?: Set<string>;
}

interface RawEntry {
  lemma: string;
  gloss: string;
  stance: string;
  perf?: string;
  impf?: string;
  base?: string;
  forms?: Array<[string, Agreement]>;
  obj?: boolean;
  preps?: string[];
  objHeads?: string[];
  twoObjects?: boolean;
  prepWithin?: number;
  objMarkers?: string[];
}

const n = (s: string) => normalize(s);

function verbForms(e: RawEntry): Array<[string, Agreement, boolean]> {
  const out: Array<[string, Agreement, boolean]> = [];
  if (e.perf) {
    const p = n(e.perf);
    out.push([p, 'm', false], [p + 'ت', 'f', false], [p + 'ا', 'du', false], [p + 'تا', 'du', false], [p + 'وا', 'pl', false]);
    // a common misspelling of the plural drops the silent alif: «أفادو»
    out.push([p + 'و', 'pl', false]);
  }
  if (e.impf) {
    const i = n(e.impf);
    const stem = i.slice(1);
    out.push([i, 'm', true], ['ت' + stem, 'f', true], [i + 'ان', 'du', true], ['ت' + stem + 'ان', 'du', true], [i + 'ون', 'pl', true]);
  }
  for (const [f, agr] of e.forms ?? []) {
    const nf = n(f);
    out.push([nf, agr, nf.startsWith('ي') || nf.startsWith('ت') && !e.perf]);
  }
  return out;
}

function circForms(e: RawEntry): Array<[string, Agreement, boolean]> {
  const out: Array<[string, Agreement, boolean]> = [];
  if (e.base) {
    const b = n(e.base);
    out.push([b + 'ا', 'm', false], [b + 'ة', 'f', false], [b + 'ين', 'pl', false], [b + 'ون', 'pl', false]);
  }
  for (const [f, agr] of e.forms ?? []) out.push([n(f), agr, false]);
  return out;
}

function add(map: Map<string, CueSense[]>, form: string, sense: CueSense): void {
  const list = map.get(form);
  if (list) list.push(sense);
  else map.set(form, [sense]);
}

function senseOf(e: RawEntry, cls: CueClass, agr: Agreement, imperfect: boolean): CueSense {
  return {
    lemma: e.lemma,
    gloss: e.gloss,
    stance: e.stance,
    cls,
    agr,
    imperfect,
    obj: e.obj ?? false,
    preps: (e.preps ?? []).map(n),
    objHeads: e.objHeads ? e.objHeads.map(n) : null,
    twoObjects: e.twoObjects ?? e.stance === 'describe',
    prepWithin: e.prepWithin ?? 0,
    objMarkers: e.objMarkers ? e.objMarkers.map(n) : null,
  };
}

const set = (xs: string[]) => new Set(xs.map(n));

export function buildCueLexicon(cues: any, words: any): CueLexicon {
  const forms = new Map<string, CueSense[]>();
  for (const e of cues.verbs as RawEntry[]) for (const [f, agr, impf] of verbForms(e)) add(forms, f, senseOf(e, 'verb', agr, impf));
  for (const e of cues.relayVerbs as RawEntry[]) for (const [f, agr, impf] of verbForms(e)) add(forms, f, senseOf(e, 'relay', agr, impf));
  for (const e of cues.circumstantial as RawEntry[]) for (const [f, agr] of circForms(e)) add(forms, f, senseOf(e, 'circ', agr, false));
  for (const e of cues.masdars as RawEntry[]) for (const [f, agr] of e.forms ?? []) add(forms, n(f), senseOf(e, 'masdar', agr, false));
  const according = new Map<string, AccordingHead[]>();
  for (const a of cues.according as Array<{ head: string; gloss: string; linker: string }>) {
    const ws = n(a.head).split(/\s+/);
    const h = { words: ws, gloss: a.gloss, linker: n(a.linker) };
    const list = according.get(ws[0]);
    if (list) list.push(h);
    else according.set(ws[0], [h]);
  }
  const complementizers = new Set<string>();
  for (const c of words.complementizers as string[]) for (const p of words.complementizerPronouns as string[]) complementizers.add(n(c + p));
  return {
    forms,
    according,
    words: {
      complementizers,
      notComplementizerAfter: set(words.notComplementizerAfter),
      fillersAfterCue: set(words.fillersAfterCue),
      openersBeforeSubject: set(words.openersBeforeSubject),
      skipBeforeVerb: set(words.skipBeforeVerb),
      zoneBreakers: set(words.zoneBreakers),
      relativeBeforeCue: set(words.relativeBeforeCue),
      contrastStoppers: (words.contrastStoppers as string[]).map((s) => n(s).split(/\s+/)),
      documentNouns: set(words.documentNouns),
      namingNouns: set(words.namingNouns),
      mediaHeads: set(words.mediaHeads),
      mediaNames: (words.mediaNames as string[]).map((s) => n(s).toLowerCase()),
      humanPluralHeads: set(words.humanPluralHeads),
      nonHumanPluralHeads: set(words.nonHumanPluralHeads),
      masdarContext: set(words.masdarContext ?? []),
      notCircumstantial: set(words.notCircumstantial ?? []),
    },
  };
}

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
}

function readStopwords(): Set<string> {
  try {
    const raw = readFileSync(new URL('../lexicon/stopwords-ar.txt', import.meta.url), 'utf8');
    return new Set(raw.split(/\r?\n/).map((w) => normalize(w.trim())).filter((w) => w.length > 1));
  } catch {
    return new Set();
  }
}

let cached: CueLexicon | null = null;

/** The lexicon built from the shipped data files (loaded once per process). */
export function loadCueLexicon(): CueLexicon {
  if (!cached) {
    cached = buildCueLexicon(readJson('../lexicon/cues.json'), readJson('../lexicon/statements-words.json'));
    cached.speakers = loadSpeakerLexicon();
    cached.stopwords = readStopwords();
  }
  return cached;
}
