import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { isnad, isnadAsync } from './cli.js';
import { openStore } from '../../src/store/open.js';
import { synthRecord, synthText } from './synth.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-ingest-'));
const summary = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

async function stats(db: string) {
  const s = await openStore({ db, mustExist: true });
  try {
    return await s.counts();
  } finally {
    await s.close();
  }
}

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, timeout: 1000 });
    try {
      return (c.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created or migrated yet
  }
}

describe('isnad ingest (SQLite)', () => {
  const articles = join(dir, 'articles');
  const dump = join(dir, 'dump.jsonl.gz');
  before(() => {
    mkdirSync(join(articles, 'sub'), { recursive: true });
    writeFileSync(join(articles, 'one.txt'), '\uFEFF' + synthText(1001));
    writeFileSync(join(articles, 'one.meta.json'), JSON.stringify({ published: '2018-03-01', outlet: 'المدى' }));
    writeFileSync(join(articles, 'sub', 'two.txt'), synthText(1002));
    // the same text as one.txt, re-punctuated and with diacritics: a near duplicate
    writeFileSync(join(articles, 'sub', 'three.txt'), synthText(1001).replace(/\./g, ' ،').replace(/قال/g, 'قَالَ'));
    writeFileSync(join(articles, 'empty.txt'), '   \n');
    writeFileSync(join(articles, 'bad.txt'), Buffer.from([0xd8, 0x27, 0x41]));
    writeFileSync(join(articles, 'page.html'), `<!doctype html><html lang="ar" dir="rtl"><head><title>خبر الصفحة</title>
      <meta property="og:site_name" content="سكاي نيوز"><meta property="article:published_time" content="2018-04-02T10:00:00Z"></head>
      <body><nav>القائمة</nav><article><h1>خبر الصفحة</h1><p>${synthText(1003)}</p><p>${synthText(1004)}</p></article></body></html>`);
    writeFileSync(articles + '/ignored.bin', 'x');
    const lines = [0, 1, 2, 3].map((i) => JSON.stringify(synthRecord(i)));
    lines.push('{broken', JSON.stringify({ ...synthRecord(0), docno: 'again' }), JSON.stringify({ docno: 'no-text' }));
    writeFileSync(dump, gzipSync(Buffer.from(lines.join('\n') + '\n')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests files, directories, HTML and JSONL; dedups; reports failures with reasons', async () => {
    const db = join(dir, 'a.db');
    const r = isnad(['ingest', articles, dump, join(dir, 'missing.txt'), '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const s = summary(r.stdout);
    assert.equal(s.read, 14);
    assert.equal(s.new, 7, JSON.stringify(s)); // one, two, page, 4 records
    assert.equal(s.duplicate, 2); // three.txt (near text), "again" (same URL)
    assert.equal(s.failed, 5);
    const reasons = Object.keys(s.failures).join(' | ');
    for (const re of [/empty text/, /invalid UTF-8/, /invalid JSON/, /no text field/, /no such file/]) assert.match(reasons, re);
    assert.match(r.stderr, /read 14, new 7, duplicate 2, failed 5/);

    const q = isnad(['query', 'search', 'الصفحة', '--db', db, '--json']);
    assert.equal(q.status, 0, q.stderr);
    const hits = JSON.parse(q.stdout).items;
    assert.ok(hits.some((h: { title?: string }) => h.title === 'خبر الصفحة'), q.stdout);

    const again = isnad(['ingest', articles, dump, '--db', db, '--json']);
    const s2 = summary(again.stdout);
    assert.equal(s2.new, 0);
    assert.equal(s2.duplicate, 9);
    assert.equal((await stats(db)).articles, 7);
  });

  it('resumes after SIGKILL with the same final counts as an uninterrupted run', async () => {
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, Array.from({ length: 200 }, (_, i) => JSON.stringify(synthRecord(5000 + i))).join('\n') + '\n');
    const whole = join(dir, 'whole.db');
    const full = isnad(['ingest', big, '--db', whole, '--json', '--batch', '20']);
    assert.equal(full.status, 0, full.stderr);
    const fs = summary(full.stdout);
    assert.equal(fs.new, 200, JSON.stringify(fs.failures));
    const killed = join(dir, 'killed.db');
    const child = isnadAsync(['ingest', big, '--db', killed, '--batch', '20']);
    const exited = new Promise((r) => child.on('exit', r));
    const t0 = Date.now();
    while (count(killed) === 0 && child.exitCode === null && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 30));
    child.kill('SIGKILL');
    await exited;
    const partial = count(killed);
    const rerun = isnad(['ingest', big, '--db', killed, '--json', '--batch', '20']);
    assert.equal(rerun.status, 0, rerun.stderr);
    const s = summary(rerun.stdout);
    assert.equal(s.duplicate, partial, 'everything stored before the kill is skipped');
    assert.equal(s.new + s.duplicate, 200);
    assert.ok(partial < 200, 'killed before the end');
    assert.deepEqual(await stats(killed), await stats(whole));
  });

  it('gives one-line errors for a corrupt database and bad options', () => {
    const bad = join(dir, 'corrupt.db');
    writeFileSync(bad, 'this is not a database at all'.repeat(200));
    const r = isnad(['ingest', join(articles, 'one.txt'), '--db', bad]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^isnad: .*corrupt\.db: not a usable isnad database/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    const q = isnad(['query', 'stats', '--db', join(dir, 'nope.db')]);
    assert.equal(q.status, 1);
    assert.match(q.stderr, /no such database/);
    assert.equal(existsSync(join(dir, 'nope.db')), false);
  });
});
