import { readdirSync, readFileSync } from 'node:fs';

// Linux reports process CPU time in clock ticks; 100 per second on every mainstream kernel build.
const TICKS_PER_SECOND = 100;

function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is parenthesized and may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system, ms) used so far by the workerd processes this process started, or
 * undefined where /proc is not available. Only the Worker under load is busy during a run, so the
 * difference across a run is that Worker's runtime: an upper bound of its billed CPU time, since it
 * also counts HTTP parsing and Miniflare's entry and asset-router Workers.
 */
export function workerdCpuMs(): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of entries) {
    const fields = statFields(pid);
    // After the command name: state(0) ppid(1) … utime(11) stime(12).
    if (!fields || Number(fields[1]) !== process.pid) continue;
    if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('workerd')) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
