// Batch mode, HTML input, sidecars, standard input and the text format.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, isOneLineError } from './run-cli.js';

let dir = '';
let src = '';
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>لافروف في وونسان</title>
<meta property="og:site_name" content="المدى"><meta property="article:published_time" content="2025-07-13T09:00:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>لافروف يزور كوريا الشمالية</h1>
<p>قال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده تدعم روسيا دعما كاملا في كل الظروف. وأضاف أن العلاقات متينة جدا.</p>
<p>ويقوم وزير الخارجية الروسي سيرغي لافروف بزيارة تستغرق ثلاثة أيام إلى كوريا الشمالية التي قدمت قوات وأسلحة لروسيا.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-batch-'));
  src = join(dir, 'in');
  mkdirSync(src);
  writeFileSync(join(src, 'a.txt'), 'متابعة / المدى\nقال كيم إن الزيارة مهمة.\nعن وكالات\n');
  writeFileSync(join(src, 'a.meta.json'), JSON.stringify({ published: '2025-07-13', title: 'عنوان', url: 'https://example.org/a' }));
  writeFileSync(join(src, 'b.html'), PAGE);
  writeFileSync(join(src, 'c.txt'), Buffer.from([0x61, 0xff, 0x62]));
  writeFileSync(join(src, 'notes.md'), 'ignored');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a directory with --out: one NAME.json per input; a bad file is reported, the rest written, exit 1', async () => {
  const out = join(dir, 'out');
  const r = await runCli(['analyze', src, '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /c\.txt: invalid UTF-8 at byte 1/);
  assert.match(r.stderr, /1 of 3 inputs could not be analysed/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.ok(!existsSync(join(out, 'c.json')));
  const a = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'));
  assert.deepEqual(a.doc, {
    id: 'a', lang: 'ar', title: 'عنوان', url: 'https://example.org/a', published: '2025-07-13', desk: 'متابعة', outlet: 'المدى', credit: 'عن وكالات',
  });
  assert.equal(a.sentences.length, 1);
  const b = JSON.parse(readFileSync(join(out, 'b.json'), 'utf8'));
  assert.equal(b.doc.title, 'لافروف يزور كوريا الشمالية');
  assert.equal(b.doc.published, '2025-07-13');
  assert.equal(b.doc.outlet, 'المدى');
  assert.ok(b.text.startsWith('لافروف يزور كوريا الشمالية\n\nقال الزعيم'));
  assert.doesNotMatch(b.text, /الرئيسية|الحقوق/);
  assert.equal(b.sentences.length, 4);
});

test('a directory without --out prints JSON Lines', async () => {
  const clean = join(dir, 'clean');
  mkdirSync(clean);
  writeFileSync(join(clean, 'x.txt'), 'قال كيم.');
  writeFileSync(join(clean, 'y.txt'), 'قال لافروف.');
  const r = await runCli(['analyze', clean]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l).doc.id), ['x', 'y']);
});

test('standard input, HTML recognised; --published is the fallback date', async () => {
  const r = await runCli(['analyze', '-', '--published', '2020-01-02'], PAGE);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.doc.id, 'stdin');
  assert.equal(a.doc.published, '2025-07-13'); // the page's own date wins
  const t = await runCli(['analyze', '-', '--published', '2020-01-02'], 'قال كيم.');
  assert.equal(JSON.parse(t.stdout).doc.published, '2020-01-02');
});

test('--format text: a readable summary', async () => {
  const r = await runCli(['analyze', join(src, 'a.txt'), '--format', 'text']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^عنوان\noutlet: المدى · desk: متابعة · published: 2025-07-13/);
  assert.match(r.stdout, /Statements · التصريحات/);
});

test('directory errors are one line', async () => {
  const empty = join(dir, 'empty-dir');
  mkdirSync(empty);
  const r = await runCli(['analyze', empty]);
  assert.equal(r.code, 1);
  assert.ok(isOneLineError(r.stderr), r.stderr);
});
