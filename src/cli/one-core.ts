// Running a command as a one-core process. V8 normally compiles and collects
// garbage on helper threads as well: a worker that analyses on one thread
// then keeps about 1.2 cores busy, so N workers on N cores overcommit the
// machine and scale worse than linearly (docs/bench.md). With
// `--single-threaded` V8 does that work on the main thread and a worker is
// exactly one core. The flag cannot be set from inside a running process
// (nor through NODE_OPTIONS), so the command runs itself again with it.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export const ONE_CORE_FLAG = '--single-threaded';

export function isOneCore(): boolean {
  return process.execArgv.includes(ONE_CORE_FLAG);
}

/**
 * Run this same command line in a child process started with --single-threaded and
 * resolve with its exit code. The child has its own process group, so a Ctrl-C reaches
 * it once, forwarded from here; it watches the IPC channel and stops when this
 * process dies.
 */
export function rerunOnOneCore(): Promise<number> {
  const child = spawn(process.execPath, [ONE_CORE_FLAG, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  const forward = (sig: NodeJS.Signals) => () => {
    child.kill(sig);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/** In a child started by rerunOnOneCore: call `stop` when the parent goes away. */
export function stopWithParent(stop: () => void): void {
  if (!process.send || !process.connected) return;
  process.once('disconnect', stop);
  // the channel alone must not keep this process running once its work is done
  process.channel?.unref();
}
