// The registry of sub-commands; each file adds one (or a group).
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
}
