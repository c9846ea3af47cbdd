// The registry of sub-commands; each file adds one (or a group). Loading a
// command pulls in its whole stack (the pipeline's lexicons, the store, the
// server), so only the command being run is loaded; help and unknown names
// load them all so that they can be listed.
import type { Command } from 'commander';

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./analyze.js')).registerAnalyze,
  tag: async () => (await import('./tag.js')).registerTag,
  eval: async () => (await import('./eval.js')).registerEval,
  serve: async () => (await import('./serve.js')).registerServe,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  query: async () => (await import('./query.js')).registerQuery,
  worker: async () => (await import('./worker.js')).registerWorker,
};
// commands registered by another command's file
const ALIASES: Record<string, string> = { start: 'serve' };

export async function registerCommands(program: Command, argv: string[] = process.argv): Promise<void> {
  const name = argv[2];
  if (name === '--version' || name === '-V') return;
  const key = name && (COMMANDS[name] ? name : ALIASES[name]);
  const chosen = key ? [key] : Object.keys(COMMANDS);
  for (const k of chosen) (await COMMANDS[k]())(program);
}
