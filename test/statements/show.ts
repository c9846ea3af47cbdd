// Development aid: run the whole pipeline on gold files and print, per file,
// the system statements (speaker name, cue, content) beside the gold ones.
//   node --import tsx test/statements/show.ts [--entities] <gold files…>
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/analyze/pipeline.js';
import { createContext } from '../../src/analyze/context.js';
import { goldMeta } from '../../src/eval/run-eval.js';

const showEntities = process.argv.includes('--entities');
const ctx = createContext();
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const g = JSON.parse(readFileSync(f, 'utf8'));
  const a = analyzeText(g.text, goldMeta(g), ctx);
  const cut = (s: { start: number; end: number }, n = 70) => g.text.slice(s.start, s.end).slice(0, n).replace(/\n/g, ' ');
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  const gname = new Map<string, string>(g.entities.map((e: { id: string; name: string }) => [e.id, e.name]));
  console.log(`## ${g.id}`);
  if (showEntities) for (const e of a.entities) console.log(`  E ${e.id} ${e.type} ${e.name} | ${e.mentions.map((m) => m.kind.slice(0, 3) + ':' + g.text.slice(m.start, m.end)).join(' | ')}`);
  for (const s of a.statements) {
    console.log(`  S ${s.speaker ? name.get(s.speaker) : '∅'} [${s.sources.map((x) => name.get(x)).join(',')}] «${cut(s.cue)}» ${s.kind}: ${cut(s.content)}`);
  }
  for (const s of g.statements) {
    console.log(`  G${s.optional ? '?' : ' '}${s.speaker ? gname.get(s.speaker) : '∅'} [${s.sources.map((x: string) => gname.get(x)).join(',')}] «${cut(s.cue)}» ${s.kind}: ${cut(s.content)}`);
  }
}
