// `isnad eval` end to end: exit codes, the table, --json and --pred.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoldFile } from '../../src/eval/gold.js';
import { goldAsAnalysis } from '../../src/eval/gold-as-analysis.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures/gold');

function isnad(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/isnad.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('usage and input errors: exit 2 and 1 with one line', () => {
  const noGold = isnad('eval');
  assert.equal(noGold.code, 2);
  const missing = isnad('eval', '--gold', '/no/such/dir');
  assert.equal(missing.code, 1);
  assert.equal(missing.err.trim().split('\n').length, 1);
});

test('--pred: perfect, missing, broken and mismatched analyses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-eval-'));
  try {
    const goldDir = join(dir, 'gold');
    const predDir = join(dir, 'pred');
    spawnSync('mkdir', ['-p', goldDir, predDir]);
    for (const id of ['seed-000', 'ant-31', 'ant-32', 'ant-33']) copyFileSync(join(FIXTURES, `${id}.gold.json`), join(goldDir, `${id}.gold.json`));
    const seed = goldAsAnalysis(loadGoldFile(join(goldDir, 'seed-000.gold.json'), 'seed-000'));
    writeFileSync(join(predDir, 'seed-000.json'), JSON.stringify(seed));
    writeFileSync(join(predDir, 'ant-31.json'), '{ not json');
    const a32 = goldAsAnalysis(loadGoldFile(join(goldDir, 'ant-32.gold.json'), 'ant-32'));
    writeFileSync(join(predDir, 'ant-32.json'), JSON.stringify({ ...a32, text: a32.text.trim() + 'x' }));
    // ant-33.json is missing
    const r = isnad('eval', '--gold', goldDir, '--pred', predDir, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const status = Object.fromEntries(j.files.map((f: { id: string; status: string }) => [f.id, f.status]));
    assert.deepEqual(status, { 'ant-31': 'invalid', 'ant-32': 'text-mismatch', 'ant-33': 'missing', 'seed-000': 'ok' });
    const seedScores = j.files.find((f: { id: string }) => f.id === 'seed-000').scores;
    assert.equal(seedScores.statements.attribution.f1, 1);
    assert.ok(j.total.statements.attribution.r < 1 && j.total.statements.attribution.p === 1);
    const table = isnad('eval', '--gold', goldDir, '--pred', predDir, '--verbose');
    assert.equal(table.code, 0);
    assert.match(table.out, /ant-33 {2}\[missing: scored as empty\]/);
    assert.match(table.out, /- missed/);
    assert.match(table.out, /attribution/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
