// Numbered schema migrations; `schema_version` records the last one applied.
// Add a migration by appending to MIGRATIONS, never by editing an old one.
import type { Db } from './db.js';
import { UserError } from '../cli/errors.js';

interface Migration {
  version: number;
  /** statements for both dialects; `{ID}` is the auto-increment primary key type */
  common: string[];
  sqlite?: string[];
  pg?: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    common: [
      `CREATE TABLE articles (id {ID}, doc_id TEXT NOT NULL, url TEXT UNIQUE, text_hash TEXT NOT NULL UNIQUE,
        title TEXT, outlet TEXT, published TEXT, ingested_at TEXT NOT NULL, analysis TEXT NOT NULL)`,
      `CREATE INDEX articles_published ON articles (published, id)`,
      `CREATE TABLE entities (id {ID}, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL,
        name_en TEXT, kb TEXT, mention_count INTEGER NOT NULL DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT, last_seen TEXT)`,
      `CREATE TABLE entity_aliases (entity_id INTEGER NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL,
        PRIMARY KEY (entity_id, norm))`,
      `CREATE INDEX entity_aliases_norm ON entity_aliases (norm)`,
      `CREATE TABLE entity_articles (entity_id INTEGER NOT NULL, article_id INTEGER NOT NULL, mentions INTEGER NOT NULL,
        PRIMARY KEY (entity_id, article_id))`,
      `CREATE INDEX entity_articles_article ON entity_articles (article_id)`,
      `CREATE TABLE claims (id {ID}, key TEXT NOT NULL UNIQUE, speaker_id INTEGER, content TEXT NOT NULL,
        report_count INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT)`,
      `CREATE INDEX claims_speaker ON claims (speaker_id)`,
      `CREATE TABLE statements (id {ID}, article_id INTEGER NOT NULL, local_id TEXT NOT NULL, speaker_id INTEGER,
        cue_text TEXT NOT NULL, cue_lemma TEXT, stance TEXT, content TEXT NOT NULL, kind TEXT NOT NULL,
        claim_id INTEGER NOT NULL, outlet TEXT, published TEXT, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
        UNIQUE (article_id, local_id))`,
      `CREATE INDEX statements_speaker ON statements (speaker_id, published, id)`,
      `CREATE INDEX statements_claim ON statements (claim_id, published, id)`,
      `CREATE TABLE statement_sources (statement_id INTEGER NOT NULL, pos INTEGER NOT NULL, entity_id INTEGER NOT NULL,
        PRIMARY KEY (statement_id, pos))`,
      `CREATE INDEX statement_sources_entity ON statement_sources (entity_id)`,
      `CREATE TABLE statement_about (entity_id INTEGER NOT NULL, statement_id INTEGER NOT NULL,
        PRIMARY KEY (entity_id, statement_id))`,
      `CREATE TABLE events (id {ID}, article_id INTEGER NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL,
        anchor_text TEXT NOT NULL, date TEXT, day TEXT, location_id INTEGER, outlet TEXT, published TEXT,
        UNIQUE (article_id, local_id))`,
      `CREATE INDEX events_type_day ON events (type, day, id)`,
      `CREATE INDEX events_day ON events (day, id)`,
      `CREATE TABLE event_actors (event_id INTEGER NOT NULL, side TEXT NOT NULL, pos INTEGER NOT NULL, entity_id INTEGER NOT NULL,
        PRIMARY KEY (event_id, side, pos))`,
      `CREATE INDEX event_actors_entity ON event_actors (entity_id)`,
    ],
    sqlite: [
      // contentless: the terms are derived data; the text lives in the tables above
      `CREATE VIRTUAL TABLE articles_fts USING fts5 (terms, content='', tokenize='unicode61 remove_diacritics 0')`,
      `CREATE VIRTUAL TABLE statements_fts USING fts5 (terms, content='', tokenize='unicode61 remove_diacritics 0')`,
    ],
    pg: [
      `CREATE TABLE articles_fts (id INTEGER PRIMARY KEY, tsv tsvector NOT NULL)`,
      `CREATE INDEX articles_fts_tsv ON articles_fts USING gin (tsv)`,
      `CREATE TABLE statements_fts (id INTEGER PRIMARY KEY, tsv tsvector NOT NULL)`,
      `CREATE INDEX statements_fts_tsv ON statements_fts USING gin (tsv)`,
    ],
  },
  {
    // the article text beside its analysis: search snippets without parsing the analysis JSON
    version: 2,
    common: ['ALTER TABLE articles ADD COLUMN body TEXT'],
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

function idType(db: Db): string {
  return db.dialect === 'pg' ? 'SERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY';
}

/** Bring the schema up to date; refuses a database written by a newer isnad. */
export async function migrate(db: Db): Promise<void> {
  await db.tx(async (t) => {
    // several workers may start at once: one migrates, the others wait and see it done
    if (t.dialect === 'pg') await t.run('SELECT pg_advisory_xact_lock(731600117)');
    await t.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = await t.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
    const current = Number(row?.v ?? 0);
    if (current > LATEST_VERSION) {
      throw new UserError(`the database has schema version ${current}, newer than this isnad understands (${LATEST_VERSION}); upgrade isnad`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      const stmts = [...m.common, ...((t.dialect === 'pg' ? m.pg : m.sqlite) ?? [])];
      for (const s of stmts) await t.run(s.replaceAll('{ID}', idType(t)));
      await t.run('INSERT INTO schema_version (version) VALUES (?)', [m.version]);
    }
  });
}
