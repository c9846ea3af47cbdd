import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusTexts } from '../../src/ner/corpus-texts.js';

test('corpusTexts yields title and body per article, skips blank and broken lines, honours the limit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-corpus-'));
  try {
    const path = join(dir, 'c.jsonl.gz');
    const lines = [JSON.stringify({ title: 'عنوان', text: 'نص أول' }), '', '{broken', JSON.stringify({ text: 'نص ثان' }), JSON.stringify({ title: 'ثالث' })];
    writeFileSync(path, gzipSync(lines.join('\n') + '\n'));
    const all: string[] = [];
    for await (const t of corpusTexts(path)) all.push(t);
    assert.deepEqual(all, ['عنوان\nنص أول', '\nنص ثان', 'ثالث\n']);
    const two: string[] = [];
    // the limit counts non-blank lines, the broken one included
    for await (const t of corpusTexts(path, 2)) two.push(t);
    assert.deepEqual(two, ['عنوان\nنص أول']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
