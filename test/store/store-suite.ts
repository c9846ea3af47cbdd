// The one behaviour suite every Store implementation must pass; each
// *.test.ts file calls it with a factory for a fresh, empty store.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import type { Analysis } from '../../src/model/analysis.js';
import { articleA, articleB, articleC, articleANearDup, makeAnalysis } from './fixtures.js';

export function runStoreSuite(name: string, open: () => Promise<Store>, cleanup: () => Promise<void> = async () => {}): void {
  describe(`Store behaviour: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      for (const a of [articleA, articleB, articleC]) assert.equal((await store.putAnalysis(a)).created, true);
    });
    after(async () => {
      await store?.close();
      await cleanup();
    });

    it('migrating again is a no-op', async () => {
      await store.migrate();
      assert.equal((await store.counts()).articles, 3);
    });

    it('refuses the same URL and near-identical text', async () => {
      const again = await store.putAnalysis(articleA);
      assert.equal(again.created, false);
      const near = await store.putAnalysis(articleANearDup);
      assert.equal(near.created, false);
      assert.equal(near.duplicateOf, again.articleId);
      assert.equal(await store.hasUrl('http://example.test/a'), true);
      assert.equal(await store.hasUrl('http://example.test/zzz'), false);
      const hashA = (await store.getArticle(again.articleId))!.textHash;
      assert.equal(await store.hasArticle('http://example.test/a', 'no-such-hash'), true);
      assert.equal(await store.hasArticle('http://example.test/zzz', hashA), true);
      assert.equal(await store.hasArticle(undefined, hashA), true);
      assert.equal(await store.hasArticle('http://example.test/zzz', 'no-such-hash'), false);
      assert.equal(await store.hasArticle(undefined, 'no-such-hash'), false);
      assert.deepEqual(await store.counts(), { articles: 3, entities: 7, statements: 3, claims: 2, events: 4 });
    });

    it('stores the analysis and article metadata', async () => {
      const page = await store.listArticles({});
      assert.deepEqual(page.items.map((a) => a.docId), ['C', 'A', 'B']);
      const a = await store.getArticle(page.items[1].id);
      assert.equal(a?.outlet, 'alarabiya');
      assert.equal(a?.published, '2018-02-20');
      assert.deepEqual(a?.analysis, JSON.parse(JSON.stringify(articleA)));
      // every entity of the article points at its library entity, found again by name
      const ids = a!.entityIds;
      assert.equal(Object.keys(ids).length, articleA.entities.length);
      for (const e of articleA.entities) {
        const g = await store.getEntity(ids[e.id]);
        assert.equal(g?.name, e.name, `entity ${e.id}`);
      }
      assert.equal(await store.getArticle(999999), null);
    });

    it('resolves one global entity per KB id across articles, with aliases and dates', async () => {
      const found = await store.findEntities('لافروف');
      assert.equal(found.items.length, 1);
      const lavrov = found.items[0];
      assert.equal(lavrov.kb, 'Q80137');
      assert.equal(lavrov.articleCount, 2);
      assert.equal(lavrov.mentionCount, 4);
      assert.equal(lavrov.firstSeen, '2018-02-19');
      assert.equal(lavrov.lastSeen, '2018-02-20');
      assert.equal(lavrov.nameEn, 'Sergey Lavrov');
      assert.ok(lavrov.aliases.includes('لافروف') && lavrov.aliases.includes('سيرغي لافروف'), lavrov.aliases.join('|'));
      assert.equal((await store.findEntities('lavrov')).items[0]?.id, lavrov.id);
      assert.equal((await store.findEntities('لافروف', { type: 'ORG' })).items.length, 0);
      assert.deepEqual(await store.getEntity(lavrov.id), lavrov);
      const co = await store.coEntities(lavrov.id);
      assert.equal(co[0].entity.name, 'موسكو');
      assert.equal(co[0].count, 2);
    });

    it("lists an entity's statements as a timeline with relay chains", async () => {
      const lavrov = (await store.findEntities('لافروف')).items[0];
      const st = await store.statements({ speaker: lavrov.id });
      assert.deepEqual(st.items.map((s) => s.published), ['2018-02-19', '2018-02-20']);
      assert.deepEqual(st.items[0].sources.map((s) => s.name), ['وكالة تاس']);
      assert.equal(st.items[0].speakerName, 'سيرغي لافروف'); // the global entity's name
      assert.equal(st.items[0].outlet, 'bbc');
      assert.equal(st.items[1].cueText, 'وقال');
      assert.equal(st.items[1].stance, 'say');
      const tass = (await store.findEntities('تاس')).items[0];
      assert.equal((await store.statements({ relay: tass.id })).items.length, 1);
      assert.equal((await store.statements({ outlet: 'alarabiya' })).items.length, 1);
      assert.equal((await store.statements({ from: '2018-02-20', to: '2018-02-20' })).items.length, 1);
      assert.equal((await store.statements({ text: 'مثمرا' })).items.length, 1);
      const moscow = (await store.findEntities('موسكو')).items[0];
      assert.equal((await store.statementsAbout(moscow.id)).items.length, 2);
    });

    it('groups the same statement from two outlets into one claim, earliest report first', async () => {
      const claims = await store.claims({ text: 'الكوريتين' });
      assert.equal(claims.items.length, 1);
      const c = claims.items[0];
      assert.equal(c.reportCount, 2);
      assert.equal(c.firstSeen, '2018-02-19');
      assert.equal(c.lastSeen, '2018-02-20');
      assert.match(c.content, /^أنّ «مُوسكو/); // the earliest report's wording
      const full = await store.getClaim(c.id);
      assert.deepEqual(full?.reports?.map((r) => r.outlet), ['bbc', 'alarabiya']);
      assert.equal(await store.getClaim(424242), null);
    });

    it('filters events by type, actor, location and date', async () => {
      assert.equal((await store.events({ type: 'CONSULT' })).items.length, 2);
      const kim = (await store.findEntities('كيم جونغ أون')).items[0];
      const ev = await store.events({ actor: kim.id });
      assert.equal(ev.items.length, 1);
      assert.equal(ev.items[0].date, '2018-02-19');
      assert.deepEqual(ev.items[0].source.map((s) => s.name), ['سيرغي لافروف']);
      assert.deepEqual(ev.items[0].target.map((s) => s.name), ['كيم جونغ أون']);
      const wash = (await store.findEntities('واشنطن')).items[0];
      assert.equal((await store.events({ location: wash.id })).items[0]?.location?.name, 'واشنطن');
      // dated by the event's own date, else the article's
      assert.deepEqual((await store.events({ from: '2018-02-19', to: '2018-02-19' })).items.map((e) => e.type).sort(), ['CONSULT', 'REJECT']);
    });

    it('searches normalised Arabic: clitics, inflection and diacritics fold away', async () => {
      const lav = await store.search('لافروف');
      assert.ok(lav.items.some((h) => h.kind === 'article' && h.title === undefined && h.snippet.includes('بلافروف')), JSON.stringify(lav.items));
      const qal = await store.search('قال');
      assert.ok(qal.items.filter((h) => h.kind === 'article').length >= 2, 'وقال and وقالت both found');
      const diac = await store.search('مُوسْكُو');
      assert.equal(diac.items.filter((h) => h.kind === 'statement').length, 2);
      assert.deepEqual((await store.search('')).items, []);
      assert.deepEqual((await store.search('!!! ...')).items, []);
      assert.deepEqual((await store.search('كلمةغيرموجودة')).items, []);
    });

    it('pages with opaque cursors', async () => {
      const p1 = await store.listArticles({ limit: 2 });
      assert.equal(p1.items.length, 2);
      assert.ok(p1.next);
      const p2 = await store.listArticles({ limit: 2, cursor: p1.next });
      assert.equal(p2.items.length, 1);
      assert.equal(p2.next, undefined);
      await assert.rejects(store.listArticles({ cursor: '!!' }));
    });

    it('stores odd and partial analyses without crashing', async () => {
      const odd: Analysis = {
        ...makeAnalysis({ id: 'odd', text: 'نص ‎غريب 😀 \u0000 مع مراجع ناقصة' }),
        entities: [{ id: 'e1', type: 'PER', name: '', mentions: [{ start: 5, end: 2, kind: 'name' }] }],
        statements: [{ id: 's1', speaker: 'nope', cue: { start: 0, end: 2 }, content: { start: 3, end: 999 }, kind: 'direct', sources: ['missing'], parent: null }],
        events: [{ id: 'v1', type: 'NOT_A_TYPE' as never, source: ['zz'], target: [], anchor: { start: 0, end: 1 } }],
      };
      const r = await store.putAnalysis(odd);
      assert.equal(r.created, true);
      const empty = await store.putAnalysis(makeAnalysis({ id: 'empty', text: '' }));
      assert.equal(empty.created, true);
      assert.equal((await store.putAnalysis(makeAnalysis({ id: 'empty2', text: '  ' }))).created, false);
    });

    it('writes a batch like one by one, and concurrent copies once', async () => {
      const xs = [1, 2, 3].map((i) => makeAnalysis({ id: 'batch' + i, text: `خبر رقم ${i} عن الطقس`, url: `http://example.test/batch/${i}` }));
      const res = await store.putMany([...xs, xs[0]]);
      assert.deepEqual(res.map((r) => r.created), [true, true, true, false]);
      const y = makeAnalysis({ id: 'race', text: 'خبر يصل مرتين في اللحظة نفسها', url: 'http://example.test/race' });
      const both = await Promise.all([store.putAnalysis(y), store.putAnalysis(y), store.putAnalysis(y)]);
      assert.equal(both.filter((r) => r.created).length, 1);
    });
  });
}
