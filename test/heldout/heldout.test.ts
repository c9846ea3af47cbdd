// The pseudo held-out gold sources (test/heldout/src) must resolve completely:
// every anchor found in its corpus article, every referenced id defined, and the
// result a valid isnad.gold/1 file. No score threshold: these files measure
// generalisation, they do not gate it. The article texts live in ../shared
// (the corpus licence keeps them out of the repo), so those checks skip without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveAnchor, resolveDir, resolveSource, type GoldSource } from '../../scripts/heldout.js';
import { parseGold } from '../../src/eval/gold.js';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const haveCorpus = existsSync(`${shared}data/corpus/ant-multisource.jsonl.gz`) && existsSync(`${shared}data/corpus/ant-jawharafm.jsonl.gz`);
const haveDev = existsSync(`${shared}data/dev`);
const skipCorpus = haveCorpus ? false : 'no ../shared/data/corpus: the held-out texts cannot be read';
const skipDev = haveDev ? false : 'no ../shared/data/dev';

test('anchor grammar: first, nth, all, sub-span, literal #', () => {
  const t = 'قال زيد إن زيد وزيد #زيد قال';
  assert.deepEqual(resolveAnchor(t, 'زيد', false).spans.map((s) => s.start), [4]);
  assert.equal(resolveAnchor(t, 'زيد', false).ambiguous, true);
  assert.deepEqual(resolveAnchor(t, 'زيد#2', false).spans.map((s) => s.start), [11]);
  assert.deepEqual(resolveAnchor(t, 'زيد#*', true).spans.map((s) => s.start), [4, 11, 16, 21]);
  assert.deepEqual(resolveAnchor(t, 'وزيد>>زيد', false).spans.map((s) => [s.start, s.text]), [[16, 'زيد']]);
  assert.deepEqual(resolveAnchor(t, 'قال#*>>ال', true).spans.map((s) => s.start), [1, 26]);
  assert.deepEqual(resolveAnchor(t, '#زيد', false).spans.map((s) => s.start), [20]);
  assert.match(resolveAnchor(t, 'عمرو', false).error!, /not found/);
  assert.match(resolveAnchor(t, 'زيد#9', false).error!, /#9 asked, 4 found/);
  assert.match(resolveAnchor(t, 'زيد#*', false).error!, /one span/);
  assert.match(resolveAnchor(t, 'وزيد>>عمرو', false).error!, /inside/);
  assert.match(resolveAnchor('قال\u00a0زيد', 'قال زيد', false).error!, /U\+00A0/);
  assert.match(resolveAnchor('', 'x', false).error!, /not found/);
});

test('a source with bad anchors and ids reports every defect', () => {
  const src: GoldSource = {
    id: 'x',
    entities: { A: { type: 'PER', name: 'زيد', mentions: { name: ['زيد', 'عمرو'] } }, B: { type: 'PER', name: 'زيد', mentions: { name: ['زيد'] } } },
    statements: [{ speaker: 'C', cue: 'قال', content: 'غير موجود', kind: 'direct', parent: 'sX' }],
    events: [{ type: 'CONSULT', source: ['A'], target: ['D'], anchor: 'قال' }],
  };
  const r = resolveSource(src, 'قال زيد');
  for (const want of [/A name: "عمرو" not found/, /belongs to both A and B/, /unknown entity "C"/, /content: "غير موجود" not found/, /unknown parent "sX"/, /unknown entity "D"/]) {
    assert.ok(r.errors.some((e) => want.test(e)), `expected an error matching ${want}: ${r.errors.join(' | ')}`);
  }
});

test('the resolver reproduces the dev gold files exactly', { skip: skipDev }, async () => {
  for (const r of await resolveDir(`${shared}data/dev`, shared)) {
    assert.deepEqual(r.errors, [], r.id);
    const want = JSON.parse(readFileSync(r.file.replace('.gold.src.mjs', '.gold.json'), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(r.gold)), want, r.id);
  }
});

test('every held-out source resolves to a valid gold file', { skip: skipCorpus }, async () => {
  const results = await resolveDir(srcDir, shared);
  assert.ok(results.length >= 10, `expected at least 10 held-out sources, found ${results.length}`);
  const corpora = new Set<string>();
  for (const r of results) {
    assert.deepEqual(r.errors, [], `${r.id}: ${r.errors.join(' | ')}`);
    const g = parseGold(r.gold, r.id, r.id);
    const ids = new Set(g.entities.map((e) => e.id));
    const stmts = new Set(g.statements.map((s) => s.id));
    for (const s of g.statements) {
      if (s.speaker !== null) assert.ok(ids.has(s.speaker), `${r.id} ${s.id} speaker`);
      for (const x of s.sources) assert.ok(ids.has(x), `${r.id} ${s.id} source ${x}`);
      if (s.parent !== null) assert.ok(stmts.has(s.parent), `${r.id} ${s.id} parent`);
      assert.ok(s.content.end > s.content.start && s.cue.end > s.cue.start, `${r.id} ${s.id} empty span`);
    }
    for (const v of g.events) {
      for (const x of [...v.source, ...v.target]) assert.ok(ids.has(x), `${r.id} ${v.id} actor ${x}`);
      if (v.location != null) assert.ok(ids.has(v.location), `${r.id} ${v.id} location`);
    }
    // every span's recorded text is what the offsets cut from the article
    for (const e of g.entities) for (const m of e.mentions) assert.equal(g.text.slice(m.start, m.end), m.text);
    for (const q of [...g.quantities, ...g.times]) assert.equal(g.text.slice(q.start, q.end), q.text);
    corpora.add(String((g.meta as Record<string, unknown>).source));
  }
  assert.ok(corpora.size >= 5, `the held-out set should span the outlets: ${[...corpora].join(', ')}`);
});
