import { setTimeout as sleep } from 'node:timers/promises';
import { probe, type HeaderMap } from '../probe';
import type { LocalWorker } from '../runtime/miniflare';
import { workerdThreadCpuMs } from '../server-cpu';
import { inAlternatingOrder, median } from '../stats';

/** How to start one fresh Worker of a kind, and what to ask it first. */
export interface ColdTarget {
  name: string;
  start: () => Promise<LocalWorker>;
  path: string;
  /** A POST of this body with these headers instead of a GET (an MCP call). */
  post?: { body: string; headers: Record<string, string> };
  /** Throws when the first response is not what a healthy Worker answers. */
  check?: (result: { status: number; headers: HeaderMap; body: string }) => void;
}

/** Medians of the first request to a fresh isolate, per target, and the samples. */
export interface ColdStartSummary {
  name: string;
  /** Latency, sending to the last body byte (ms). */
  median: number;
  samples: number[];
  /** CPU time of the workerd process over that one request (ms); NaN where /proc is missing. */
  cpuMedian: number;
  cpuSamples: number[];
}

const SETTLE_POLL_MS = 50;
const SETTLE_MAX_MS = 3000;
// Below this much CPU per poll interval, workerd counts as idle (its timers tick a little).
const IDLE_CPU_MS = 0.3;

/**
 * Waits until the workerd processes stop using CPU (start-up compilation, or the tail of a
 * request), so that a before/after pair brackets only the request; returns the reading.
 */
async function settledCpuMs(): Promise<number> {
  let last = workerdThreadCpuMs();
  if (last === undefined) return Number.NaN;
  for (let waited = 0; waited < SETTLE_MAX_MS; waited += SETTLE_POLL_MS) {
    await sleep(SETTLE_POLL_MS);
    const now = workerdThreadCpuMs() ?? Number.NaN;
    if (now - last < IDLE_CPU_MS) return now;
    last = now;
  }
  return last;
}

/**
 * Starts a fresh Miniflare (new workerd process, so a new isolate with nothing loaded) per sample
 * and times the first request, alternating targets sample by sample. Besides its latency, the CPU
 * time of workerd's threads (schedstat) is read before and after that one request, each time once
 * workerd is idle: the CPU the first request costs, which is what the Free plan's 10 ms limit
 * bounds. Locally that includes D1 (SQLite inside the same workerd), hence a D1-only baseline.
 */
export async function measureColdStart(targets: readonly ColdTarget[], samples: number): Promise<Map<string, ColdStartSummary>> {
  const latency = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  const cpu = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  for (let sample = 0; sample < samples; sample++) {
    for (const target of inAlternatingOrder(targets, sample)) {
      const worker = await target.start();
      try {
        const before = await settledCpuMs();
        const first = await probe(worker.url, target.path, target.post?.headers, target.post?.body);
        const after = await settledCpuMs();
        target.check?.(first);
        latency.get(target.name)!.push(first.ms);
        cpu.get(target.name)!.push(after - before);
      } finally {
        await worker.dispose();
      }
    }
  }
  return new Map(
    targets.map(({ name }) => {
      const ms = latency.get(name)!;
      const cpuMs = cpu.get(name)!;
      return [name, { name, median: median(ms), samples: ms, cpuMedian: median(cpuMs), cpuSamples: cpuMs }];
    }),
  );
}
