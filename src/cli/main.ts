// The `isnad` command. Each sub-command lives in its own file under
// commands/ and registers itself on the program.
import { Command, CommanderError } from 'commander';
import { UserError, EXIT } from './errors.js';
import { registerCommands } from './commands/index.js';

const program = new Command();
program
  .name('isnad')
  .description('Who said what, according to whom, about whom, and what happened — in Arabic news.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

await registerCommands(program);

function fail(err: unknown): never {
  if (err instanceof CommanderError) {
    // help and version exit with 0; everything else commander reports is usage
    process.exit(err.exitCode === 0 ? EXIT.OK : EXIT.USAGE);
  }
  if (err instanceof UserError) {
    process.stderr.write(`isnad: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  const e = err as NodeJS.ErrnoException;
  if (e && (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR' || e.code === 'ENOTDIR')) {
    process.stderr.write(`isnad: ${e.message}\n`);
    process.exit(EXIT.USER);
  }
  if (e && e.code === 'EPIPE') process.exit(EXIT.OK);
  process.stderr.write(`isnad: internal error: ${(e && e.stack) || String(err)}\n`);
  process.exit(3);
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.OK);
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  fail(err);
}
