// Against the gold files: every gold statement's content lies within one
// sentence (the statements stage works sentence by sentence), and the seed's
// frame lines are read. Needs ../shared/data; skips without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../../src/analyze/doc.js';
import { textStage, articleFrame } from '../../src/analyze/stages/text.js';
import { createContext } from '../../src/analyze/context.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const skip = existsSync(DATA) ? false : `no shared data at ${DATA}`;

interface Gold {
  text: string;
  statements: Array<{ content: { start: number; end: number } }>;
  entities: Array<{ mentions: Array<{ start: number; end: number; text: string }> }>;
}

function goldFiles(): string[] {
  const dev = `${DATA}dev/`;
  return [`${DATA}seed/seed-000.gold.json`, ...readdirSync(dev).filter((f) => f.endsWith('.gold.json')).map((f) => dev + f)];
}

test('gold statement contents never cross a sentence boundary', { skip }, () => {
  let n = 0;
  for (const f of goldFiles()) {
    const g = JSON.parse(readFileSync(f, 'utf8')) as Gold;
    const doc = createDoc(g.text);
    textStage.run(doc, createContext());
    assert.equal(doc.meta.lang, 'ar', f);
    for (const s of g.statements) {
      const over = doc.sentences.filter((x) => x.start < s.content.end && s.content.start < x.end);
      assert.equal(over.length, 1, `${f}: ${g.text.slice(s.content.start, s.content.end)}`);
      n++;
    }
  }
  assert.ok(n > 50);
});

test('the seed: desk, outlet and credit lines are read and kept out of the body', { skip }, () => {
  const text = readFileSync(`${DATA}seed/seed-000.txt`, 'utf8');
  const doc = createDoc(text);
  textStage.run(doc, createContext());
  assert.equal(doc.meta.desk, 'متابعة');
  assert.equal(doc.meta.outlet, 'المدى');
  assert.equal(doc.meta.credit, 'عن وكالات وصحف عالمية');
  const frame = articleFrame(doc)!;
  assert.equal(text.slice(frame.outletSpan!.start, frame.outletSpan!.end), 'المدى');
  assert.ok(text.slice(doc.body.start, doc.body.end).startsWith('خلال استقباله'));
  assert.ok(doc.sentences.every((s) => !text.slice(s.start, s.end).includes('عن وكالات وصحف')));
});
