// The times layer against the seed and dev gold files (SPEC §4: overlapping
// span and the same value). Skips when ../shared/data is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../src/text/tokenize.js';
import { extractTimes } from '../../src/text/times.js';

const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

interface Item { start: number; end: number; value: unknown; optional?: boolean }

function f1(names: string[]): number {
  let tp = 0, fp = 0, fn = 0;
  for (const name of names) {
    const text = readFileSync(data + name + '.txt', 'utf8').replace(/^\uFEFF/, '');
    const gold = JSON.parse(readFileSync(data + name + '.gold.json', 'utf8'));
    const sys: Item[] = extractTimes(tokenize(text), text, gold.published);
    const used = new Set<number>();
    for (const g of (gold.times ?? []) as Item[]) {
      const k = sys.findIndex((s, i) => !used.has(i) && s.start < g.end && g.start < s.end && s.value === g.value);
      if (k >= 0) {
        used.add(k);
        if (!g.optional) tp++;
      } else if (!g.optional) fn++;
    }
    fp += sys.length - used.size;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return (2 * p * r) / (p + r || 1);
}

test('times: seed F1 = 1 and dev F1 ≥ 0.85', { skip: !existsSync(data + 'seed') && 'no ../shared/data' }, () => {
  assert.equal(f1(['seed/seed-000']), 1);
  const dev = readdirSync(data + 'dev').filter((f) => f.endsWith('.gold.json')).map((f) => 'dev/' + f.replace('.gold.json', ''));
  assert.ok(f1(dev) >= 0.85, 'dev F1');
});
