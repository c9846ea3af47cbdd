// A batch written in one transaction leaves exactly the rows that writing its
// articles one by one leaves (ids of new entities and claims aside), on both
// stores; concurrent PostgreSQL batches sharing hot entities add up and do
// not deadlock.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { PutResult } from '../../src/store/store.js';
import { articleA, articleB, articleC, articleANearDup, makeAnalysis } from './fixtures.js';
import { TEST_PG, pgUnavailable, uniqueName, dropSchema } from './pg-env.js';

// more words than a claim key reads, so a report that adds words at the end is the same claim
const CLAIM = 'الحكومة ستفتح المعابر الحدودية أمام المساعدات الإنسانية خلال الأيام المقبلة بحسب مصادر مطلعة';

/** Articles that exercise every cross-article rule, with duplicates inside and across batches. */
function corpus(): Analysis[] {
  const lavrov = (id: string, nameEn?: string) => ({ id, type: 'PER' as const, name: 'لافروف', kb: 'Q80137', name_en: nameEn, mentions: [['لافروف', 'name'] as [string, 'name']] });
  const minister = (id: string, published: string | undefined, url: string, extra = '') => makeAnalysis({
    id, url, outlet: id.slice(0, 3), published,
    text: `وقال لافروف إن ${CLAIM}${extra}. وزار لافروف دمشق (${id}).`,
    entities: [lavrov('p', published ? undefined : 'Lavrov (undated)'), { id: 'g', type: 'GPE', name: 'دمشق', mentions: [['دمشق', 'name']] }],
    statements: [{ id: 's1', speaker: 'p', cue: 'وقال', content: CLAIM + extra }],
    events: [{ id: 'v1', type: 'CONSULT', anchor: 'وزار', source: ['p'], location: 'g' }],
  });
  return [
    articleA,
    minister('undated', undefined, 'http://example.test/m0'), // no date: never the earliest report
    articleANearDup, // same text as A: a duplicate of an article earlier in the batch
    minister('late', '2018-03-05', 'http://example.test/m1'),
    articleB,
    { ...articleC, doc: { ...articleC.doc, url: 'http://example.test/a' } }, // A's URL: a duplicate by URL
    minister('early', '2018-03-01', 'http://example.test/m2', ' كلها'), // same claim key, earlier: its wording wins
    articleC,
    minister('same-day', '2018-03-01', 'http://example.test/m3', ' جميعها'), // ties keep the first wording
    makeAnalysis({ id: 'twice', url: 'http://example.test/t', published: '2018-03-02',
      text: `قال لافروف إن ${CLAIM}. ثم قال لافروف إن ${CLAIM}.`,
      entities: [lavrov('p')],
      statements: [{ id: 's1', speaker: 'p', cue: 'قال', content: CLAIM }, { id: 's2', speaker: 'p', cue: 'ثم', content: CLAIM }] }),
    articleA, // again, by URL
  ];
}

/** Every row, with entity and claim ids replaced by their keys. */
async function dump(store: SqlStore): Promise<string[]> {
  const q = async (sql: string) => (await store.db.all(sql)).map((r) => JSON.stringify(Object.values(r))).sort();
  return [
    ...await q('SELECT key, type, name, name_en, kb, mention_count, article_count, first_seen, last_seen FROM entities'),
    ...await q('SELECT e.key, a.alias, a.norm FROM entity_aliases a JOIN entities e ON e.id = a.entity_id'),
    ...await q('SELECT e.key, x.doc_id, ea.mentions FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id JOIN articles x ON x.id = ea.article_id'),
    ...await q('SELECT c.key, e.key AS speaker, c.content, c.report_count, c.first_seen, c.last_seen FROM claims c LEFT JOIN entities e ON e.id = c.speaker_id'),
    ...await q('SELECT id, doc_id, url, text_hash, title, outlet, published, analysis, body FROM articles'),
    ...await q(`SELECT s.id, s.article_id, s.local_id, e.key AS speaker, s.cue_text, s.content, s.kind, c.key AS claim, s.outlet, s.published
      FROM statements s LEFT JOIN entities e ON e.id = s.speaker_id JOIN claims c ON c.id = s.claim_id`),
    ...await q('SELECT x.statement_id, x.pos, e.key FROM statement_sources x JOIN entities e ON e.id = x.entity_id'),
    ...await q('SELECT x.statement_id, e.key FROM statement_about x JOIN entities e ON e.id = x.entity_id'),
    ...await q('SELECT v.id, v.article_id, v.local_id, v.type, v.date, v.day, e.key AS location FROM events v LEFT JOIN entities e ON e.id = v.location_id'),
    ...await q('SELECT x.event_id, x.side, x.pos, e.key FROM event_actors x JOIN entities e ON e.id = x.entity_id'),
  ];
}

const shape = (rs: PutResult[]) => rs.map((r) => (r.created ? `new ${r.articleId}` : `dup of ${r.duplicateOf}`));

function suite(name: string, open: () => Promise<SqlStore>, skip: string | false) {
  describe(`batched writes: ${name}`, { skip }, () => {
    it('one batch, or batches across a stored boundary, leave what one-by-one writes leave', async () => {
      const one = await open();
      const all = await open();
      const split = await open();
      try {
        const xs = corpus();
        const single: PutResult[] = [];
        for (const a of xs) single.push(await one.putAnalysis(a));
        assert.deepEqual(shape(single), ['new 1', 'new 2', 'dup of 1', 'new 3', 'new 4', 'dup of 1', 'new 5', 'new 6', 'new 7', 'new 8', 'dup of 1']);
        assert.deepEqual(shape(await all.putMany(xs)), shape(single));
        const first = await split.putMany(xs.slice(0, 4));
        assert.deepEqual(shape([...first, ...await split.putMany(xs.slice(4))]), shape(single));
        const expected = await dump(one);
        assert.deepEqual(await dump(all), expected);
        assert.deepEqual(await dump(split), expected);
        // one claim: the wording of the earliest-dated report (the first such on a tie), all reports counted
        const claim = (await all.claims({ text: 'المعابر' })).items;
        assert.equal(claim.length, 1);
        assert.equal(claim[0].reportCount, 6);
        assert.equal(claim[0].content, CLAIM + ' كلها');
        assert.deepEqual([claim[0].firstSeen, claim[0].lastSeen], ['2018-03-01', '2018-03-05']);
        const lavrov = (await all.findEntities('لافروف')).items[0];
        assert.equal(lavrov.nameEn, 'Sergey Lavrov');
        assert.equal(lavrov.articleCount, 7);
      } finally {
        for (const s of [one, all, split]) await s.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'isnad-batch-'));
let k = 0;
after(() => rmSync(dir, { recursive: true, force: true }));
suite('SQLite', () => openStore({ db: join(dir, `s${k++}.db`) }), false);

const pgWhy = await pgUnavailable();
const schemas: string[] = [];
after(async () => {
  for (const s of schemas) await dropSchema(s);
});
suite('PostgreSQL', () => {
  const schema = uniqueName('isnad_batch');
  schemas.push(schema);
  return openStore({ pg: TEST_PG, schema, poolSize: 2 });
}, pgWhy ?? false);

describe('concurrent PostgreSQL batches', { skip: pgWhy ?? false }, () => {
  it('add up hot entity totals without deadlock or loss', async () => {
    const schema = uniqueName('isnad_batch_c');
    schemas.push(schema);
    const writers = [await openStore({ pg: TEST_PG, schema, poolSize: 2 }), await openStore({ pg: TEST_PG, schema, poolSize: 2 })];
    try {
      // every article names the same two places and one of a few people, in varied order: hot rows for every batch
      const people = ['سمير', 'كريم', 'هالة', 'نادية', 'فؤاد'];
      const article = (i: number) => {
        const p = people[i % people.length];
        const text = `قال ${p} إن بيروت ودمشق تشهدان نقاشا رقم ${i}.`;
        const entities = ([['p', 'PER', p], ['b', 'GPE', 'بيروت'], ['d', 'GPE', 'دمشق']] as const)
          .map(([id, type, name]) => ({ id, type, name, mentions: [[name, 'name'] as [string, 'name']] }));
        return makeAnalysis({ id: `c${i}`, url: `http://example.test/c/${i}`, published: `2018-04-${String(1 + (i % 28)).padStart(2, '0')}`, text,
          entities: i % 2 ? entities.reverse() : entities,
          statements: [{ id: 's1', speaker: 'p', cue: 'قال', content: `بيروت ودمشق تشهدان نقاشا رقم ${i}` }] });
      };
      const batches = Array.from({ length: 12 }, (_, b) => Array.from({ length: 10 }, (_, j) => article(b * 10 + j)));
      // each writer takes every other batch; a repeated batch on the other writer writes nothing twice
      await Promise.all([0, 1].map(async (w) => {
        for (let b = w; b < batches.length; b += 2) await writers[w].putMany(batches[b]);
        await writers[w].putMany(batches[1 - w]);
      }));
      const c = await writers[0].counts();
      assert.equal(c.articles, 120);
      assert.equal(c.entities, 7);
      const beirut = (await writers[1].findEntities('بيروت')).items[0];
      assert.equal(beirut.articleCount, 120);
      assert.equal(beirut.mentionCount, 120);
      assert.equal(beirut.firstSeen, '2018-04-01');
      assert.equal(beirut.lastSeen, '2018-04-28');
      assert.equal((await writers[0].findEntities('سمير')).items[0].articleCount, 24);
    } finally {
      for (const w of writers) await w.close();
    }
  });
});
