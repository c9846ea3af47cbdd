// Unreachable services are one clear line and a non-zero exit, not a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isnad } from '../ingest/cli.js';

test('unreachable Redis and PostgreSQL, and a worker without PostgreSQL', () => {
  const r = isnad(['ingest', 'README.md', '--queue', '--redis', 'redis://127.0.0.1:1']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^isnad: Redis at redis:\/\/127\.0\.0\.1:1 is unreachable/);
  const p = isnad(['query', 'stats', '--pg', 'postgres://u:secret@127.0.0.1:1/x']);
  assert.equal(p.status, 1);
  assert.match(p.stderr, /^isnad: PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x is unreachable \(ECONNREFUSED\)\n$/);
  const w = isnad(['worker'], { ISNAD_PG: '' });
  assert.equal(w.status, 1);
  assert.match(w.stderr, /needs PostgreSQL|writes to PostgreSQL/);
});
