// `isnad analyze` on the inputs users actually have: empty, binary, broken
// UTF-8, huge, not Arabic, bidi controls, CRLF, missing — each answered with
// a valid analysis or one clear line, never a stack trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, isOneLineError } from './run-cli.js';

let dir = '';
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const opts = { concurrency: 4 };

test('bad input', opts, async (t) => {
  await t.test('empty file: a valid analysis with empty layers', async () => {
    const r = await runCli(['analyze', file('empty.txt', '')]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.schema, 'isnad.analysis/1');
    assert.equal(a.text, '');
    for (const k of ['sentences', 'entities', 'statements', 'events', 'quantities', 'times']) assert.deepEqual(a[k], []);
  });

  await t.test('binary file: exit 1, one line', async () => {
    const r = await runCli(['analyze', file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))]);
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
    assert.match(r.stderr, /binary/);
  });

  await t.test('invalid UTF-8: exit 1, says the byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('قال لافروف', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from(' نص', 'utf8')]);
    const r = await runCli(['analyze', file('bad-utf8.txt', bytes)]);
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
    assert.match(r.stderr, new RegExp(`invalid UTF-8 at byte ${Buffer.byteLength('قال لافروف')}\\b`));
  });

  await t.test('over 10 MB: refused with the limit, exit 1', async () => {
    const r = await runCli(['analyze', file('huge.txt', Buffer.alloc(10 * 1024 * 1024 + 10, 'ا'))]);
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
    assert.match(r.stderr, /10485760-byte \(10 MB\) limit/);
  });

  await t.test('over 10 MB on standard input: refused too', async () => {
    const r = await runCli(['analyze', '-'], Buffer.alloc(10 * 1024 * 1024 + 10, 'a'));
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
  });

  await t.test('non-Arabic text: exit 0, lang set, warning on stderr', async () => {
    const r = await runCli(['analyze', file('en.txt', 'The minister said that the talks with the delegation were useful.\n')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).doc.lang, 'en');
    assert.match(r.stderr, /warning: text is not Arabic/);
  });

  await t.test('mixed RTL/LTR with bidi controls: offsets index the original', async () => {
    const text = '\u202bقال مسؤول في \u200eCNN\u200e إن 32 شخصا قتلوا.\u202c وأضاف \u2067"Reuters"\u2069 أن الوضع هادئ.\n';
    const r = await runCli(['analyze', file('bidi.txt', text)]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.text, text);
    assert.equal(a.sentences.length, 2);
    assert.equal(text.slice(a.sentences[0].start, a.sentences[0].end), 'قال مسؤول في \u200eCNN\u200e إن 32 شخصا قتلوا.');
  });

  await t.test('CRLF line ends: kept in the text; sentences do not include them', async () => {
    const text = 'العنوان\r\n\r\nقال مسؤول إن الوضع هادئ.\r\nوأضاف أن الزيارة مهمة.\r\n';
    const r = await runCli(['analyze', file('crlf.txt', text)]);
    const a = JSON.parse(r.stdout);
    assert.equal(a.text, text);
    assert.deepEqual(a.sentences.map((s: { start: number; end: number }) => text.slice(s.start, s.end)), [
      'العنوان', 'قال مسؤول إن الوضع هادئ.', 'وأضاف أن الزيارة مهمة.',
    ]);
  });

  await t.test('a leading BOM is removed and nothing else', async () => {
    const r = await runCli(['analyze', file('bom.txt', '\ufeffقال.  \n')]);
    assert.equal(JSON.parse(r.stdout).text, 'قال.  \n');
  });

  await t.test('missing file: exit 1, one line', async () => {
    const r = await runCli(['analyze', join(dir, 'nope.txt')]);
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
  });

  await t.test('bad option or value: exit 2 / 1, no stack', async () => {
    const r = await runCli(['analyze', '--no-such-option', 'x.txt']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const f = await runCli(['analyze', '--format', 'xml', file('x.txt', 'نص')]);
    assert.equal(f.code, 2);
    const p = await runCli(['analyze', '--published', '13/07/2025', file('y.txt', 'نص')]);
    assert.equal(p.code, 1);
    assert.ok(isOneLineError(p.stderr), p.stderr);
  });

  await t.test('a broken sidecar is one line, exit 1', async () => {
    file('side.meta.json', '{ not json');
    const r = await runCli(['analyze', file('side.txt', 'نص')]);
    assert.equal(r.code, 1);
    assert.ok(isOneLineError(r.stderr), r.stderr);
  });
});
