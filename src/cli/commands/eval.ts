// `isnad eval`: scores analyses against gold files (SPEC §4), and
// `isnad eval ner`: CoNLL-style entity scores for a tagged token file.
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { evaluate, loadGolds } from '../../eval/run-eval.js';
import { totalCounts } from '../../eval/score.js';
import { formatSummary, summarize } from '../../eval/summary.js';
import { formatFileFindings } from '../../eval/verbose.js';
import { conllSummary, formatConll, parseConll, scoreConll, splitColumns, type Sentence } from '../../eval/conll.js';
import { tagWithPipeline } from '../../eval/conll-pipeline.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

interface EvalOpts {
  gold?: string;
  pred?: string;
  json?: boolean;
  verbose?: boolean;
  published?: string;
}

interface NerOpts {
  conll?: string;
  pred?: string;
  json?: boolean;
  published?: string;
  limit?: string;
}

function readTextFile(path: string): string {
  if (!existsSync(path)) throw new UserError(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new UserError(`${path}: is a directory`);
  return readFileSync(path, 'utf8');
}

function tagColumn(sentences: Sentence[]): string[][] {
  return sentences.map((s) => s.map((r) => r.cols[0]!));
}

function runNer(opts: NerOpts): void {
  if (!opts.conll) throw new UserError('eval ner needs --conll FILE', 2);
  if (opts.published && !DATE_RE.test(opts.published)) throw new UserError(`--published must be YYYY-MM-DD, got "${opts.published}"`, 2);
  const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
  if (!(limit > 0)) throw new UserError(`--limit must be a positive number of sentences, got "${opts.limit}"`, 2);
  let sentences = parseConll(readTextFile(opts.conll), opts.conll);
  if (!sentences.length) throw new UserError(`${opts.conll}: no tokens`);
  sentences = sentences.slice(0, limit);
  let gold: string[][];
  let pred: string[][];
  const width = Math.min(...sentences.flat().map((r) => r.cols.length));
  if (opts.pred) {
    if (width !== 1) throw new UserError(`${opts.conll}: with --pred the gold file must have two columns (token TAG)`);
    const ps = parseConll(readTextFile(opts.pred), opts.pred).slice(0, limit);
    const flatG = sentences.flat();
    const flatP = ps.flat();
    if (flatG.length !== flatP.length) throw new UserError(`${opts.pred}: ${flatP.length} tokens, but ${opts.conll} has ${flatG.length}`);
    const bad = flatG.findIndex((r, i) => r.token !== flatP[i]!.token);
    if (bad >= 0) throw new UserError(`${opts.pred}: token ${bad + 1} is "${flatP[bad]!.token}", expected "${flatG[bad]!.token}"`);
    gold = tagColumn(sentences);
    // Sentence breaks come from the gold file; the tags are aligned token by token.
    const tags = flatP.map((r) => r.cols[0]!);
    let k = 0;
    pred = gold.map((s) => s.map(() => tags[k++]!));
  } else if (width >= 2) {
    ({ gold, pred } = splitColumns(sentences, opts.conll));
  } else {
    gold = tagColumn(sentences);
    pred = tagWithPipeline(sentences, opts.published);
  }
  const score = scoreConll(gold, pred);
  process.stdout.write((opts.json ? JSON.stringify(conllSummary(score), null, 1) : formatConll(score)) + '\n');
}

export function registerEval(program: Command): void {
  const cmd = program
    .command('eval')
    .description('score analyses against gold files (SPEC.md §4); without --pred the pipeline analyses the gold texts')
    .option('--gold <dir>', 'a directory of NAME.gold.json files (or one such file)')
    .option('--pred <dir>', 'a directory of NAME.json analyses to score instead of running the pipeline')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'list per file and layer what was missed, wrong or spurious, with its text')
    .option('--published <date>', 'reference date YYYY-MM-DD for gold files that carry none')
    .action((opts: EvalOpts) => {
      if (!opts.gold) throw new UserError('eval needs --gold DIR (run with --help for usage)', 2);
      if (opts.published && !DATE_RE.test(opts.published)) throw new UserError(`--published must be YYYY-MM-DD, got "${opts.published}"`, 2);
      const golds = loadGolds(opts.gold);
      const files = evaluate(golds, { pred: opts.pred, published: opts.published });
      const summary = summarize(totalCounts(files));
      if (opts.json) {
        const perFile = files.map((f) => ({
          id: f.id, status: f.status, problems: f.problems, scores: summarize(f.counts),
          ...(opts.verbose ? { findings: f.findings } : {}),
        }));
        process.stdout.write(JSON.stringify({ files: perFile, total: summary }, null, 1) + '\n');
        return;
      }
      const out: string[] = [];
      if (opts.verbose) for (const f of files) out.push(formatFileFindings(f), '');
      else {
        for (const f of files) if (f.status !== 'ok') out.push(`${f.id}: ${f.status}, scored as empty: ${f.problems[0] ?? ''}`);
        if (out.length) out.push('');
      }
      out.push(formatSummary(summary, files.length));
      process.stdout.write(out.join('\n') + '\n');
    });

  cmd
    .command('ner')
    .description('CoNLL-style entity P/R/F1 per type for a token-per-line NER file')
    .option('--conll <file>', 'token GOLD PREDICTED lines, or token TAG lines (then --pred FILE, or the pipeline predicts)')
    .option('--pred <file>', 'token TAG lines with the predicted tags, aligned with --conll')
    .option('--limit <n>', 'score only the first N sentences')
    .option('--published <date>', 'reference date when the pipeline predicts')
    .option('--json', 'print the scores as JSON')
    .action((opts: NerOpts) => runNer(opts));
}
