// The per-file report of `isnad eval --verbose`: what each layer missed,
// got wrong and added, with the text, in text order.
import type { FileScore, Layer } from './score.js';

const LAYERS: Layer[] = ['mentions', 'statements', 'events', 'quantities', 'times'];
const MARK = { missed: '- missed  ', spurious: '+ spurious', wrong: '~ wrong   ' } as const;

export function formatFileFindings(f: FileScore): string {
  const lines = [`== ${f.id}${f.status === 'ok' ? '' : `  [${f.status}: scored as empty]`}`];
  for (const p of f.problems) lines.push(`   ! ${p}`);
  for (const layer of LAYERS) {
    const items = [...f.findings[layer]].sort((a, b) => a.at - b.at);
    if (!items.length) continue;
    lines.push(`  ${layer}:`);
    for (const x of items) lines.push(`    ${MARK[x.what]} ${x.message}`);
  }
  return lines.join('\n');
}
