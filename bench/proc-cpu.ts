// CPU seconds of other processes, from /proc (Linux): what the ingest bench
// charges to the workers, their helper threads, PostgreSQL and Redis.
import { readFileSync, readdirSync } from 'node:fs';

// CPU seconds of a process from /proc (utime + stime; with children: + the waited-for children's)
export function procCpu(pid: number, children = false, path = `/proc/${pid}/stat`): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
    const t = Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0);
    return t / CLOCK_TICKS;
  } catch {
    return 0; // gone
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** all PostgreSQL server processes: the live ones, plus what the postmaster reaped (exited backends) */
export function postgresCpu(): number {
  let sum = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let comm = '';
    try { comm = readFileSync(`/proc/${d}/comm`, 'utf8').trim(); } catch { continue; }
    if (comm !== 'postgres') continue;
    const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    sum += procCpu(Number(d), ppid === 1 || !isPostgres(ppid));
  }
  return sum;
}
/** CPU seconds of a process's threads other than its main one (for node: V8's GC and compiler threads, libuv's pool) */
export function helperThreadsCpu(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/task`).filter((t) => Number(t) !== pid).reduce((a, t) => a + procCpu(pid, false, `/proc/${pid}/task/${t}/stat`), 0);
  } catch {
    return 0;
  }
}
function isPostgres(pid: number): boolean {
  try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres'; } catch { return false; }
}
export function pidsNamed(name: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith(name); } catch { return false; }
  });
}
