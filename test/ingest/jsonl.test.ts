import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl, recordToItem, countJsonl } from '../../src/ingest/jsonl.js';
import { publicationDate } from '../../src/ingest/dates.js';
import type { SourceItem } from '../../src/ingest/types.js';

test('publication dates: RFC 2822 in the writer\'s zone, ISO, epoch; nonsense is undefined', () => {
  assert.equal(publicationDate('Sun, 18 Feb 2018 21:35:43 +0400'), '2018-02-18');
  assert.equal(publicationDate('Tue, 1 May 2018 23:59:00 -0500'), '2018-05-01');
  assert.equal(publicationDate('2018-02-18T23:30:00+04:00'), '2018-02-18');
  assert.equal(publicationDate('1518990943'), '2018-02-18');
  assert.equal(publicationDate('2018-02-30'), undefined);
  assert.equal(publicationDate('yesterday'), undefined);
  assert.equal(publicationDate(undefined), undefined);
});

test('an ANT record becomes an article with its metadata', () => {
  const item = recordToItem({
    docno: 'AL-1', url: ' http://x.test/a ', source: 'alarabia', category: 'culture', title: 'عنوان',
    time: 'Sun, 18 Feb 2018 21:35:43 +0400', author: 'x', abstract: 'y', text: 'نص الخبر',
  }, 'f:1');
  assert.ok(item.ok);
  assert.deepEqual(item.article.meta, { id: 'AL-1', url: 'http://x.test/a', outlet: 'alarabia', title: 'عنوان', published: '2018-02-18' });
  assert.equal(item.article.text, 'نص الخبر');
  assert.deepEqual(recordToItem({ docno: 'x' }, 'f:2'), { ok: false, source: 'f:2', reason: 'no text field' });
  assert.equal(recordToItem([1, 2], 'f:3').ok, false);
  assert.equal(recordToItem(null, 'f:4').ok, false);
});

test('reads .jsonl.gz line by line, reporting bad lines and a truncated stream', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-jsonl-'));
  try {
    const body = [JSON.stringify({ docno: 'a', text: 'أ' }), '{not json', '', JSON.stringify({ docno: 'b', text: 'ب' })].join('\n') + '\n';
    const gz = join(dir, 'x.jsonl.gz');
    writeFileSync(gz, gzipSync(Buffer.from(body)));
    const items: SourceItem[] = [];
    for await (const it of readJsonl(gz)) items.push(it);
    assert.deepEqual(items.map((i) => (i.ok ? i.article.meta.id : i.reason)), ['a', 'invalid JSON', 'b']);
    assert.equal(items[1].ok ? '' : items[1].source, `${gz}:2`);
    assert.equal(await countJsonl(gz), 3);

    const broken = join(dir, 'broken.jsonl.gz');
    const full = gzipSync(Buffer.from(body.repeat(50)));
    writeFileSync(broken, full.subarray(0, Math.floor(full.length / 2)));
    const got: SourceItem[] = [];
    for await (const it of readJsonl(broken)) got.push(it);
    assert.ok(got.length >= 1);
    assert.match(got[got.length - 1].ok ? '' : (got[got.length - 1] as { reason: string }).reason, /unreadable|invalid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
