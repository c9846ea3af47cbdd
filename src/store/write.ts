// Writing one flattened article and its cross-article links. Runs inside a
// transaction; every upsert is idempotent per article (the article row is
// inserted first and a duplicate stops everything), and keys are upserted in
// sorted order so concurrent PostgreSQL writers cannot deadlock.
import type { Db } from './db.js';
import { earlierSql, laterSql } from './db.js';
import type { FlatArticle } from './flatten.js';
import type { PutResult } from './store.js';

async function existing(db: Db, f: FlatArticle): Promise<number | undefined> {
  if (f.url) {
    const r = await db.get<{ id: number }>('SELECT id FROM articles WHERE url = ?', [f.url]);
    if (r) return Number(r.id);
  }
  const r = await db.get<{ id: number }>('SELECT id FROM articles WHERE text_hash = ?', [f.textHash]);
  return r ? Number(r.id) : undefined;
}

const UPSERT_ENTITY = `INSERT INTO entities (key, type, name, name_en, kb, mention_count, article_count, first_seen, last_seen)
  VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
  ON CONFLICT (key) DO UPDATE SET
    mention_count = entities.mention_count + excluded.mention_count,
    article_count = entities.article_count + 1,
    name_en = COALESCE(entities.name_en, excluded.name_en),
    first_seen = ${earlierSql('entities.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('entities.last_seen', 'excluded.last_seen')}
  RETURNING id`;

const UPSERT_CLAIM = `INSERT INTO claims (key, speaker_id, content, report_count, first_seen, last_seen)
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET
    report_count = claims.report_count + excluded.report_count,
    content = CASE WHEN excluded.first_seen IS NOT NULL AND (claims.first_seen IS NULL OR excluded.first_seen < claims.first_seen)
      THEN excluded.content ELSE claims.content END,
    first_seen = ${earlierSql('claims.first_seen', 'excluded.first_seen')},
    last_seen = ${laterSql('claims.last_seen', 'excluded.last_seen')}
  RETURNING id`;

export async function writeArticle(db: Db, f: FlatArticle, analysisJson: string): Promise<PutResult> {
  const dup = await existing(db, f);
  if (dup !== undefined) return { articleId: dup, created: false, duplicateOf: dup };
  const ins = await db.get<{ id: number }>(
    `INSERT INTO articles (doc_id, url, text_hash, title, outlet, published, ingested_at, analysis, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [f.docId, f.url ?? null, f.textHash, f.title ?? null, f.outlet ?? null, f.published ?? null, new Date().toISOString(), analysisJson, f.text],
  );
  if (!ins) {
    // a concurrent writer stored it between our check and our insert
    const other = await existing(db, f);
    return { articleId: other ?? -1, created: false, duplicateOf: other };
  }
  const articleId = Number(ins.id);
  await db.ftsPut('articles', articleId, f.terms);
  const day = f.published ?? null;

  const entityId = new Map<string, number>();
  for (const e of [...f.entities].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const r = await db.get<{ id: number }>(UPSERT_ENTITY, [e.key, e.type, e.name, e.nameEn ?? null, e.kb ?? null, e.mentions, day, day]);
    const id = Number(r!.id);
    entityId.set(e.key, id);
    for (const [alias, norm] of e.aliases) {
      await db.run('INSERT INTO entity_aliases (entity_id, alias, norm) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, alias, norm]);
    }
    await db.run('INSERT INTO entity_articles (entity_id, article_id, mentions) VALUES (?, ?, ?)', [id, articleId, e.mentions]);
  }
  const eid = (k: string | null | undefined) => (k ? entityId.get(k) ?? null : null);

  // claims first, in key order (deadlock-free), then the statements that report them
  const claimId = new Map<string, number>();
  const claimOrder = [...f.statements].sort((a, b) => (a.claimKey < b.claimKey ? -1 : a.claimKey > b.claimKey ? 1 : 0));
  for (const s of claimOrder) {
    if (claimId.has(s.claimKey)) {
      await db.run('UPDATE claims SET report_count = report_count + 1 WHERE id = ?', [claimId.get(s.claimKey)!]);
      continue;
    }
    const r = await db.get<{ id: number }>(UPSERT_CLAIM, [s.claimKey, eid(s.speaker), s.content, 1, day, day]);
    claimId.set(s.claimKey, Number(r!.id));
  }
  for (const s of f.statements) {
    const r = await db.get<{ id: number }>(
      `INSERT INTO statements (article_id, local_id, speaker_id, cue_text, cue_lemma, stance, content, kind, claim_id, outlet, published, content_start, content_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
      [articleId, s.localId, eid(s.speaker), s.cueText, s.cueLemma ?? null, s.stance ?? null, s.content, s.kind,
        claimId.get(s.claimKey)!, f.outlet ?? null, day, s.contentStart, s.contentEnd],
    );
    if (!r) continue; // a repeated local id inside one analysis
    const sid = Number(r.id);
    await db.ftsPut('statements', sid, s.terms);
    for (let i = 0; i < s.sources.length; i++) {
      await db.run('INSERT INTO statement_sources (statement_id, pos, entity_id) VALUES (?, ?, ?)', [sid, i, eid(s.sources[i])]);
    }
    for (const k of s.about) {
      await db.run('INSERT INTO statement_about (entity_id, statement_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [eid(k), sid]);
    }
  }

  for (const v of f.events) {
    const r = await db.get<{ id: number }>(
      `INSERT INTO events (article_id, local_id, type, anchor_text, date, day, location_id, outlet, published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
      [articleId, v.localId, v.type, v.anchorText, v.date ?? null, v.date ?? day, eid(v.location), f.outlet ?? null, day],
    );
    if (!r) continue;
    const vid = Number(r.id);
    for (const [side, list] of [['source', v.source], ['target', v.target]] as const) {
      for (let i = 0; i < list.length; i++) {
        await db.run('INSERT INTO event_actors (event_id, side, pos, entity_id) VALUES (?, ?, ?, ?)', [vid, side, i, eid(list[i])]);
      }
    }
  }
  return { articleId, created: true };
}
