// Who did it to whom. Sources come, in order of trust, from the statement a
// trigger is the cue of (its speaker), the verb's subject (SVO right before,
// VSO right after, through relative pronouns and «كان … قد»), the genitive or
// possessive pronoun of a masdar, the subject of a light verb («أجرى
// محادثات»), and zero anaphora (the last subject in the sentence, the
// speaker for first-person verbs). Targets come from the direct object, the
// genitive of a transitive masdar, or the preposition the entry names.
import type { Doc } from '../analyze/doc.js';
import type { Statement } from '../model/analysis.js';
import type { DocIndex } from './doc-index.js';
import { agentPhrase } from './passive.js';
import { statementContaining } from './doc-index.js';
import type { EventLexicon } from './lexicon.js';
import type { TriggerMatch } from './triggers.js';
import { buildNisbaIndex, nisbaAt, type NisbaIndex } from './nisba.js';
import {
  bareWord, coordinatedGroups, groupEndingAt, groupFrom, isActor, mentionOf, prepositionOf, type ActorGroup,
} from './actor-groups.js';

export interface Actors {
  source: string[];
  target: string[];
  /** the possessive pronoun is dual: a repeated reference to a known meeting («اجتماعهما») */
  backReference: boolean;
  /** the source came from an explicit subject (used for later zero anaphora) */
  explicitSource: boolean;
}

interface SubjectRecord {
  tok: number;
  ids: string[];
  /** for a cue's speaker: the statement, whose own content the speaker is not a subject in */
  statement?: Statement;
}

const VSO_WINDOW = 5;
const OWNER_WINDOW = 4;
const PRONOUN_COMPLEMENTIZER = /^(?:[وف]?ب?ان|لان)(ه|ها|هم)$/;
// «تابعة ل», «التابعة ل»: links an object to the actor it belongs to
const OWNER_LINKS = new Set(['تابعة', 'التابعة', 'تابع', 'التابع', 'تابعين', 'التابعين', 'تابعتين']);
const EVALUATIVE = new Set(['REJECT', 'ACCUSE', 'SUPPORT']);
// a preposition with an attached pronoun: عليه، عليها، لهم، معه، إليه، بها، منه، ضدها
const PRONOUN_PP = /^(علي|ل|مع|الي|ب|من|ضد|عن)(ه|ها|هم|هما|هن)$/;
const PREP_WINDOW = 12;
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'وان', 'فان', 'لان', 'لكن', 'ولكن', 'بينما', 'فيما', 'حيث', 'كما']);
// words after which a verb opens its clause, so that a noun right after it is its subject (VSO)
const CLAUSE_OPENERS = new Set([
  'قد', 'لقد', 'وقد', 'فقد', 'حيث', 'كما', 'فيما', 'بينما', 'ثم', 'عندما', 'حين', 'بعدما', 'اذ', 'اذا', 'لما',
  'لم', 'لن', 'لا', 'ما', 'ان', 'بان', 'وان', 'كان', 'كانت', 'وكان', 'وكانت', 'حتي', 'بعد', 'قبل', 'منذ', 'كي', 'لكي',
]);
// words after which a noun is an adverbial complement, not an agent
const ADVERBIAL = new Set(['جراء', 'بسبب', 'اثر', 'عقب', 'رغم', 'مقابل', 'قبل', 'بعد', 'خلال', 'منذ', 'اثناء', 'اطار']);

export class ActorFinder {
  private subjects = new Map<number, SubjectRecord[]>();
  private groups: ActorGroup[];

  private nisba: NisbaIndex;

  constructor(private doc: Doc, private idx: DocIndex, private lex: EventLexicon, private triggerToks: Set<number>) {
    this.groups = coordinatedGroups(idx, doc.text);
    this.nisba = buildNisbaIndex(doc);
    // statement cues name who speaks at that point of the sentence
    idx.cueAt.forEach((st, i) => {
      if (st?.speaker && (i === 0 || idx.cueAt[i - 1] !== st)) this.record(i, [st.speaker], st);
    });
  }

  record(tok: number, ids: string[], statement?: Statement): void {
    if (!ids.length) return;
    const s = this.idx.sent[tok];
    let list = this.subjects.get(s);
    if (!list) this.subjects.set(s, (list = []));
    list.push({ tok, ids, statement });
    list.sort((a, b) => a.tok - b.tok);
  }

  private lastSubjectBefore(v: number, exclude: string[] = []): string[] | null {
    const list = this.subjects.get(this.idx.sent[v]) ?? [];
    const at = this.idx.tokens[v].start;
    for (let k = list.length - 1; k >= 0; k--) {
      const r = list[k];
      // a speaker is not the subject of the verbs of what he is reported to say
      if (r.statement && r.statement.content.start <= at && at < r.statement.content.end) continue;
      if (r.tok < v && !r.ids.some((id) => exclude.includes(id))) return r.ids;
    }
    return null;
  }

  /** Whether the verb at v opens its clause (after و/ف, punctuation, a particle, a relative with a resumptive pronoun). */
  private clauseInitial(tr: TriggerMatch): boolean {
    if (tr.prefix.startsWith('و') || tr.prefix.startsWith('ف')) return true;
    let j = tr.tok - 1;
    while (j >= 0 && this.sameSent(tr.tok, j) && this.idx.timeAt[j] >= 0) j--;
    if (j < 0 || !this.sameSent(tr.tok, j)) return true;
    const t = this.idx.tokens[j];
    if (t.kind === 'punct' || this.idx.cueAt[j]) return true;
    if (CLAUSE_OPENERS.has(t.norm)) return true;
    // «من جانبها رفضت موسكو», «من جهته قال»
    if (/^(جانب|جهت)(ه|ها|هم|هما)$/.test(t.norm) && this.idx.tokens[j - 1]?.norm === 'من') return true;
    if (this.lex.relatives.has(t.norm)) {
      // «الذي اجتمع فيه كبار القادة», «التي تقودها الولايات المتحدة»
      const next = this.idx.tokens[tr.tok + 1]?.norm ?? '';
      return !!tr.suffix || next === 'فيه' || next === 'فيها';
    }
    return false;
  }

  /** A nationality adjective right after token v or the given token: «غارات تركية», «قوات سعودية». */
  private nisbaAfter(...toks: number[]): string[] | null {
    for (const t of toks) {
      for (let j = t + 1; j <= t + 2 && this.sameSent(t, j); j++) {
        const id = nisbaAt(this.nisba, this.idx.tokens, j);
        if (id) return [id];
        if (mentionOf(this.idx, j)) break;
      }
    }
    return null;
  }

  private firstSubjectAfter(v: number, exclude: string[] = []): string[] | null {
    const list = this.subjects.get(this.idx.sent[v]) ?? [];
    for (const r of list) if (r.tok > v && !r.ids.some((id) => exclude.includes(id))) return r.ids;
    return null;
  }

  private sameSent(a: number, b: number): boolean {
    return b >= 0 && b < this.idx.tokens.length && this.idx.sent[a] === this.idx.sent[b];
  }

  private skippable(j: number): boolean {
    const t = this.idx.tokens[j];
    return this.lex.skipBetween.has(bareWord(t.norm, this.lex.skipBetween)) || this.idx.timeAt[j] >= 0;
  }

  /** The preposition before the mention at j, looking through an apposition («على الرئيس السابق، باراك أوباما»). */
  private prep(j: number): string {
    const m = mentionOf(this.idx, j);
    if (!m) return '';
    const p = prepositionOf(this.idx, this.lex, this.doc.text, m.tokStart, m);
    if (p) return p;
    const before = m.tokStart - 1;
    if (before > 0 && (this.idx.tokens[before].text === '،' || this.idx.tokens[before].text === ',')) {
      const prev = mentionOf(this.idx, before - 1);
      if (prev && prev.entity.id === m.entity.id && prev.tokEnd === before - 1) {
        return prepositionOf(this.idx, this.lex, this.doc.text, prev.tokStart, prev);
      }
    }
    return '';
  }

  /** «الدول الثلاث», «البلدين»: the last coordination of actors before token j. */
  private groupNoun(j: number): ActorGroup | null {
    const w = bareWord(this.idx.tokens[j].norm, this.lex.groupNouns);
    if (!this.lex.groupNouns.has(w)) return null;
    let best: ActorGroup | null = null;
    for (const g of this.groups) if (g.last < j) best = g;
    return best ? { ids: best.ids, first: j, last: j + (this.idx.tokens[j + 1]?.kind === 'word' && /^ال(ثلاث|اربع|خمس)/.test(this.idx.tokens[j + 1].norm) ? 1 : 0) } : null;
  }

  /** VSO: the subject right after the verb (a few adverbs may stand between). */
  private subjectAfter(v: number): ActorGroup | null {
    for (let j = v + 1; j <= v + VSO_WINDOW && this.sameSent(v, j); j++) {
      const m = mentionOf(this.idx, j);
      if (m) {
        if (m.tokStart !== j || this.prep(j) || !isActor(m)) return null;
        return groupFrom(this.idx, this.doc.text, j);
      }
      const g = this.groupNoun(j);
      if (g) return g;
      if (!this.skippable(j)) return null;
    }
    return null;
  }

  /** A bare noun with a nationality adjective («صواريخ إسرائيلية», «طائرات روسية») over tokens [a, b]: its country. */
  private nisbaPhrase(a: number, b: number): ActorGroup | null {
    const head = this.idx.tokens[a];
    if (!head || head.kind !== 'word' || mentionOf(this.idx, a) || this.triggerToks.has(a) || this.idx.cueAt[a]) return null;
    if (this.lex.prepositions.has(bareWord(head.norm, this.lex.prepositions)) || /^(ب|ل|ك)/.test(head.norm) || this.skippable(a)) return null;
    for (let j = b; j > a; j--) {
      if (!this.sameSent(a, j)) return null;
      const m = mentionOf(this.idx, j);
      // a tagger may mark the country inside its adjective («إسرائيل|ية»)
      if (m) return m.entity.type === 'GPE' && m.tokStart === j && m.tokEnd === j ? { ids: [m.entity.id], first: a, last: j } : null;
      const id = nisbaAt(this.nisba, this.idx.tokens, j);
      if (id) return { ids: [id], first: a, last: j };
    }
    return null;
  }

  /** VSO «استهدفت صواريخ إسرائيلية مواقع», SVO «مقاتلات إسرائيلية انطلقت»: a nationality adjective on the subject. */
  private nisbaSubject(v: number, after: boolean): ActorGroup | null {
    if (after) return this.nisbaPhrase(v + 1, v + 2) ?? this.nisbaPhrase(v + 1, v + 3);
    for (const a of [v - 2, v - 3]) {
      if (a < 0 || !this.sameSent(v, a)) continue;
      const g = this.nisbaPhrase(a, v - 1);
      if (g && g.last === v - 1 && !this.isGenitive(a)) return g;
    }
    return null;
  }

  /** SVO: the subject right before the verb, also through «التي/الذي» and «كان … قد». */
  private subjectBefore(v: number, adjacentOnly: boolean): ActorGroup | null {
    let steps = 0;
    let relative = false;
    for (let j = v - 1; j >= 0 && this.sameSent(v, j) && steps < 5; j--, steps++) {
      const m = mentionOf(this.idx, j);
      if (m) {
        // the antecedent of a relative pronoun may stand in any case («إلى كوريا الشمالية، التي قدمت»)
        if (m.tokEnd !== j || (!relative && this.prep(m.tokStart)) || !isActor(m)) return null;
        const g = groupEndingAt(this.idx, this.doc.text, j);
        return g && !this.isGenitive(g.first) ? g : null;
      }
      const t = this.idx.tokens[j];
      if (this.lex.relatives.has(t.norm)) {
        relative = true;
        continue;
      }
      if (t.text === '،' || t.text === ',') {
        if (j + 1 < v && this.lex.relatives.has(this.idx.tokens[j + 1].norm)) continue;
        return null;
      }
      if (adjacentOnly && !['قد', 'لقد', 'وقد'].includes(t.norm)) return null;
      if (COMPLEMENTIZERS.has(t.norm)) return null;
      if (!this.skippable(j)) return null;
    }
    return null;
  }

  /** «حريق روسيا»: a name right after a bare noun is that noun's genitive, not a subject (except «مسلحي حركة طالبان»). */
  private isGenitive(first: number): boolean {
    const j = first - 1;
    if (j < 0 || !this.sameSent(first, j)) return false;
    const t = this.idx.tokens[j];
    const m = mentionOf(this.idx, first);
    if (t.kind !== 'word' || (m && m.start > this.idx.tokens[first].start)) return false;
    if (t.norm.startsWith('ال') || t.norm.startsWith('وال') || this.lex.agentHeads.has(t.norm)) return false;
    if (CLAUSE_OPENERS.has(t.norm) || COMPLEMENTIZERS.has(t.norm) || this.lex.relatives.has(t.norm)) return false;
    if (this.lex.prepositions.has(bareWord(t.norm, this.lex.prepositions)) || this.idx.cueAt[j] || this.triggerToks.has(j)) return false;
    if (this.skippable(j) || t.norm === 'و' || t.norm.length <= 2) return false;
    return true;
  }

  /** The nearest actor before v in the same clause (nominal sentences: «إن بلاده مستعدة لدعم»). */
  private clauseActorBefore(v: number): string[] | null {
    const prev = v > 0 ? this.idx.tokens[v - 1].norm : '';
    if (this.lex.prepositions.has(prev) || ADVERBIAL.has(prev)) return null;
    for (let j = v - 1, steps = 0; j >= 0 && this.sameSent(v, j) && steps < 4; j--, steps++) {
      const t = this.idx.tokens[j];
      if (t.kind === 'punct' || COMPLEMENTIZERS.has(t.norm) || this.lex.relatives.has(t.norm) || this.triggerToks.has(j)) return null;
      const m = mentionOf(this.idx, j);
      if (m) {
        if (this.prep(m.tokStart) || !isActor(m)) return null;
        // «أفادت المصادر باستهداف…»: who reports a happening is not its agent
        if (m.tokStart > 0 && this.idx.cueAt[m.tokStart - 1]) return null;
        return groupEndingAt(this.idx, this.doc.text, j)?.ids ?? null;
      }
    }
    return null;
  }

  /** «إن تركيا ستطهر عفرين وإنها سيطرت»: the state or organisation that an earlier إن/أن clause is about. */
  private topicBefore(v: number): string[] | null {
    for (let j = v - 1, steps = 0; j > 0 && this.sameSent(v, j) && steps < 25; j--, steps++) {
      const m = mentionOf(this.idx, j);
      if (!m || m.tokStart !== j || (m.entity.type !== 'GPE' && m.entity.type !== 'ORG')) continue;
      if (COMPLEMENTIZERS.has(this.idx.tokens[j - 1].norm)) return [m.entity.id];
    }
    return null;
  }

  /** «كأس العالم الذي تستضيفه روسيا»: an object pronoun after a relative refers to the relative's antecedent. */
  private resumptiveObject(v: number): ActorGroup | null | undefined {
    let j = v - 1;
    if (j < 0 || !this.sameSent(v, j) || !this.lex.relatives.has(this.idx.tokens[j].norm)) return undefined;
    j--;
    if (j >= 0 && (this.idx.tokens[j].text === '،' || this.idx.tokens[j].text === ',')) j--;
    const m = mentionOf(this.idx, j);
    return m && m.tokEnd === j && isActor(m, true) ? { ids: [m.entity.id], first: j, last: j } : null;
  }

  /** «بطلب من تونس», «بدعم من روسيا»: the agent of a masdar after ب…من. */
  private agentAfterMin(tr: TriggerMatch): ActorGroup | null {
    if (!/ب$/.test(tr.prefix) && this.idx.tokens[tr.tok - 1]?.norm !== 'علي') return null;
    const j = tr.tok + 1;
    if (!this.sameSent(tr.tok, j) || this.idx.tokens[j].norm !== 'من') return null;
    return groupFrom(this.idx, this.doc.text, j + 1);
  }

  /** Source and target of an implied accusation: the speaker, and the one the predicate is said of. */
  private impliedActors(tr: TriggerMatch): Actors {
    const none: Actors = { source: [], target: [], backReference: false, explicitSource: false };
    const v = tr.tok;
    const tok = this.idx.tokens[v];
    // «المسؤول عن قضيته» is a description, not a predicate
    if (tr.pos === 'noun' && /ال$/.test(tr.prefix)) return none;
    const container = statementContaining(this.idx, tok.start, tok.end);
    if (!container?.speaker) return none;
    let target: string[] | null = null;
    if (tr.pos === 'verb') {
      target = this.subjectBefore(v, false)?.ids ?? (this.clauseInitial(tr) ? this.subjectAfter(v)?.ids : null) ?? null;
    } else {
      const gen = mentionOf(this.idx, v + 1);
      if (gen && gen.tokStart === v + 1 && !this.prep(v + 1) && isActor(gen)) target = groupFrom(this.idx, this.doc.text, v + 1)?.ids ?? null;
      target ??= this.clauseActorBefore(v);
    }
    const src = [container.speaker];
    const tgt = (target ?? []).filter((id) => !src.includes(id));
    return tgt.length ? { source: src, target: tgt, backReference: false, explicitSource: false } : none;
  }

  /** Who a 3rd-person pronoun suffix on token v refers to. */
  private resolvePronoun(v: number, suffix: string, exclude: string[]): string[] | null {
    // «ها»/«هم» mostly refer to states, organisations and groups, wherever they stand
    if (suffix !== 'ه') {
      for (let j = v - 1, steps = 0; j >= 0 && this.sameSent(v, j) && steps < 25; j--, steps++) {
        const m = mentionOf(this.idx, j);
        if (m && (m.entity.type === 'GPE' || m.entity.type === 'ORG') && !exclude.includes(m.entity.id)) {
          return groupEndingAt(this.idx, this.doc.text, m.tokEnd)?.ids.filter((id) => !exclude.includes(id)) ?? [m.entity.id];
        }
      }
    }
    const prior = this.lastSubjectBefore(v, exclude);
    if (prior) return prior;
    for (let j = v - 1, steps = 0; j >= 0 && this.sameSent(v, j) && steps < 25; j--, steps++) {
      const m = mentionOf(this.idx, j);
      if (m && isActor(m) && !exclude.includes(m.entity.id) && !this.prep(m.tokStart)) return [m.entity.id];
    }
    return this.firstSubjectAfter(v, exclude);
  }

  /** The object pronoun of a verb («وشكره»): the nearest earlier person other than the subject. */
  private resolveObjectPronoun(v: number, exclude: string[]): string[] | null {
    let fallback: string[] | null = null;
    for (let j = v - 1, steps = 0; j >= 0 && this.sameSent(v, j) && steps < 25; j--, steps++) {
      const m = mentionOf(this.idx, j);
      if (!m || !isActor(m) || exclude.includes(m.entity.id)) continue;
      if (m.entity.type === 'PER') return [m.entity.id];
      fallback ??= [m.entity.id];
    }
    return fallback;
  }

  /** A pronoun mention lying on the suffix part of token v (e.g. from coreference). */
  private suffixMention(v: number, suffix: string): string | null {
    if (!suffix) return null;
    const tok = this.idx.tokens[v];
    const m = mentionOf(this.idx, v);
    if (m && m.tokStart === v && m.tokEnd === v && m.start > tok.start && m.end >= tok.end - 1) return m.entity.id;
    return null;
  }

  private speakerOf(st: Statement | undefined): string[] | null {
    return st?.speaker ? [st.speaker] : null;
  }

  private lightVerbSubject(v: number): string[] | null {
    let crossedMention = false;
    let crossedId = '';
    for (let j = v - 1, steps = 0; j >= 0 && this.sameSent(v, j) && steps < 9; j--, steps++) {
      const t = this.idx.tokens[j];
      if (this.idx.timeAt[j] >= 0) {
        steps--;
        continue;
      }
      if (t.kind === 'punct' && t.text !== '،' && t.text !== ',') return null;
      const w = bareWord(t.norm, this.lex.lightVerbs);
      if (this.lex.lightVerbs.has(w)) {
        const cue = this.idx.cueAt[j];
        if (cue?.speaker) return [cue.speaker];
        const g = this.subjectBefore(j, true) ?? this.subjectAfter(j) ?? this.subjectBefore(j, false);
        const ids = g?.ids ?? this.lastSubjectBefore(j);
        if (ids) return ids;
        // «أعلن الجيش … بدء العملية»: a chain of light verbs shares one subject
        continue;
      }
      const m = mentionOf(this.idx, j);
      if (m) {
        // one subject may stand between the light verb and its masdar («يقوم لافروف بزيارة»)
        if (crossedMention && m.entity.id !== crossedId) return null;
        crossedMention = true;
        crossedId = m.entity.id;
        j = m.tokStart;
      }
    }
    return null;
  }

  /** Targets introduced by the entry's prepositions after the trigger. */
  private prepTarget(tr: TriggerMatch, from: number, exclude: string[]): ActorGroup | null {
    const tgt = tr.entry.tgt;
    if (!tgt.size) return null;
    for (let j = from; j <= tr.tok + PREP_WINDOW && this.sameSent(tr.tok, j); j++) {
      const t = this.idx.tokens[j];
      const m = mentionOf(this.idx, j);
      if (m && m.tokStart === j) {
        const p = this.prep(j);
        if (p && tgt.has(p) && !exclude.includes(m.entity.id)) return groupFrom(this.idx, this.doc.text, j, true);
        if (tgt.has('بين') && p === 'بين') return groupFrom(this.idx, this.doc.text, j, true);
        j = m.tokEnd;
        continue;
      }
      if (t.text === '.' || t.text === '؛') return null;
      // «فرضوا عليها غرامة»: a preposition carrying a pronoun
      const pp = PRONOUN_PP.exec(t.norm);
      if (pp && !m && (tgt.has(pp[1]) || tgt.has(pp[1] === 'الي' ? 'الي' : pp[1]))) {
        const ids = this.resolveObjectPronoun(j, exclude);
        if (ids) return { ids, first: j, last: j };
      }
      // «أشاد بالجهود التي تقوم بها السعودية»: the actor inside the phrase the preposition opens
      if (tr.entry.loose && j > tr.tok && t.kind === 'word' && (tgt.has(t.norm[0]) || tgt.has(t.norm)) && !m) {
        for (let k = j + 1; k <= j + 5 && this.sameSent(j, k); k++) {
          const t2 = this.idx.tokens[k];
          if (t2.kind === 'punct') break;
          const m2 = mentionOf(this.idx, k);
          if (m2 && m2.tokStart === k && isActor(m2, true) && !exclude.includes(m2.entity.id)) {
            return groupFrom(this.idx, this.doc.text, k, true);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A word introduced by one of the entry's prepositions right at j («شكر بلاده للمساهمة»). */
  private complementFollows(tr: TriggerMatch, j: number): boolean {
    if (j >= this.idx.tokens.length || !this.sameSent(tr.tok, j)) return false;
    const norm = this.idx.tokens[j].norm;
    if (tr.entry.tgt.has(norm)) return true;
    return (norm[0] === 'ل' || norm[0] === 'ب') && tr.entry.tgt.has(norm[0]) && norm.length > 3;
  }

  /** «رفضوا مقترحه», «انتقد تصريحاتها»: an object noun whose possessor is the one acted upon. */
  private possessedObject(tr: TriggerMatch, from: number, exclude: string[]): ActorGroup | null {
    if (!EVALUATIVE.has(tr.entry.type) || !this.sameSent(tr.tok, from)) return null;
    const t = this.idx.tokens[from];
    if (t.kind !== 'word' || mentionOf(this.idx, from) || t.norm.length < 5 || !/(ه|ها|هم|هما)$/.test(t.norm)) return null;
    if (this.lex.prepositions.has(t.norm.replace(/(ه|ها|هم|هما)$/, ''))) return null;
    // the possessor is most often the subject of the clause before (who proposed, who said)
    const ids = this.lastSubjectBefore(tr.tok, exclude) ?? this.resolveObjectPronoun(from, exclude);
    return ids ? { ids, first: from, last: from } : null;
  }

  /**
   * «رفضت موسكو تصريحات ماي», «استهدفت مواقع عسكرية تابعة للجيش السوري»,
   * «استهداف مواقع ميليشيات حزب الله»: an object noun phrase whose head is
   * not an actor; the actor it belongs to (its genitive, or «تابع ل») is the
   * one acted upon.
   */
  private objectOwner(tr: TriggerMatch, from: number, exclude: string[]): ActorGroup | null {
    const first = this.idx.tokens[from];
    if (!first || !this.sameSent(tr.tok, from) || first.kind !== 'word' || mentionOf(this.idx, from)) return null;
    if (this.lex.prepositions.has(bareWord(first.norm, this.lex.prepositions)) || /^[وفبلك]/.test(first.norm) && !first.norm.startsWith('ال')) return null;
    if (this.triggerToks.has(from) || this.skippable(from) || COMPLEMENTIZERS.has(first.norm)) return null;
    let afterTabi = false;
    for (let j = from + 1; j <= from + OWNER_WINDOW && this.sameSent(tr.tok, j); j++) {
      const t = this.idx.tokens[j];
      const m = mentionOf(this.idx, j);
      if (m) {
        if (m.tokStart !== j || !isActor(m, true) || exclude.includes(m.entity.id)) return null;
        const p = this.prep(j);
        if (p && !(afterTabi && p === 'ل')) return null;
        return groupFrom(this.idx, this.doc.text, j, true);
      }
      const nisba = nisbaAt(this.nisba, this.idx.tokens, j);
      if (nisba && !exclude.includes(nisba)) return { ids: [nisba], first: j, last: j };
      if (t.kind !== 'word' || this.triggerToks.has(j) || this.idx.cueAt[j] || COMPLEMENTIZERS.has(t.norm) || this.lex.relatives.has(t.norm)) return null;
      if (this.lex.prepositions.has(bareWord(t.norm, this.lex.prepositions)) || /^(و|ف|ب|ل|ك)/.test(t.norm) && !t.norm.startsWith('ال') && !t.norm.startsWith('لل')) {
        // «تابعة للجيش»: the owner after a ل
        if (!(afterTabi && (t.norm.startsWith('لل') || t.norm.startsWith('ل')))) return null;
      }
      afterTabi = OWNER_LINKS.has(t.norm);
    }
    return null;
  }

  /** The object right after position `from` (skipping adverbs). */
  private objectAt(from: number, v: number): ActorGroup | null {
    for (let j = from; j <= from + 3 && this.sameSent(v, j); j++) {
      const m = mentionOf(this.idx, j);
      if (m) {
        if (m.tokStart !== j || this.prep(j)) return null;
        return groupFrom(this.idx, this.doc.text, j, true);
      }
      const g = this.groupNoun(j);
      if (g) return g;
      if (!this.skippable(j)) return null;
    }
    return null;
  }

  /** Zero anaphora: a verb joined by و/ف, a participle, or a verb opening a clause after a comma. */
  private zeroSubjectAllowed(tr: TriggerMatch): boolean {
    if (tr.prefix.startsWith('و') || tr.prefix.startsWith('ف')) return true;
    if (tr.kind === 'form' && /[اة]$/.test(this.idx.tokens[tr.tok].norm)) return true;
    const prev = tr.tok > 0 ? this.idx.tokens[tr.tok - 1] : null;
    return !!prev && (prev.text === '،' || prev.text === ',');
  }

  private firstPerson(tr: TriggerMatch): boolean {
    const norm = this.idx.tokens[tr.tok].norm;
    const stem = norm.slice(tr.prefix.length, tr.suffix ? -tr.suffix.length : undefined);
    if (tr.kind === 'imperf') return stem.startsWith('ن');
    if (tr.pos === 'verb') return stem.endsWith('نا');
    return tr.suffix === 'نا' || tr.suffix === 'ي';
  }

  /** The person a patient verb read as passive befell («واعتقل مسلم», «أطلق سراح مسلم»), or null. */
  private passivePatient(tr: TriggerMatch): ActorGroup | null {
    if (tr.pos !== 'verb' || tr.kind !== 'past' || !tr.entry.patient || tr.suffix) return null;
    const v = tr.tok;
    // «السلطات اعتقلت مسلم»: a subject before the verb makes it active
    if (!(tr.prefix.startsWith('و') || tr.prefix.startsWith('ف')) && this.subjectBefore(v, false)) return null;
    const j = tr.entry.next ? v + 2 : v + 1;
    const m = mentionOf(this.idx, j);
    if (!m || m.tokStart !== j || m.entity.type !== 'PER' || this.prep(j)) return null;
    const g = groupFrom(this.idx, this.doc.text, j, true);
    // a second actor right after the person is the object: the person was the subject (active VSO)
    if (!g || this.objectAt(g.last + 1, v)) return null;
    return g;
  }

  find(tr: TriggerMatch): Actors {
    if (tr.entry.implied) return this.impliedActors(tr);
    const v = tr.tok;
    const tok = this.idx.tokens[v];
    const container = statementContaining(this.idx, tok.start, tok.end);
    const cue = this.idx.cueAt[v];
    let source: string[] | null = null;
    let explicit = false;
    let targetFrom = v + 1;
    let target: ActorGroup | null = null;
    let backReference = false;

    const patient = this.passivePatient(tr);
    if (patient) {
      // «واعتقل مسلم … من قبل الشرطة»: the person is the target, the doer only an agent phrase
      target = patient;
      const agent = agentPhrase(this.idx, this.doc.text, v, patient.last + 1);
      if (agent) source = agent.ids;
    } else if (tr.pos === 'verb') {
      if (cue?.speaker) source = [cue.speaker];
      // a subject cannot stand before a verb joined by و: that noun ends the previous clause
      const conjoined = tr.prefix.startsWith('و') || tr.prefix.startsWith('ف');
      const svo = conjoined ? null : this.subjectBefore(v, true);
      const vso = svo || !this.clauseInitial(tr) ? null : this.subjectAfter(v);
      let g = svo ?? vso ?? (conjoined ? null : this.subjectBefore(v, false));
      if (!g && !cue?.speaker) {
        const before = conjoined ? null : this.nisbaSubject(v, false);
        const after = before || conjoined || !this.clauseInitial(tr) ? null : this.nisbaSubject(v, true);
        g = before ?? after;
        if (after) targetFrom = after.last + 1;
      }
      if (g) {
        source ??= g.ids;
        explicit = true;
        if (g === vso) targetFrom = g.last + 1;
      }
      if (!source && this.firstPerson(tr)) source = this.speakerOf(container);
      // «قال إنه سيزور», «أشار إلى أنه يؤيد»: the pronoun after إن/أن is, first of all, the speaker
      const pron = v > 0 && this.sameSent(v, v - 1) ? PRONOUN_COMPLEMENTIZER.exec(this.idx.tokens[v - 1].norm) : null;
      if (!source && pron) {
        source = pron[1] === 'ه' ? this.speakerOf(container) ?? this.lastSubjectBefore(v) : this.topicBefore(v - 1) ?? this.lastSubjectBefore(v);
      }
      if (!source && this.zeroSubjectAllowed(tr)) source = this.lastSubjectBefore(v);
      if (tr.entry.obj) {
        const resumptive = !!tr.suffix && tr.suffix !== 'نا' && tr.suffix !== 'ني' ? this.resumptiveObject(v) : undefined;
        if (resumptive !== undefined) target = resumptive;
        else if (tr.suffix && tr.suffix !== 'نا' && tr.suffix !== 'ني') {
          const ids = this.suffixMention(v, tr.suffix) ? [this.suffixMention(v, tr.suffix)!] : this.resolveObjectPronoun(v, source ?? []);
          if (ids) target = { ids, first: v, last: v };
        } else if (cue) {
          const c = this.idx.tokens.findIndex((t) => t.start >= cue.content.start);
          if (c >= 0 && c <= targetFrom + 2) target = this.objectAt(c, v);
        }
        target ??= this.objectAt(targetFrom, v);
        // the noun right after the verb was its subject after all («من جانبها رفضت موسكو تصريحات ماي»)
        if (target && source && target.ids.every((id) => source!.includes(id))) {
          targetFrom = target.last + 1;
          target = this.objectAt(targetFrom, v);
        }
        target ??= this.possessedObject(tr, targetFrom, source ?? []);
        target ??= this.objectOwner(tr, targetFrom, source ?? []);
      }
    } else {
      // masdar: a possessive pronoun or the genitive names the agent; with
      // an agent already known, a following noun phrase is the object
      const own = this.suffixMention(v, tr.suffix);
      const after = tr.entry.next ? v + 2 : v + 1;
      let gen: ActorGroup | null = null;
      let possessor: ActorGroup | null = null;
      const m = mentionOf(this.idx, after);
      if (m && m.tokStart === after && isActor(m)) {
        const p = this.prep(after);
        if (!p && !tr.prefix.endsWith('ال') && !tr.entry.next) gen = groupFrom(this.idx, this.doc.text, after, true);
        // «مؤتمر صحفي للجبير مع…»: a ل-phrase right after the noun names whose it is
        else if (p === 'ل' && !tr.entry.tgt.has('ل')) possessor = groupFrom(this.idx, this.doc.text, after);
      }
      const agent = gen || possessor ? null : this.agentAfterMin(tr);
      if (agent) {
        possessor = agent;
        // «رحّلت السلطات … بطلب من تونس»: asked of whoever does what was asked
        const doer = this.lastSubjectBefore(v, agent.ids);
        if (doer) target = { ids: doer, first: v, last: v };
      }
      const viaPrep = this.prepTarget(tr, gen ? gen.last + 1 : possessor ? possessor.last + 1 : after, []);
      // a pronoun on a transitive masdar with no other object is its object («تغريمها», «اعتقاله»)
      const suffixIsObject = !!tr.suffix && tr.entry.obj && !gen && !viaPrep && !own;
      if (own) source = [own];
      else if (tr.suffix === 'هما') backReference = true;
      else if (tr.suffix === 'نا' || tr.suffix === 'ي') source = this.speakerOf(container);
      else if (suffixIsObject) {
        const ids = this.resolveObjectPronoun(v, []);
        if (ids) target = { ids, first: v, last: v };
      } else if (tr.suffix) source = this.resolvePronoun(v, tr.suffix, [...(gen?.ids ?? []), ...(viaPrep?.ids ?? [])]);
      if (possessor && !source) source = possessor.ids;
      if (gen) {
        if (source) target = gen;
        else if (!tr.entry.obj || viaPrep || this.complementFollows(tr, gen.last + 1)) source = gen.ids;
        else target = gen;
      }
      if (!source && !backReference) {
        source = this.nisbaAfter(v, ...(tr.withTok > v ? [tr.withTok] : [])) ?? this.lightVerbSubject(v) ?? this.clauseActorBefore(v);
      }
      if (!target && viaPrep) target = viaPrep;
      if (!target && !gen && tr.entry.obj && !tr.suffix) target = this.objectOwner(tr, after, source ?? []);
      // «قمة بين كيم ومون»: both sides in one coordination
      if (!source && tr.entry.symmetric && target && target.ids.length >= 2) {
        source = [target.ids[0]];
        target = { ...target, ids: target.ids.slice(1) };
      }
    }
    if (target && source) target = { ...target, ids: target.ids.filter((id) => !source!.includes(id)) };
    if (!target?.ids.length) target = this.prepTarget(tr, targetFrom, source ?? []) ?? target;
    const src = source ?? [];
    if (explicit) this.record(v, src);
    const tgt = (target?.ids ?? []).filter((id) => !src.includes(id));
    return { source: src, target: tgt, backReference, explicitSource: explicit };
  }
}
