// The ingest progress bar on stderr: count, rate, ETA and the running tally.
// Quiet when stderr is not a terminal, unless forced (--progress).
import cliProgress from 'cli-progress';
import type { IngestSummary } from './summary.js';

export interface ProgressBar {
  update(s: IngestSummary): void;
  stop(): void;
}

export function progressBar(total: number, force: boolean): ProgressBar {
  const tty = !!process.stderr.isTTY;
  if (!tty && !force) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    noTTYOutput: !tty,
    notTTYSchedule: 2000,
    format: total > 0
      ? 'ingest {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | new {new} dup {dup} failed {failed}'
      : 'ingest {value} | {rate}/s | new {new} dup {dup} failed {failed}',
    etaBuffer: 200,
    fps: 5,
    hideCursor: tty,
  }, cliProgress.Presets.shades_classic);
  const t0 = performance.now();
  bar.start(Math.max(total, 0), 0, { rate: '0', new: 0, dup: 0, failed: 0 });
  let last = 0;
  return {
    update(s) {
      const now = performance.now();
      if (now - last < 100 && s.read < total) return; // redraw a few times a second at most
      last = now;
      const secs = (now - t0) / 1000;
      if (total > 0 && s.read > total) bar.setTotal(s.read);
      bar.update(s.read, { rate: secs > 0 ? (s.read / secs).toFixed(1) : '0', new: s.new, dup: s.duplicate, failed: s.failed });
    },
    stop() {
      bar.stop();
    },
  };
}
