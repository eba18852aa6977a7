import autocannon from 'autocannon';
import { percentile } from './stats';

/** One bounded load run against a local server. */
export interface LoadSpec {
  /** Origin on 127.0.0.1 (the bench never sends load anywhere else). */
  origin: URL;
  /**
   * Path + query of every request, or a function giving the next one (for never-repeated
   * queries); a function must return paths already percent-encoded, so the load generator does no
   * parsing per request.
   */
  path: string | (() => string);
  connections: number;
  durationSeconds: number;
}

/** What one run measured. Latencies in milliseconds. */
export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Socket errors (timeouts included, as autocannon counts them) plus non-2xx responses. */
  failures: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const REQUEST_TIMEOUT_SECONDS = 10;

function assertLoopback(origin: URL): void {
  if (!/^127\.\d+\.\d+\.\d+$/.test(origin.hostname) && origin.hostname !== 'localhost' && origin.hostname !== '[::1]') {
    throw new Error(`refusing to send load to ${origin.host}: the bench only targets loopback addresses`);
  }
}

/** Percent-encodes a path + query the way a browser would put it on the wire. */
export function wirePath(path: string): string {
  const url = new URL(path, 'http://127.0.0.1');
  return url.pathname + url.search;
}

/** Runs autocannon for a fixed duration and summarizes the result. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  assertLoopback(spec.origin);
  const next = spec.path;
  // autocannon's own histogram keeps whole milliseconds, too coarse on loopback; every client
  // reports each response's duration as a float, so keep those instead.
  const latencies: number[] = [];
  const result = await autocannon({
    url: spec.origin.origin,
    connections: spec.connections,
    duration: spec.durationSeconds,
    pipelining: 1,
    timeout: REQUEST_TIMEOUT_SECONDS,
    setupClient: (client) => {
      client.on('response', (_status, _bytes, durationMs) => latencies.push(durationMs));
    },
    requests: [
      typeof next === 'string' ? { method: 'GET', path: wirePath(next) } : { method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: result.errors + result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
