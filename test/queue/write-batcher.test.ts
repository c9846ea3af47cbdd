// The worker's group commit: held jobs' articles go to the store together once
// none is still being analysed, no analysis starts while a write is running,
// and a batch that fails is retried article by article.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WriteBatcher } from '../../src/queue/write-batcher.js';
import type { Store, PutResult } from '../../src/store/store.js';
import type { PreparedArticle } from '../../src/store/prepare.js';

const art = (id: string) => ({ flat: { docId: id }, json: '{}' }) as unknown as PreparedArticle;
// longer than the batcher's settling time (its default, 3 ms)
const tick = () => new Promise((r) => setTimeout(r, 15));

/** a store that records its write calls; each is held open until released */
function fakeStore(failIf: (ids: string[]) => boolean = () => false) {
  const calls: string[][] = [];
  const open: Array<() => void> = [];
  const store = {
    async putPrepared(list: PreparedArticle[]): Promise<PutResult[]> {
      const ids = list.map((p) => p.flat.docId);
      calls.push(ids);
      await new Promise<void>((r) => open.push(r));
      if (failIf(ids)) throw new Error('bad batch');
      return ids.map((_, i) => ({ articleId: i, created: true }));
    },
  } as unknown as Store;
  const release = async () => {
    while (open.length) open.shift()!();
    await tick();
  };
  return { store, calls, release };
}

describe('write batcher', () => {
  it('writes the held jobs together once none is still being analysed', async () => {
    const f = fakeStore();
    const b = new WriteBatcher(f.store, 16);
    for (let i = 0; i < 3; i++) b.enter();
    const w1 = b.write(art('a'));
    const w2 = b.write(art('b'));
    await tick();
    assert.deepEqual(f.calls, [], 'one job still analysing: nothing written yet');
    b.leave(); // the third was already stored
    await tick();
    assert.deepEqual(f.calls, [['a', 'b']]);
    await f.release();
    assert.equal((await w1).created, true);
    assert.equal((await w2).articleId, 1);
  });

  it('writes a full batch without waiting, and holds analyses back while it writes', async () => {
    const f = fakeStore();
    const b = new WriteBatcher(f.store, 2);
    for (let i = 0; i < 3; i++) b.enter();
    const ws = [b.write(art('a')), b.write(art('b'))];
    await tick();
    assert.deepEqual(f.calls, [['a', 'b']]);
    let analysing = false;
    const third = b.turn().then(() => (analysing = true));
    await tick();
    assert.equal(analysing, false, 'no analysis while this process writes');
    await f.release();
    await third;
    assert.equal(analysing, true);
    ws.push(b.write(art('c')));
    await tick();
    assert.deepEqual(f.calls, [['a', 'b'], ['c']]);
    await f.release();
    assert.equal((await Promise.all(ws)).length, 3);
  });

  it('waits a moment for the next jobs before writing a short batch', async () => {
    const f = fakeStore();
    const b = new WriteBatcher(f.store, 16, 30);
    b.enter();
    const first = b.write(art('a'));
    await new Promise((r) => setTimeout(r, 5));
    b.enter(); // handed over by the queue just after
    await tick();
    assert.deepEqual(f.calls, [], 'the late job is still analysing');
    const second = b.write(art('b'));
    await new Promise((r) => setTimeout(r, 60));
    assert.deepEqual(f.calls, [['a', 'b']]);
    await f.release();
    assert.equal((await Promise.all([first, second])).length, 2);
  });

  it('retries a failed batch one article at a time, failing only the bad one', async () => {
    const f = fakeStore((ids) => ids.includes('bad'));
    const b = new WriteBatcher(f.store, 8);
    for (let i = 0; i < 3; i++) b.enter();
    const ws = [b.write(art('a')), b.write(art('bad')), b.write(art('c'))].map((p) => p.then((r) => r.created, (e: Error) => e.message));
    for (let i = 0; i < 6; i++) await f.release();
    assert.deepEqual(await Promise.all(ws), [true, 'bad batch', true]);
    assert.deepEqual(f.calls, [['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
