// `isnad tag --conll FILE`: run the learned NER tagger over a CoNLL token file
// and print `token<TAB>tag` (IOB, ANERcorp tag set), blank lines kept.
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeArticleBytes } from '../../ingest/read-text.js';
import { UserError } from '../errors.js';
import { loadTagger, DEFAULT_MODEL_URL } from '../../ner/tagger.js';
import { parseConllTokens, formatTagged } from '../../ner/conll-io.js';

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return decodeArticleBytes(Buffer.concat(chunks), 'stdin');
  }
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory`);
  return decodeArticleBytes(readFileSync(file), file);
}

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('tag named entities (PERS, ORG, LOC, MISC) in a CoNLL token file with the learned tagger')
    .requiredOption('--conll <file>', 'one token per line (extra columns ignored), blank line between sentences; - for stdin')
    .option('--model <file>', 'model file (default: data/models/ner.bin)')
    .addHelpText('after', '\nOutput: token<TAB>tag per line, IOB with B-/I-PERS, ORG, LOC, MISC; same tokens, same order, blank lines kept.\n')
    .action(async (opts: { conll: string; model?: string }) => {
      const text = await readInput(opts.conll);
      const modelPath = opts.model ?? fileURLToPath(DEFAULT_MODEL_URL);
      if (!existsSync(modelPath)) throw new UserError(`${modelPath}: NER model not found (build it with: npm run train:ner)`);
      let tagger;
      try {
        tagger = loadTagger(modelPath);
      } catch (e) {
        throw new UserError(`${modelPath}: ${(e as Error).message}`);
      }
      const { sentences, lines } = parseConllTokens(text);
      // the whole file as one document: the second pass compares each word with its mentions in the
      // ±20 neighbouring sentences (stacking.ts), as in training, where corpora have no article boundaries
      const tags = tagger.tagDocument(sentences);
      process.stdout.write(formatTagged(lines, sentences, tags));
    });
}
