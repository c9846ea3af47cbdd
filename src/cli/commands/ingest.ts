// `isnad ingest SOURCE…`: read articles from files, directories, JSONL dumps,
// HTML pages, feeds and URLs; analyse each new one and store it (SQLite by
// default, PostgreSQL with --pg), or queue them for workers with --queue.
import type { Command } from 'commander';
import { openStore, storeOptionsFromEnv } from '../../store/open.js';
import { createContext } from '../../analyze/context.js';
import { formatSummary, type IngestSummary } from '../../ingest/summary.js';
import { DEFAULT_REDIS, DEFAULT_QUEUE } from '../../queue/names.js';
import { UserError } from '../errors.js';

interface IngestCliOptions {
  db?: string;
  pg?: string;
  batch: string;
  progress?: boolean;
  json?: boolean;
  allowPrivate?: boolean;
  published?: string;
  kb?: string[];
  queue?: boolean;
  redis: string;
  queueName: string;
  threads?: string;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new UserError(`${name} must be a whole number from 1 to 100000, got "${v}"`);
  return n;
}

function report(s: IngestSummary, json: boolean | undefined): void {
  if (json) process.stdout.write(JSON.stringify(s) + '\n');
  process.stderr.write(`isnad: ${formatSummary(s)}\n`);
  // some bad inputs among many are reported, not fatal; nothing usable at all is
  if (s.read > 0 && s.failed === s.read) process.exitCode = 1;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse and store articles: .txt/.html files, directories, .jsonl[.gz] dumps, RSS/Atom feeds, http(s) URLs')
    .argument('<source...>', 'files, directories or URLs')
    .option('--db <file>', 'SQLite database file (default isnad.db)')
    .option('--pg <url>', 'store in PostgreSQL instead (or set ISNAD_PG)')
    .option('--batch <n>', 'articles per transaction', '100')
    .option('--progress', 'show the progress bar even when stderr is not a terminal')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--allow-private', 'allow fetching from loopback and private network addresses')
    .option('--published <date>', 'reference date YYYY-MM-DD for articles without one')
    .option('--kb <file...>', 'extra knowledge-base files')
    .option('--threads <n>', 'analysis threads (default: cores − 1, at most 8; 0 = analyse on the main thread)')
    .option('--queue', 'put the articles on the work queue for `isnad worker` instead of analysing here')
    .option('--redis <url>', 'Redis for --queue', process.env.ISNAD_REDIS ?? DEFAULT_REDIS)
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE)
    .action(async (sources: string[], opts: IngestCliOptions) => {
      const batchSize = positiveInt(opts.batch, '--batch');
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new UserError(`--published must be YYYY-MM-DD, got "${opts.published}"`);
      // readers (HTML, feeds, HTTP) and the progress bar load only for this command
      const [{ readSources, countSources }, { ingest }, { progressBar }, { defaultThreads }] = await Promise.all([
        import('../../ingest/sources.js'), import('../../ingest/ingest.js'), import('../../ingest/progress.js'), import('../../ingest/analyze-pool.js'),
      ]);
      const threads = opts.threads === undefined ? defaultThreads() : Number(opts.threads);
      if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UserError(`--threads must be 0 to 64, got "${opts.threads}"`);
      const srcOpts = { fetch: { allowPrivate: !!opts.allowPrivate } };
      const total = process.stderr.isTTY || opts.progress ? await countSources(sources) : 0;
      const bar = progressBar(total, !!opts.progress);
      let stop = false;
      const onSigint = () => {
        if (stop) process.exit(130);
        stop = true; // finish the open batch, then report
      };
      process.on('SIGINT', onSigint);
      try {
        if (opts.queue) {
          // BullMQ loads only when queueing
          const { enqueueSources } = await import('../../queue/enqueue.js');
          const s = await enqueueSources(readSources(sources, srcOpts), {
            redis: opts.redis, queueName: opts.queueName, published: opts.published, onProgress: (x) => bar.update(x), shouldStop: () => stop,
          });
          bar.stop();
          process.stderr.write(`isnad: queued for workers on ${opts.queueName}\n`);
          report(s, opts.json);
          return;
        }
        const store = await openStore(storeOptionsFromEnv(opts));
        try {
          const s = await ingest(store, readSources(sources, srcOpts), {
            ctx: createContext({ published: opts.published, kbFiles: opts.kb }), threads, batchSize, onProgress: (x) => bar.update(x), shouldStop: () => stop,
          });
          bar.stop();
          report(s, opts.json);
        } finally {
          await store.close();
        }
      } finally {
        bar.stop();
        process.off('SIGINT', onSigint);
      }
    });
}
