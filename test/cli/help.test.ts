// `--help` works on the program and on every registered command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

test('--help exits 0 on the program and on every command', async () => {
  const top = await runCli(['--help']);
  assert.equal(top.code, 0, top.stderr);
  const section = top.stdout.split(/^Commands:$/m)[1] ?? '';
  const commands = [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]).filter((c) => c !== 'help');
  assert.ok(commands.includes('analyze'), top.stdout);
  const results = await Promise.all(commands.map((c) => runCli([c, '--help'])));
  for (const [i, r] of results.entries()) {
    assert.equal(r.code, 0, `${commands[i]} --help: ${r.stderr}`);
    assert.match(r.stdout, /Usage:/);
  }
});
