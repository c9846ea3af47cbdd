// The knowledge-base format (docs/kb.md): one JSON file holds `entries`;
// data/kb/*.json ship with Isnad and users add their own with --kb FILE.
import type { EntityType } from '../model/analysis.js';

/** An office held over a period: {role: 'foreign_minister', of: 'RU', from: '2004-03-09'}. */
export interface KbRole {
  role: string;
  /** country ISO code or organisation key (e.g. 'UN', 'NATO', 'HEZBOLLAH') */
  of: string;
  from?: string;
  /** absent while still in office */
  to?: string;
}

export interface KbEntry {
  /** unique key: ISO code for countries ('RU'), 'cap:RU' for capitals, 'per:…', 'org:…', 'loc:…' */
  id: string;
  type: EntityType;
  /** canonical Arabic name */
  name: string;
  name_en?: string;
  /** Wikidata id */
  kb?: string;
  /** other Arabic spellings and names (matched like the name) */
  aliases?: string[];
  /** the bare name is also an ordinary word: match only after a descriptor (وكالة، قناة، حركة…) */
  weak?: boolean;
  /** words that stand for this entity as an actor (البيت الأبيض → US) */
  metonyms?: string[];
  /** nationality adjectives in all forms (الروسي، روسية، الروس…) */
  adjectives?: string[];
  /** country (ISO code) a city, person or organisation belongs to */
  country?: string;
  /** id of the capital's entry */
  capital?: string;
  /** country, capital, city, region, io, armed_group, media, ngo, gov, company… */
  category?: string;
  roles?: KbRole[];
  /** organisation key used in roles' `of` (e.g. 'UN' for the United Nations) */
  key?: string;
}

export interface KbFile {
  source?: string;
  entries: KbEntry[];
}
