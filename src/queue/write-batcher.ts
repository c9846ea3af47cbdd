// Group commit inside one worker process. The worker holds several jobs at
// once but analyses them one after another (analysis is CPU-bound and
// synchronous); each analysed article waits here, and once no held job is
// still being checked or analysed (or the batch is full) they are written
// together in one transaction: one commit, and a fixed number of statements,
// per batch instead of per article. No job starts its analysis while the
// process is writing, so a worker is one core's worth of analysis followed by
// its writes, never both at once: N workers are N honest units of work.
import type { Store, PutResult } from '../store/store.js';
import type { PreparedArticle } from '../store/prepare.js';

interface Waiting {
  p: PreparedArticle;
  resolve: (r: PutResult) => void;
  reject: (e: unknown) => void;
}

export class WriteBatcher {
  private waiting: Waiting[] = [];
  /** jobs started and neither written nor given up */
  private busy = 0;
  private writing: Promise<void> | null = null;
  private scheduled = false;
  private settle: ReturnType<typeof setTimeout> | undefined;

  /** settleMs: how long no held job may be busy before a batch short of maxBatch is written */
  constructor(private readonly store: Store, readonly maxBatch: number, private readonly settleMs = 3) {}

  /** a job has started */
  enter(): void {
    this.busy++;
  }

  /** resolves when the job may analyse: never while this process is writing */
  turn(): Promise<void> {
    return this.writing ?? Promise.resolve();
  }

  /** a job ended without anything to write (already stored, or failed) */
  leave(): void {
    this.busy--;
    this.kick();
  }

  /** the job's article, written with the others; resolves once committed */
  write(p: PreparedArticle): Promise<PutResult> {
    this.busy--;
    const r = new Promise<PutResult>((resolve, reject) => this.waiting.push({ p, resolve, reject }));
    this.kick();
    return r;
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // decide after pending I/O callbacks have run: jobs the queue has just handed over start there
    setImmediate(() => {
      this.scheduled = false;
      if (this.writing || !this.waiting.length) return;
      if (this.waiting.length >= this.maxBatch) this.start();
      else if (this.busy <= 0) {
        // the queue hands the next jobs over a round trip after the last ones finished:
        // wait a moment for them, so that batches stay full while the queue is
        clearTimeout(this.settle);
        this.settle = setTimeout(() => {
          if (!this.writing && this.waiting.length && this.busy <= 0) this.start();
        }, this.settleMs);
      }
    });
  }

  private start(): void {
    clearTimeout(this.settle);
    this.writing = this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      const results = await this.store.putPrepared(batch.map((w) => w.p));
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch {
      // one bad article must not fail the others: write each on its own, so only it is retried
      for (const w of batch) {
        try {
          w.resolve((await this.store.putPrepared([w.p]))[0]);
        } catch (e) {
          w.reject(e);
        }
      }
    } finally {
      this.writing = null;
      this.kick();
    }
  }
}
