import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliticSplits, stemCandidates } from '../../src/text/clitics.js';
import { normalize } from '../../src/text/normalize.js';

function has(word: string, prefix: string, stem: string, suffix = ''): boolean {
  return cliticSplits(normalize(word)).some((s) => s.prefix === prefix && s.stem === stem && s.suffix === suffix);
}

test('proclitics: conjunction, preposition, article, future', () => {
  assert.ok(has('وقال', 'و', 'قال'));
  assert.ok(has('فقال', 'ف', 'قال'));
  assert.ok(has('بلافروف', 'ب', 'لافروف'));
  assert.ok(has('للرئيس', 'لل', 'رئيس'));
  assert.ok(has('والولايات', 'وال', 'ولايات'));
  assert.ok(has('والولايات', 'و', 'الولايات'));
  assert.ok(has('وسيعقد', 'وس', 'يعقد'));
  assert.ok(has('بالجنود', 'بال', 'جنود'));
  assert.ok(has('وبموسكو', 'وب', 'موسكو'));
});

test('attached pronouns, with the spelling the stem has on its own', () => {
  assert.ok(has('زيارته', '', 'زيارة', 'ه'));
  assert.ok(has('لقائه', '', 'لقاء', 'ه'));
  assert.ok(has('واستقباله', 'و', 'استقبال', 'ه'));
  assert.ok(has('مستواه', '', 'مستوي', 'ه'));
  assert.ok(has('بلادهم', 'ب', 'لاد', 'هم') || has('بلادهم', '', 'بلاد', 'هم'));
});

test('the unsplit word always comes first, and short words are not torn apart', () => {
  assert.equal(stemCandidates('وكالة')[0], 'وكالة');
  assert.equal(stemCandidates(normalize('الولايات'))[0], 'الولايات');
  assert.deepEqual(stemCandidates('ولد'), ['ولد']); // too short to be و + لد
  assert.deepEqual(cliticSplits(''), []);
});

test('diacritics and alef forms are normalised before splitting', () => {
  assert.ok(stemCandidates(normalize('وَقَالَ')).includes('قال'));
  assert.ok(stemCandidates(normalize('وأكد')).includes('اكد'));
});
