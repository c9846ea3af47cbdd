// Analysis on worker threads, so ingest uses every core: the pipeline (and
// flattening the result into rows) is the CPU cost of ingest; the store
// writes on the main thread in batches.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { DocMeta } from '../model/analysis.js';
import type { PreparedArticle } from '../store/prepare.js';
import type { AnalyzeOptions } from '../analyze/context.js';
import { shareTaggerTables } from '../entities/tagger-mentions.js';
import type { SharedTable } from '../ner/tagger.js';

/** What a thread starts with (analyze-worker-loop.ts). */
export interface AnalyzeThreadData {
  options: AnalyzeOptions;
  /** the NER tagger's weight table in shared memory: one copy for all threads */
  nerTables: SharedTable[];
}

export interface AnalyzeRequest {
  id: number;
  text: string;
  meta: Partial<DocMeta>;
}

export type AnalyzeResponse =
  | { id: number; /** flattened on the thread: the writer only runs SQL */ prepared: PreparedArticle; warnings: string[]; error?: undefined }
  | { id: number; error: string; /** the thread died: not the article's fault, analyse it elsewhere */ crashed?: boolean };

const MAX_RESPAWNS = 3;
const THREAD_HEAP_MB = 512;

interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (r: AnalyzeResponse) => void }>;
}

/** Threads to use by default: all cores but the one writing to the store, at most 8. */
export function defaultThreads(): number {
  return Math.max(0, Math.min(8, availableParallelism() - 1));
}

export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private next = 1;
  private nerTables: SharedTable[] | null = null;

  constructor(size: number, private readonly options: AnalyzeOptions = {}) {
    this.grow(size);
  }

  get size(): number {
    return this.slots.length;
  }

  /** add threads up to `size` in all */
  grow(size: number): void {
    while (!this.closed && this.slots.length < size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // expanded once, on the first thread's start, and shared by every thread (respawned ones too)
    this.nerTables ??= shareTaggerTables();
    const worker = new Worker(new URL('./analyze-worker.mjs', import.meta.url), {
      workerData: { options: this.options, nerTables: this.nerTables } satisfies AnalyzeThreadData,
      // V8 lets garbage pile up to far past the pipeline's live heap (~250 MB with
      // its caches full) before collecting; a ceiling makes it collect sooner
      resourceLimits: { maxOldGenerationSizeMb: Number(process.env.ISNAD_THREAD_HEAP_MB) || THREAD_HEAP_MB },
    });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (r: AnalyzeResponse) => {
      this.crashes = 0; // only crashes in a row mean a thread cannot work
      const p = slot.busy.get(r.id);
      slot.busy.delete(r.id);
      p?.resolve(r);
    });
    const fail = (why: string) => {
      // answer what this thread held, then replace it (a few times: a thread that cannot start stays dead)
      for (const [id, p] of slot.busy) p.resolve({ id, error: why, crashed: true });
      slot.busy.clear();
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      if (!this.closed && ++this.crashes <= MAX_RESPAWNS) this.slots[i] = this.spawn();
      else this.slots.splice(i, 1);
    };
    worker.on('error', (e) => fail(`analysis thread failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (code !== 0) fail(`analysis thread exited with code ${code}`);
    });
    return slot;
  }

  private closed = false;
  private crashes = 0;

  analyze(text: string, meta: Partial<DocMeta>): Promise<AnalyzeResponse> {
    if (!this.slots.length) return Promise.resolve({ id: 0, error: 'no analysis thread left', crashed: true });
    const slot = this.slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = this.next++;
    return new Promise((resolve) => {
      slot.busy.set(id, { resolve });
      slot.worker.postMessage({ id, text, meta } satisfies AnalyzeRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
