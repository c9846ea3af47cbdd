// The registry of sub-commands; each file adds one (or a group).
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerTag } from './tag.js';
import { registerEval } from './eval.js';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerWorker } from './worker.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
  registerTag(program);
  registerEval(program);
  registerServe(program);
  registerIngest(program);
  registerQuery(program);
  registerWorker(program);
}
