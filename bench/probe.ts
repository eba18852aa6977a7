import { request, type IncomingHttpHeaders } from 'node:http';
import { wirePath } from './load';

/** One request's outcome, timed from sending to the last body byte. */
export interface Probe {
  status: number;
  ms: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Sends one GET on a fresh connection (no keep-alive agent) and reads the whole body; with a
 * `body`, a POST of it instead (an MCP call).
 */
export function probe(origin: URL, path: string, headers: Record<string, string> = {}, body?: string): Promise<Probe> {
  const method = body === undefined ? 'GET' : 'POST';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: origin.hostname, port: origin.port, path: wirePath(path), method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Response headers as node:http gives them (lower-case names). */
export type HeaderMap = Record<string, string | string[] | undefined>;

function serverTiming(headers: HeaderMap): string {
  const value = headers['server-timing'];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** The response memo's verdict from `Server-Timing: cache;desc="hit"|"miss"`, if present. */
export function memoVerdict(headers: HeaderMap): 'hit' | 'miss' | undefined {
  const match = /(?:^|,)\s*cache;[^,]*desc="?(hit|miss)"?/.exec(serverTiming(headers));
  return match?.[1] as 'hit' | 'miss' | undefined;
}

/** Whether `Server-Timing` says D1 was queried for this response (`db;dur=…`). */
export function queriedD1(headers: HeaderMap): boolean {
  return /(?:^|,)\s*db;/.test(serverTiming(headers));
}
