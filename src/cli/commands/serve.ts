// `isnad serve` (the API and web UI over a store) and `isnad start` (the
// README's main job: make sure the embedded database holds the shipped
// examples, build the UI if needed, then serve it).
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { openStore, storeOptionsFromEnv } from '../../store/open.js';
import { createContext } from '../../analyze/context.js';
import { buildServer, isLoopback } from '../../server/app.js';
import { ensureWebBuilt } from '../../server/web-build.js';
import { readSources } from '../../ingest/sources.js';
import { ingest } from '../../ingest/ingest.js';
import { formatSummary } from '../../ingest/summary.js';
import { UserError } from '../errors.js';
import type { Store } from '../../store/store.js';
import { makeIngestUrls } from '../../ingest/ingest-urls.js';

interface ServeOptions {
  db?: string;
  pg?: string;
  host: string;
  port: string;
  apiKey?: string;
  cors?: string;
  allowPrivate?: boolean;
}

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port must be 0–65535, got "${v}"`);
  return n;
}

async function serve(store: Store, opts: ServeOptions): Promise<void> {
  const apiKey = opts.apiKey ?? process.env.ISNAD_API_KEY;
  if (!isLoopback(opts.host) && !apiKey) throw new UserError(`serving on ${opts.host} exposes the API: set --api-key or ISNAD_API_KEY`);
  const app = await buildServer({ store, host: opts.host, apiKey, corsOrigin: opts.cors, ingestUrls: makeIngestUrls(store, createContext(), { allowPrivate: !!opts.allowPrivate }) });
  try {
    await app.listen({ host: opts.host, port: port(opts.port) });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new UserError(`port ${opts.port} on ${opts.host} is in use (try --port)`);
    if (err.code === 'EADDRNOTAVAIL') throw new UserError(`cannot bind to ${opts.host}`);
    throw e;
  }
  const addr = app.server.address();
  const shown = typeof addr === 'object' && addr ? `http://${opts.host === '127.0.0.1' ? 'localhost' : opts.host}:${addr.port}` : String(addr);
  process.stderr.write(`isnad: serving ${shown}  (API docs: ${shown}/docs; Ctrl-C to stop)\n`);
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function serveOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file (default isnad.db)')
    .option('--pg <url>', 'use PostgreSQL instead (or set ISNAD_PG)')
    .option('--host <addr>', 'address to bind (beyond loopback an API key is required)', '127.0.0.1')
    .option('--port <n>', 'port', process.env.PORT ?? '8080')
    .option('--api-key <key>', 'API key for write endpoints (or ISNAD_API_KEY)')
    .option('--cors <origin>', 'allow this origin to call the API from a browser (off by default)')
    .option('--allow-private', 'let /api/ingest fetch loopback and private addresses');
}

export function registerServe(program: Command): void {
  serveOptions(program.command('serve').description('serve the HTTP API and the web UI over the library')).action(async (opts: ServeOptions) => {
    await ensureWebBuilt(() => process.stderr.write('isnad: building the web UI (first start only)…\n'));
    const store = await openStore(storeOptionsFromEnv(opts));
    await serve(store, opts);
  });

  serveOptions(program.command('start').description('the main job: store the shipped example articles (first run) and serve the UI on http://localhost:8080')).action(async (opts: ServeOptions) => {
    await ensureWebBuilt(() => process.stderr.write('isnad: building the web UI (first start only)…\n'));
    const store = await openStore(storeOptionsFromEnv(opts));
    const counts = await store.counts();
    if (counts.articles === 0) {
      process.stderr.write('isnad: first start: analysing the example articles…\n');
      const s = await ingest(store, readSources([EXAMPLES + 'seed-000.txt', EXAMPLES + 'demo/jawharafm-demo.jsonl']), { ctx: createContext() });
      process.stderr.write(`isnad: ${formatSummary(s)}\n`);
    }
    await serve(store, opts);
  });
}
