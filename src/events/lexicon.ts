// The event trigger lexicon (src/lexicon/plover-triggers.json) compiled into
// one Map from normalised word form to the entries it can trigger, plus the
// helper word lists (src/lexicon/events-modality.json) as Sets.
import { readFileSync } from 'node:fs';
import { normalize } from '../text/normalize.js';
import type { PloverType } from '../model/analysis.js';
import { imperfectForms, pastForms } from './verb-forms.js';

export interface TriggerEntry {
  type: PloverType;
  mode: string;
  /** prepositions introducing the target (normalised; ب and ل are proclitics) */
  tgt: Set<string>;
  /** the direct object (verbs) or the genitive (nouns) is the target */
  obj: boolean;
  with: Set<string> | null;
  next: Set<string> | null;
  without: Set<string> | null;
  needTarget: boolean;
  symmetric: boolean;
  /** the target may stand inside the prepositional phrase */
  loose: boolean;
  priority: number;
  /**
   * an accusation implied by a predicate inside reported speech («إن موسكو
   * مسؤولة عن الهجوم», «إن إيران كذبت»): the one who says it is the source,
   * the one it is said of the target
   */
  implied: boolean;
  /**
   * the act befalls a person (arrest, kill, release, deport): a person right
   * after the verb with no object after him is the passive's subject
   * («واعتقل مسلم»), i.e. the target (src/events/passive.ts)
   */
  patient: boolean;
  cameo?: string;
}

export type FormKind = 'past' | 'imperf' | 'noun' | 'form';

export interface FormHit {
  entry: TriggerEntry;
  kind: FormKind;
}

export interface EventLexicon {
  forms: Map<string, FormHit[]>;
  negators: Set<string>;
  negatorsBeforeNoun: Set<string>;
  hypothetical: Set<string>;
  lightVerbs: Set<string>;
  skipBetween: Set<string>;
  relatives: Set<string>;
  groupNouns: Set<string>;
  placeHeads: Set<string>;
  prepositions: Set<string>;
  /** heads of a construct whose genitive may stand for the agent («مسلحي حركة طالبان») */
  agentHeads: Set<string>;
}

interface RawEntry {
  type: PloverType;
  mode: string;
  verbs?: [string, string][];
  nouns?: string[];
  forms?: string[];
  tgt?: string[];
  obj?: boolean;
  with?: string[];
  next?: string[];
  without?: string[];
  needTarget?: boolean;
  symmetric?: boolean;
  loose?: boolean;
  priority?: number;
  implied?: boolean;
  patient?: boolean;
}

const normSet = (xs: string[] | undefined): Set<string> | null => (xs && xs.length ? new Set(xs.map(normalize)) : null);

function readJson(name: string): any {
  return JSON.parse(readFileSync(new URL(`../lexicon/${name}`, import.meta.url), 'utf8'));
}

function cameoFor(cameo: any, type: string, mode: string): string | undefined {
  return cameo.modes[`${type}/${mode}`] ?? cameo.types[type] ?? undefined;
}

export function loadEventLexicon(): EventLexicon {
  const raw = readJson('plover-triggers.json');
  const cameo = readJson('cameo.json');
  const aux = readJson('events-modality.json');
  const forms = new Map<string, FormHit[]>();
  const add = (form: string, entry: TriggerEntry, kind: FormKind) => {
    const f = normalize(form);
    if (f.length < 2) return;
    let list = forms.get(f);
    if (!list) forms.set(f, (list = []));
    if (!list.some((h) => h.entry === entry && h.kind === kind)) list.push({ entry, kind });
  };
  for (const r of raw.entries as RawEntry[]) {
    const entry: TriggerEntry = {
      type: r.type,
      mode: r.mode,
      tgt: new Set((r.tgt ?? []).map(normalize)),
      obj: r.obj ?? false,
      with: normSet(r.with),
      next: normSet(r.next),
      without: normSet(r.without),
      needTarget: r.needTarget ?? false,
      symmetric: r.symmetric ?? false,
      loose: r.loose ?? false,
      priority: r.priority ?? 0,
      implied: r.implied ?? false,
      patient: r.patient ?? false,
      cameo: cameoFor(cameo, r.type, r.mode),
    };
    for (const [past, imperf] of r.verbs ?? []) {
      for (const f of pastForms(normalize(past))) add(f, entry, 'past');
      for (const f of imperfectForms(normalize(imperf))) add(f, entry, 'imperf');
    }
    for (const n of r.nouns ?? []) add(n, entry, 'noun');
    for (const f of r.forms ?? []) add(f, entry, 'form');
  }
  const set = (k: string) => new Set<string>((aux[k] as string[]).map(normalize));
  return {
    forms,
    negators: set('negators'),
    negatorsBeforeNoun: set('negatorsBeforeNoun'),
    hypothetical: set('hypothetical'),
    lightVerbs: set('lightVerbs'),
    skipBetween: set('skipBetween'),
    relatives: set('relatives'),
    groupNouns: set('groupNouns'),
    placeHeads: set('placeHeads'),
    prepositions: set('prepositions'),
    agentHeads: set('agentHeads'),
  };
}
