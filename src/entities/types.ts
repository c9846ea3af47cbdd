// Candidate mentions: what each detector proposes before clustering.
import type { EntityType, MentionKind } from '../model/analysis.js';
import type { KbEntry } from '../kb/types.js';

export type CandidateSource = 'kb' | 'title' | 'nominal' | 'government' | 'anaphor' | 'name' | 'short' | 'tagger' | 'pronoun' | 'outlet' | 'org';

export interface Candidate {
  /** character span in the original text */
  start: number;
  end: number;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  kind: MentionKind;
  type: EntityType;
  source: CandidateSource;
  /** linked KB entry, when known */
  entry?: KbEntry;
  /** titles: the office (role key) and whose (country ISO / org key) */
  role?: string;
  of?: string;
  /** clustering key proposed by the detector (same key → same entity) */
  key?: string;
  /** normalised surface, for matching repeats */
  norm: string;
  /** for anaphors: categories of acceptable antecedents */
  categories?: string[];
  /** English gloss built by the detector (nominals) */
  en?: string;
  /** organisation patterns: the name without its head, for later short mentions («النهضة») */
  short?: string[];
  /** a title or nominal stands in apposition to the name candidate at this index */
  appositionOf?: number;
}
