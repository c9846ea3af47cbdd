// The tally of one ingest run: what was read, stored, skipped, and why
// anything failed (reasons grouped, with a few example sources each).
export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  /** reason → count and up to 3 example sources */
  failures: Record<string, { count: number; examples: string[] }>;
  /** every failure, in order (the first MAX_FAILED_LIST) */
  failedList: Array<{ source: string; reason: string }>;
  seconds: number;
  /** of which: analysing, and writing to the store */
  analyseSeconds: number;
  storeSeconds: number;
}

const MAX_FAILED_LIST = 1000;

export function emptySummary(): IngestSummary {
  return { read: 0, new: 0, duplicate: 0, failed: 0, failures: {}, failedList: [], seconds: 0, analyseSeconds: 0, storeSeconds: 0 };
}

/** Reasons are grouped verbatim (whitespace folded, length capped). */
function reasonKey(reason: string): string {
  return reason.replace(/\s+/g, ' ').slice(0, 200);
}

export function addFailure(s: IngestSummary, source: string, reason: string): void {
  s.failed++;
  const k = reasonKey(reason);
  const f = (s.failures[k] ??= { count: 0, examples: [] });
  f.count++;
  if (f.examples.length < 3) f.examples.push(source);
  if (s.failedList.length < MAX_FAILED_LIST) s.failedList.push({ source, reason });
}

export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s (${(s.read / s.seconds).toFixed(1)} articles/s)` : '';
  const lines = [`read ${s.read}, new ${s.new}, duplicate ${s.duplicate}, failed ${s.failed}${rate}`];
  const reasons = Object.entries(s.failures).sort((a, b) => b[1].count - a[1].count);
  for (const [reason, f] of reasons.slice(0, 20)) lines.push(`  failed ${f.count}× ${reason} (e.g. ${f.examples.join(', ')})`);
  if (reasons.length > 20) lines.push(`  … and ${reasons.length - 20} other reasons`);
  return lines.join('\n');
}
