// The registry of sub-commands; each file adds one (or a group).
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerTag } from './tag.js';
import { registerEval } from './eval.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
  registerTag(program);
  registerEval(program);
}
