// The unlabelled news the tagger's word lexicon is learned from (clusters,
// corpus tag codes): the title and body of each article of a gzip JSONL dump
// (the shape of ../shared/data/corpus), in file order. Lines that are not
// JSON are skipped, so a damaged line cannot stop a rebuild.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';

export async function* corpusTexts(path: string, maxArticles = Infinity): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let articles = 0;
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      if (++articles > maxArticles) break;
      let j: { title?: string; text?: string };
      try {
        j = JSON.parse(line);
      } catch {
        continue;
      }
      yield `${j.title ?? ''}\n${j.text ?? ''}`;
    }
  } finally {
    rl.close();
  }
}
