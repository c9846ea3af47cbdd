import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, LABEL_INDEX, IOB_LABELS, modelLabels, iobTags, transitionAllowed, endAllowed } from '../../src/ner/tags.js';
import { viterbi } from '../../src/ner/viterbi.js';

const names = (ys: ArrayLike<number>) => Array.from(ys, (y) => LABELS[y]);

test('IOB ↔ BIOES: one-word names are S-, longer ones B- … E-, and back to the same IOB', () => {
  const iob = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-ORG'];
  const m = modelLabels(iob);
  assert.deepEqual(names(m), ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'B-LOC', 'E-LOC', 'O', 'S-ORG']);
  assert.deepEqual(iobTags(m), iob);
  assert.deepEqual(names(modelLabels(['O', 'B-MISC', 'I-MISC'])), ['O', 'B-MISC', 'E-MISC']);
  assert.deepEqual(iobTags(new Uint8Array(0)), []);
  assert.equal(LABELS.length, 17);
  assert.equal(IOB_LABELS.length, 9);
});

test('BIOES transitions: an open entity continues with I-/E- of its type; nothing else may', () => {
  const L = (s: string) => LABEL_INDEX.get(s)!;
  assert.ok(transitionAllowed(-1, L('B-PER')) && transitionAllowed(-1, L('S-PER')) && transitionAllowed(-1, 0));
  assert.ok(!transitionAllowed(-1, L('I-PER')) && !transitionAllowed(-1, L('E-PER')));
  assert.ok(transitionAllowed(L('B-PER'), L('E-PER')) && transitionAllowed(L('I-PER'), L('I-PER')));
  assert.ok(!transitionAllowed(L('B-PER'), 0) && !transitionAllowed(L('B-PER'), L('E-LOC')) && !transitionAllowed(L('I-PER'), L('B-PER')));
  assert.ok(transitionAllowed(L('E-PER'), L('S-LOC')) && transitionAllowed(L('S-PER'), L('B-PER')) && !transitionAllowed(L('S-PER'), L('I-PER')));
  assert.ok(endAllowed(0) && endAllowed(L('E-ORG')) && endAllowed(L('S-ORG')) && !endAllowed(L('B-ORG')) && !endAllowed(L('I-ORG')));
});

test('Viterbi never leaves an entity open at the end of a sentence', () => {
  const n = 2;
  const e = new Float32Array(n * LABELS.length);
  // both tokens strongly prefer B-PER, which may neither follow B-PER nor end the sentence
  e[LABEL_INDEX.get('B-PER')!] = 10;
  e[LABELS.length + LABEL_INDEX.get('B-PER')!] = 10;
  e[LABELS.length + LABEL_INDEX.get('E-PER')!] = 1;
  const out = names(viterbi(e, n, new Float32Array((LABELS.length + 1) * LABELS.length)));
  assert.deepEqual(out, ['B-PER', 'E-PER']);
  assert.deepEqual(iobTags(viterbi(new Float32Array(LABELS.length).fill(0), 1, new Float32Array((LABELS.length + 1) * LABELS.length))), ['O']);
});

test('Viterbi finds the best allowed BIOES sequence (exhaustive check on random scores)', () => {
  const L = LABELS.length;
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  for (let trial = 0; trial < 30; trial++) {
    const n = 1 + (trial % 3);
    const e = Float32Array.from({ length: n * L }, rand);
    const trans = Float32Array.from({ length: (L + 1) * L }, rand);
    const got = viterbi(e, n, trans);
    let best = -Infinity;
    const ys = new Array<number>(n).fill(0);
    const walk = (i: number, score: number) => {
      if (i === n) {
        if (endAllowed(ys[n - 1]) && score > best) best = score;
        return;
      }
      for (let y = 0; y < L; y++) {
        const from = i === 0 ? -1 : ys[i - 1];
        if (!transitionAllowed(from, y)) continue;
        ys[i] = y;
        walk(i + 1, score + e[i * L + y] + trans[(from + 1) * L + y]);
      }
    };
    walk(0, 0);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const from = i === 0 ? -1 : got[i - 1];
      assert.ok(transitionAllowed(from, got[i]), `allowed at ${i}`);
      s += e[i * L + got[i]] + trans[(from + 1) * L + got[i]];
    }
    assert.ok(endAllowed(got[n - 1]));
    assert.ok(Math.abs(s - best) < 1e-4, `trial ${trial}: ${s} vs ${best}`);
  }
});
