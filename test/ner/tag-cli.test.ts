import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/isnad.js');
const model = join(root, 'data/models/ner.bin');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input });

const CONLL = [
  'قال O', 'وزير O', 'الخارجية O', 'الروسي O', 'سيرغي B-PERS', 'لافروف I-PERS', '،', 'إن', 'روسيا', 'ستدعم', 'كوريا', 'الشمالية', '.', '', '',
  'وأعلنت', 'الأمم', 'المتحدة', 'في', 'جنيف', '.', '',
].join('\n');

test('isnad tag --conll: same tokens, valid IOB tags, blank lines kept', { skip: existsSync(model) ? false : 'no trained model in data/models' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-tag-'));
  try {
    const f = join(dir, 'in.conll');
    writeFileSync(f, CONLL);
    const r = run(['tag', '--conll', f]);
    assert.equal(r.status, 0, r.stderr);
    const inLines = CONLL.split('\n').slice(0, -1);
    const outLines = r.stdout.split('\n').slice(0, -1);
    assert.equal(outLines.length, inLines.length);
    let prev = 'O';
    for (let i = 0; i < inLines.length; i++) {
      if (!inLines[i]) {
        assert.equal(outLines[i], '');
        prev = 'O';
        continue;
      }
      const [tok, tag] = outLines[i].split('\t');
      assert.equal(tok, inLines[i].split(' ')[0]);
      assert.match(tag, /^(O|[BI]-(PERS|ORG|LOC|MISC))$/);
      if (tag.startsWith('I-')) assert.ok(prev !== 'O' && prev.slice(2) === tag.slice(2), `I- after ${prev}`);
      prev = tag;
    }
    // the trained model finds the obvious names
    const tagOf = (w: string) => outLines.find((l) => l.startsWith(w + '\t'))!.split('\t')[1];
    assert.equal(tagOf('لافروف'), 'I-PERS');
    assert.equal(tagOf('جنيف'), 'B-LOC');
    // stdin works too
    const s = run(['tag', '--conll', '-'], 'باريس\n');
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, /^باريس\t[BIO]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('isnad tag: errors are one line, exit 1; usage exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-tag-'));
  try {
    const missing = run(['tag', '--conll', join(dir, 'nope.conll')]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    const badUtf8 = join(dir, 'bad.conll');
    writeFileSync(badUtf8, Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x0a]));
    const b = run(['tag', '--conll', badUtf8]);
    assert.equal(b.status, 1);
    if (existsSync(model)) assert.match(b.stderr, /UTF-8/);
    const binary = join(dir, 'bin.conll');
    writeFileSync(binary, Buffer.from([0x61, 0x00, 0x62]));
    assert.equal(run(['tag', '--conll', binary]).status, 1);
    assert.equal(run(['tag']).status, 2);
    const help = run(['tag', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--conll/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
