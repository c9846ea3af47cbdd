import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { UserError } from '../../src/cli/errors.js';

test('migrations are numbered, applied once, and a newer database is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-mig-'));
  try {
    const path = join(dir, 'x.db');
    await (await openStore({ db: path })).close();
    await (await openStore({ db: path })).close();
    const c = new Database(path);
    const versions = c.prepare('SELECT version FROM schema_version ORDER BY version').all().map((r) => (r as { version: number }).version);
    assert.deepEqual(versions, Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    c.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_VERSION + 1);
    c.close();
    await assert.rejects(openStore({ db: path }), (e) => e instanceof UserError && /newer than this isnad/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a directory or a missing file (for reading) is a clear error', async () => {
  await assert.rejects(openStore({ db: tmpdir() }), /is a directory/);
  await assert.rejects(openStore({ db: join(tmpdir(), 'surely-missing-isnad.db'), mustExist: true }), /no such database/);
});
