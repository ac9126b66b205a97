// CPU time of the processes a bench run starts (Linux /proc): how much of the machine the browser
// used over a run, as (user + system CPU seconds) / (wall seconds × cores).
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat's utime/stime (USER_HZ: 100 on every Linux we run). */
const USER_HZ = 100;

function stat(pid: number): { ppid: number; cpuS: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the ")" that closes the command name: state ppid ... utime(14) stime(15)
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(f[1]),
      cpuS: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / USER_HZ,
    };
  } catch {
    return null;
  }
}

/**
 * User + system CPU seconds of every live descendant of `root` (default: this process), children's
 * reaped time included; the root itself is left out (the bench's own Node process).
 */
export function descendantsCpuS(root = process.pid): number {
  const all = new Map<number, { ppid: number; cpuS: number }>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const st = stat(pid);
    if (st) all.set(pid, st);
  }
  const isUnder = (pid: number): boolean => {
    for (
      let p = all.get(pid)?.ppid, hops = 0;
      p !== undefined && p > 1 && hops < 64;
      p = all.get(p)?.ppid, hops++
    )
      if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, st] of all) if (isUnder(pid)) total += st.cpuS;
  return total;
}

/** Runs `fn` and reports its wall time and the share of the machine's cores its child processes used. */
export async function withCpu<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; wallS: number; cpuS: number; utilisation: number }> {
  const c0 = descendantsCpuS();
  const t0 = performance.now();
  const value = await fn();
  const wallS = (performance.now() - t0) / 1000;
  const cpuS = descendantsCpuS() - c0;
  return { value, wallS, cpuS, utilisation: cpuS / (wallS * cpus().length) };
}
