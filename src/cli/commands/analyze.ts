// `isnad analyze FILE|DIR|-`: the SPEC analysis of articles, as JSON or as a
// readable summary; one NAME.json per input with --out (batch mode, with a
// progress bar on a terminal). A bad file in a batch is reported and
// skipped; the exit status then says that something failed.
import type { Command } from 'commander';
import { readFileSync, existsSync, statSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { analyzeDoc } from '../../analyze/pipeline.js';
import { createContext, type Context } from '../../analyze/context.js';
import { toAnalysis } from '../../analyze/doc.js';
import { readArticle, decodeArticleBytes, articleFromContent, looksLikeHtml, MAX_INPUT_BYTES, type ArticleInput } from '../../ingest/read-text.js';
import { formatAnalysisText } from '../format-text.js';
import { UserError, EXIT } from '../errors.js';
import type { DocMeta } from '../../model/analysis.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const INPUT_RE = /\.(txt|html?|xhtml)$/i;

interface AnalyzeFlags {
  published?: string;
  format: string;
  out?: string;
  kb?: string[];
  progress?: boolean;
}

interface Input {
  /** what the user knows it by (path or "stdin") */
  label: string;
  /** the output name, NAME of NAME.json */
  id: string;
  read(): ArticleInput;
  sidecar(): Partial<DocMeta>;
}

function validDate(s: string): boolean {
  return DATE_RE.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));
}

/** NAME.meta.json next to NAME.txt / NAME.html: published, title, outlet, url. */
function readSidecar(path: string): Partial<DocMeta> {
  const side = path.replace(INPUT_RE, '') + '.meta.json';
  if (!existsSync(side)) return {};
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(side, 'utf8'));
  } catch (e) {
    throw new UserError(`${side}: not valid JSON (${(e as Error).message})`);
  }
  if (!m || typeof m !== 'object' || Array.isArray(m)) throw new UserError(`${side}: expected a JSON object`);
  const rec = m as Record<string, unknown>;
  const out: Partial<DocMeta> = {};
  for (const k of ['published', 'title', 'outlet', 'url', 'desk', 'credit'] as const) {
    if (typeof rec[k] === 'string' && rec[k]) out[k] = rec[k] as string;
  }
  if (out.published && !validDate(out.published)) throw new UserError(`${side}: "published" must be YYYY-MM-DD, got "${out.published}"`);
  return out;
}

function listInputs(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => INPUT_RE.test(n) && statSync(join(dir, n)).isFile())
    .sort()
    .map((n) => join(dir, n));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UserError(`stdin: over the ${MAX_INPUT_BYTES}-byte (10 MB) limit for one article`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

function fileInput(path: string): Input {
  return { label: path, id: basename(path, extname(path)), read: () => readArticle(path), sidecar: () => readSidecar(path) };
}

async function collectInputs(input: string): Promise<{ inputs: Input[]; batch: boolean }> {
  if (input === '-') {
    const text = decodeArticleBytes(await readStdin(), 'stdin');
    const article = articleFromContent(text, looksLikeHtml(text));
    return { inputs: [{ label: 'stdin', id: 'stdin', read: () => article, sidecar: () => ({}) }], batch: false };
  }
  if (!existsSync(input)) throw new UserError(`${input}: no such file or directory`);
  if (statSync(input).isDirectory()) {
    const files = listInputs(input);
    if (!files.length) throw new UserError(`${input}: no .txt or .html files`);
    return { inputs: files.map(fileInput), batch: true };
  }
  return { inputs: [fileInput(input)], batch: false };
}

interface Result {
  output: string;
  warnings: string[];
}

function analyzeOne(inp: Input, ctx: Context, format: string, pretty: boolean): Result {
  const article = inp.read();
  // the sidecar is the most specific source; then what the page itself says; then the text's own frame lines
  const meta: Partial<DocMeta> = { id: inp.id, ...article.meta, ...inp.sidecar() };
  const doc = analyzeDoc(article.text, meta, ctx);
  const analysis = toAnalysis(doc);
  const output = format === 'text' ? formatAnalysisText(analysis, doc.warnings) : JSON.stringify(analysis, null, pretty ? 2 : undefined);
  return { output, warnings: doc.warnings };
}

function progressBar(total: number, forced: boolean): SingleBar | undefined {
  const tty = Boolean(process.stderr.isTTY);
  if (!tty && !forced) return undefined; // no bar in CI logs unless asked for
  const bar = new SingleBar(
    { stream: process.stderr, noTTYOutput: !tty, notTTYSchedule: 2000, format: 'analyze [{bar}] {value}/{total} {file}', hideCursor: tty },
    Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse Arabic articles and print the isnad.analysis/1 JSON (SPEC.md) or a readable summary')
    .argument('<input>', 'a .txt/.html file, a directory of them, or - for standard input (HTML is recognised)')
    .option('--published <date>', 'publication date YYYY-MM-DD: the reference for relative dates when the article has none (NAME.meta.json wins)')
    .option('--format <fmt>', 'json or text (a readable summary)', 'json')
    .option('--out <dir>', 'write one NAME.json (or NAME.txt with --format text) per input into DIR')
    .option('--kb <file...>', 'extra knowledge-base files')
    .option('--progress', 'show a progress bar with --out even when stderr is not a terminal')
    .addHelpText(
      'after',
      '\nNAME.meta.json next to NAME.txt/NAME.html may give published, title, outlet, url.\n' +
        'Without --out, a directory prints one JSON analysis per line (JSON Lines).\n' +
        'Exit status: 0 ok, 1 an input could not be read (others are still analysed), 2 usage.',
    )
    .action(async (input: string, opts: AnalyzeFlags) => {
      if (opts.published && !validDate(opts.published)) throw new UserError(`--published must be YYYY-MM-DD, got "${opts.published}"`);
      if (opts.format !== 'json' && opts.format !== 'text') throw new UserError(`--format must be json or text, got "${opts.format}"`, EXIT.USAGE);
      const ctx = createContext({ published: opts.published, kbFiles: opts.kb });
      const { inputs, batch } = await collectInputs(input);
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      const bar = opts.out && inputs.length > 1 ? progressBar(inputs.length, Boolean(opts.progress)) : undefined;
      const messages: string[] = [];
      const say = (m: string) => (bar ? messages.push(m) : process.stderr.write(m + '\n'));
      let failed = 0;
      for (const [i, inp] of inputs.entries()) {
        try {
          const { output, warnings } = analyzeOne(inp, ctx, opts.format, !batch || Boolean(opts.out));
          for (const w of warnings) say(`isnad: ${inp.label}: warning: ${w}`);
          if (opts.out) writeFileSync(join(opts.out, `${inp.id}.${opts.format === 'text' ? 'txt' : 'json'}`), output + '\n');
          else process.stdout.write(output + (batch && opts.format === 'text' ? '\n\n' : '\n'));
        } catch (e) {
          // one unreadable file does not stop a batch; alone, it is the command's error
          if (!batch || !(e instanceof UserError)) throw e;
          failed++;
          say(`isnad: ${e.message}`);
        }
        bar?.update(i + 1, { file: inp.id });
      }
      bar?.stop();
      for (const m of messages) process.stderr.write(m + '\n');
      if (failed) throw new UserError(`${failed} of ${inputs.length} inputs could not be analysed`);
    });
}
