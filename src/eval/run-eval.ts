// Gathering gold files and their analyses (read from a directory of
// predictions, or made by the pipeline) and scoring them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { analyzeText } from '../analyze/pipeline.js';
import { createContext } from '../analyze/context.js';
import type { DocMeta } from '../model/analysis.js';
import { type Gold, loadGoldFile, readUtf8 } from './gold.js';
import { type FileScore, scoreFile } from './score.js';

const GOLD_SUFFIX = '.gold.json';

/** `*.gold.json` in a directory (sorted), or the one file given. */
export function listGoldFiles(path: string): string[] {
  if (!existsSync(path)) throw new UserError(`${path}: no such file or directory`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path).filter((n) => n.endsWith(GOLD_SUFFIX)).sort().map((n) => join(path, n));
  if (!files.length) throw new UserError(`${path}: no *${GOLD_SUFFIX} files`);
  return files;
}

export function goldName(path: string): string {
  const b = basename(path);
  return b.endsWith(GOLD_SUFFIX) ? b.slice(0, -GOLD_SUFFIX.length) : b.replace(/\.json$/, '');
}

export function loadGolds(path: string): Gold[] {
  return listGoldFiles(path).map((f) => loadGoldFile(f, goldName(f)));
}

/** The metadata the pipeline gets for a gold text: its id, date and string meta fields. */
export function goldMeta(gold: Gold, published?: string): Partial<DocMeta> {
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(gold.meta ?? {})) if (typeof v === 'string') meta[k] = v;
  const date = gold.published ?? published;
  return { ...meta, id: gold.id, ...(date ? { published: date } : {}) };
}

/** Score NAME.json for gold NAME; a missing or unparsable file is scored as empty. */
function scorePrediction(dir: string, gold: Gold): FileScore {
  const path = join(dir, `${gold.id}.json`);
  if (!existsSync(path)) return scoreFile(gold, undefined);
  const raw = readUtf8(path);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return scoreFile(gold, undefined, `${path}: not valid JSON (${(e as Error).message})`);
  }
  return scoreFile(gold, json);
}

export interface EvalOptions {
  pred?: string;
  /** reference date for gold files without `published` */
  published?: string;
}

export function evaluate(golds: Gold[], opts: EvalOptions = {}): FileScore[] {
  if (opts.pred !== undefined) {
    if (!existsSync(opts.pred) || !statSync(opts.pred).isDirectory()) throw new UserError(`${opts.pred}: not a directory`);
    return golds.map((g) => scorePrediction(opts.pred!, g));
  }
  const ctx = createContext({ published: opts.published });
  return golds.map((g) => {
    let analysis: unknown;
    try {
      analysis = analyzeText(g.text, goldMeta(g, opts.published), ctx);
    } catch (e) {
      // One failing stage must not hide the scores of the other files.
      return scoreFile(g, undefined, `the pipeline failed: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}`);
    }
    return scoreFile(g, analysis);
  });
}
