import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { runStoreSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-sqlite-'));
runStoreSuite('SQLite', () => openStore({ db: join(dir, 'test.db') }), async () => rmSync(dir, { recursive: true, force: true }));
