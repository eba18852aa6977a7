import { probe, type HeaderMap } from '../probe';
import type { LocalWorker } from '../runtime/miniflare';
import { inAlternatingOrder, median } from '../stats';

/** How to start one fresh Worker of a kind, and what to ask it first. */
export interface ColdTarget {
  name: string;
  start: () => Promise<LocalWorker>;
  path: string;
  /** Throws when the first response is not what a healthy Worker answers. */
  check?: (result: { status: number; headers: HeaderMap }) => void;
}

/** Median latency of the first request to a fresh isolate, per target, and the samples. */
export interface ColdStartSummary {
  name: string;
  median: number;
  samples: number[];
}

/**
 * Starts a fresh Miniflare (new workerd process, so a new isolate with nothing loaded) per sample
 * and times the first request, alternating targets sample by sample.
 */
export async function measureColdStart(targets: readonly ColdTarget[], samples: number): Promise<Map<string, ColdStartSummary>> {
  const results = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  for (let sample = 0; sample < samples; sample++) {
    for (const target of inAlternatingOrder(targets, sample)) {
      const worker = await target.start();
      try {
        const first = await probe(worker.url, target.path);
        target.check?.(first);
        results.get(target.name)!.push(first.ms);
      } finally {
        await worker.dispose();
      }
    }
  }
  return new Map(
    [...results].map(([name, values]) => [name, { name, median: median(values), samples: values }]),
  );
}
