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

/** Pids of the workerd processes this process started, or undefined where /proc is not available. */
function workerdChildren(): { pid: string; fields: string[] }[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children: { pid: string; fields: string[] }[] = [];
  for (const pid of entries) {
    const fields = statFields(pid);
    // After the command name: state(0) ppid(1) … utime(11) stime(12).
    if (!fields || Number(fields[1]) !== process.pid) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('workerd')) continue;
    } catch {
      continue;
    }
    children.push({ pid, fields });
  }
  return children;
}

/**
 * CPU time (user + system, ms) used so far by the workerd processes this process started, or
 * undefined where /proc is not available. Only the Worker under load is busy during a run, so the
 * difference across a run is that Worker's runtime: an upper bound of its billed CPU time, since it
 * also counts HTTP parsing and Miniflare's entry and asset-router Workers.
 */
export function workerdCpuMs(): number | undefined {
  const children = workerdChildren();
  if (!children) return undefined;
  let ticks = 0;
  for (const { fields } of children) ticks += Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * The same in nanosecond resolution: the run time of every thread of those processes, from
 * `/proc/<pid>/task/<tid>/schedstat` (its first field). Clock ticks (10 ms) are far too coarse
 * for one request; this is what the first-request CPU row uses.
 */
export function workerdThreadCpuMs(): number | undefined {
  const children = workerdChildren();
  if (!children) return undefined;
  let nanoseconds = 0;
  for (const { pid } of children) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        nanoseconds += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return nanoseconds / 1e6;
}
