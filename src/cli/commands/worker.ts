// `isnad worker`: process queued ingest jobs into PostgreSQL until stopped
// (Ctrl-C or SIGTERM finishes the jobs it holds first). Run as many as you like:
// each is one core (one-core.ts: it runs itself with V8's --single-threaded,
// unless --all-v8-threads), so one worker per core scales with the cores.
import type { Command } from 'commander';
import { openStore, storeOptionsFromEnv } from '../../store/open.js';
import { createContext } from '../../analyze/context.js';
import { DEFAULT_CONCURRENCY, DEFAULT_QUEUE, DEFAULT_REDIS } from '../../queue/names.js';
import { UserError } from '../errors.js';
import { isOneCore, rerunOnOneCore, stopWithParent } from '../one-core.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('analyse articles queued by `isnad ingest --queue` and store them in PostgreSQL')
    .option('--pg <url>', 'PostgreSQL URL (or set ISNAD_PG)')
    .option('--redis <url>', 'Redis URL', process.env.ISNAD_REDIS ?? DEFAULT_REDIS)
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE)
    .option('--concurrency <n>', 'jobs held at once: analysed one after another, then written in one transaction (for more CPU, run more processes)', String(DEFAULT_CONCURRENCY))
    .option('--exit-when-idle', 'stop once the queue is empty')
    .option('--kb <file...>', 'extra knowledge-base files')
    .option('--all-v8-threads', "let V8 compile and collect garbage on helper threads too: a lone worker is about 20% faster, but uses more than one core")
    .action(async (opts: { pg?: string; redis: string; queueName: string; concurrency: string; exitWhenIdle?: boolean; kb?: string[]; allV8Threads?: boolean }) => {
      const so = storeOptionsFromEnv({ pg: opts.pg });
      if (!so.pg) throw new UserError('isnad worker writes to PostgreSQL: pass --pg URL or set ISNAD_PG');
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UserError(`--concurrency must be 1 to 64, got "${opts.concurrency}"`);
      if (!opts.allV8Threads && !isOneCore()) {
        process.exitCode = await rerunOnOneCore();
        return;
      }
      const store = await openStore(so);
      let lastError = '';
      const { startWorker } = await import('../../queue/worker.js');
      const handle = await startWorker({
        redis: opts.redis, queueName: opts.queueName, store, ctx: createContext({ kbFiles: opts.kb }), concurrency,
        onFailed: (src, reason) => process.stderr.write(`isnad: worker: failed after retries: ${src}: ${reason}\n`),
        onError: (e) => {
          // connection trouble repeats while it lasts: say it once
          if (e.message !== lastError) process.stderr.write(`isnad: worker: ${e.message}\n`);
          lastError = e.message;
        },
      }).catch(async (e) => {
        await store.close();
        throw e;
      });
      process.stderr.write(`isnad: worker ${process.pid} (${isOneCore() ? 'one core' : 'all V8 threads'}) waiting for jobs on ${opts.queueName}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        stopWithParent(stop);
        if (opts.exitWhenIdle) handle.worker.on('drained', stop);
      });
      await handle.close();
      await store.close();
      const s = handle.stats;
      process.stderr.write(`isnad: worker ${process.pid}: ${s.done} done (${s.created} new, ${s.duplicate} duplicate), ${s.failed} failed\n`);
      if (s.failed) process.exitCode = 1;
    });
}
