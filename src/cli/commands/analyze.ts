// `isnad analyze FILE|DIR|-`: the SPEC analysis of articles.
import type { Command } from 'commander';
import { readFileSync, existsSync, statSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import { analyzeDoc } from '../../analyze/pipeline.js';
import { createContext } from '../../analyze/context.js';
import { toAnalysis } from '../../analyze/doc.js';
import { readArticleFile, decodeArticleBytes } from '../../ingest/read-text.js';
import { UserError } from '../errors.js';
import type { DocMeta } from '../../model/analysis.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function readSidecar(path: string): Partial<DocMeta> {
  const side = path.replace(/\.(txt|html?)$/i, '') + '.meta.json';
  if (!existsSync(side)) return {};
  try {
    const m = JSON.parse(readFileSync(side, 'utf8'));
    const out: Partial<DocMeta> = {};
    for (const k of ['published', 'title', 'outlet', 'url'] as const) if (typeof m[k] === 'string') out[k] = m[k];
    return out;
  } catch (e) {
    throw new UserError(`${side}: not valid JSON (${(e as Error).message})`);
  }
}

function listInputs(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.(txt|html?)$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse Arabic articles and print the isnad.analysis/1 JSON (SPEC.md)')
    .argument('<input>', 'a .txt/.html file, a directory of them, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD, the reference for relative dates')
    .option('--format <fmt>', 'json or text (a readable summary)', 'json')
    .option('--out <dir>', 'write one NAME.json per input into DIR (batch mode)')
    .option('--kb <file...>', 'extra knowledge-base files')
    .action(async (input: string, opts: { published?: string; format: string; out?: string; kb?: string[] }) => {
      if (opts.published && !DATE_RE.test(opts.published)) throw new UserError(`--published must be YYYY-MM-DD, got "${opts.published}"`);
      if (opts.format !== 'json' && opts.format !== 'text') throw new UserError(`--format must be json or text, got "${opts.format}"`);
      const ctx = createContext({ published: opts.published, kbFiles: opts.kb });
      let inputs: Array<{ name: string; text: string; meta: Partial<DocMeta> }> = [];
      if (input === '-') {
        const chunks: Buffer[] = [];
        for await (const c of process.stdin) chunks.push(c as Buffer);
        inputs.push({ name: 'stdin', text: decodeArticleBytes(Buffer.concat(chunks), 'stdin'), meta: { id: 'stdin' } });
      } else {
        if (!existsSync(input)) throw new UserError(`${input}: no such file or directory`);
        const files = statSync(input).isDirectory() ? listInputs(input) : [input];
        if (!files.length) throw new UserError(`${input}: no .txt or .html files`);
        inputs = files.map((f) => ({ name: f, text: '', meta: { id: basename(f, extname(f)), ...readSidecar(f) } }));
      }
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      for (const inp of inputs) {
        const text = inp.text || readArticleFile(inp.name);
        const doc = analyzeDoc(text, inp.meta, ctx);
        for (const w of doc.warnings) process.stderr.write(`isnad: ${inp.name}: warning: ${w}\n`);
        const analysis = toAnalysis(doc);
        if (opts.out) writeFileSync(join(opts.out, `${inp.meta.id}.json`), JSON.stringify(analysis, null, 1));
        else process.stdout.write(JSON.stringify(analysis, null, 1) + '\n');
      }
    });
}
