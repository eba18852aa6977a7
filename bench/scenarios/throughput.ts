import { runLoad, type LoadResult } from '../load';
import { workerdCpuMs } from '../server-cpu';
import { inAlternatingOrder, median } from '../stats';

/** One thing to put load on: an origin and the path (or path stream) to request. */
export interface LoadTarget {
  name: string;
  origin: URL;
  path: string | (() => string);
}

/** Settings of the interleaved rounds. */
export interface ThroughputOptions {
  rounds: number;
  secondsPerRun: number;
  warmupSeconds: number;
  connections: number;
}

/** One run's figures plus the server's CPU time per request during it (ms; NaN if unknown). */
export interface MeasuredRun extends LoadResult {
  serverCpuMsPerRequest: number;
}

/** Medians over the rounds for one target, plus every round's raw figures. */
export interface ThroughputSummary {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  serverCpuMsPerRequest: number;
  failures: number;
  runs: MeasuredRun[];
}

async function measuredRun(target: LoadTarget, connections: number, durationSeconds: number): Promise<MeasuredRun> {
  const before = workerdCpuMs();
  const result = await runLoad({ ...target, connections, durationSeconds });
  const after = workerdCpuMs();
  const cpu = before === undefined || after === undefined ? Number.NaN : (after - before) / Math.max(1, result.requests);
  return { ...result, serverCpuMsPerRequest: cpu };
}

/**
 * Runs every target once per round, for a fixed time each, reversing the order every other round
 * (A B C, C B A, …) so slow drift of the machine falls on all targets alike; reports medians.
 */
export async function measureThroughput(
  targets: readonly LoadTarget[],
  options: ThroughputOptions,
  onRun: (name: string, round: number, result: MeasuredRun) => void = () => {},
): Promise<Map<string, ThroughputSummary>> {
  for (const target of targets) {
    await runLoad({ ...target, connections: options.connections, durationSeconds: options.warmupSeconds });
  }
  const runs = new Map<string, MeasuredRun[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const target of inAlternatingOrder(targets, round)) {
      const result = await measuredRun(target, options.connections, options.secondsPerRun);
      runs.get(target.name)!.push(result);
      onRun(target.name, round, result);
    }
  }
  return new Map(
    [...runs].map(([name, results]) => [
      name,
      {
        name,
        rps: median(results.map((result) => result.rps)),
        p50: median(results.map((result) => result.p50)),
        p99: median(results.map((result) => result.p99)),
        serverCpuMsPerRequest: median(results.map((result) => result.serverCpuMsPerRequest)),
        failures: results.reduce((sum, result) => sum + result.failures, 0),
        runs: results,
      },
    ]),
  );
}
