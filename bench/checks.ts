import { memoVerdict, probe, queriedD1, type HeaderMap, type Probe } from './probe';
import type { RecordSample } from './queries';

function expectOk(result: Probe, path: string): void {
  if (result.status < 200 || result.status > 299) {
    throw new Error(`GET ${path} answered ${result.status}: ${result.body.slice(0, 300)}`);
  }
}

/**
 * Proves the memo-hit scenario really hits: the second identical request says
 * cache;desc="hit". Returns that response.
 */
export async function checkMemoHit(origin: URL, path: string): Promise<Probe> {
  expectOk(await probe(origin, path), path);
  const second = await probe(origin, path);
  expectOk(second, path);
  if (memoVerdict(second.headers) !== 'hit') {
    throw new Error(`GET ${path} twice: the second is not a memo hit (Server-Timing: ${String(second.headers['server-timing'])})`);
  }
  return second;
}

// Set per connection or per response by the runtime itself, never by the Worker.
const RUNTIME_HEADERS = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding']);

/** The headers a Worker itself set on a response, ready to be replayed by a constant Worker. */
export function workerHeaders(headers: HeaderMap): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name, value]) => value !== undefined && !RUNTIME_HEADERS.has(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
  );
}

/** Proves a query stream misses the memo: a few of its paths (then never reused) are 200 misses. */
export async function checkMemoMisses(origin: URL, next: () => string, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const path = next();
    const result = await probe(origin, path);
    expectOk(result, path);
    if (memoVerdict(result.headers) !== 'miss') {
      throw new Error(`GET ${path} was meant to be a never-seen query but is not a memo miss (Server-Timing: ${String(result.headers['server-timing'])})`);
    }
  }
}

/** The full list as the API sends it, with the records for the query generator. */
export interface FullList {
  body: string;
  bytes: number;
  contentType: string;
  records: RecordSample[];
}

/** Fetches the full list once and checks it is a 200 JSON list of records. */
export async function fetchFullList(origin: URL, path: string): Promise<FullList> {
  const result = await probe(origin, path);
  expectOk(result, path);
  const parsed = JSON.parse(result.body) as { data?: RecordSample[] };
  if (!Array.isArray(parsed.data) || parsed.data.length === 0) throw new Error(`GET ${path}: no data array in the body`);
  return {
    body: result.body,
    bytes: Buffer.byteLength(result.body),
    contentType: String(result.headers['content-type'] ?? 'application/json'),
    records: parsed.data,
  };
}

/** Checks for the cold-start sample of the real Worker: a 200 that waited on D1. */
export function expectColdLoad(result: { status: number; headers: HeaderMap }): void {
  if (result.status !== 200) throw new Error(`first request to a fresh isolate answered ${result.status}`);
  if (!queriedD1(result.headers)) {
    throw new Error(`first request to a fresh isolate did not query D1 (Server-Timing: ${String(result.headers['server-timing'])})`);
  }
}

/** Checks for the cold-start sample of the MCP call: a tool result of 浙江省's 23 clusters, from D1. */
export function expectMcpColdCall(result: { status: number; headers: HeaderMap; body: string }): void {
  expectColdLoad(result);
  const answer = JSON.parse(result.body) as { result?: { isError?: boolean; structuredContent?: { total?: number } } };
  if (answer.result?.isError || answer.result?.structuredContent?.total !== 23) {
    throw new Error(`the MCP call answered no 23 rows: ${result.body.slice(0, 300)}`);
  }
}

/** Checks a list of paths all answer 2xx (the soak counts any other status as an error). */
export async function checkAllOk(origin: URL, paths: readonly string[]): Promise<void> {
  for (const path of paths) expectOk(await probe(origin, path), path);
}

/** Checks for the cold-start sample of the D1-only baseline: it read rows of every statement. */
export function expectD1Rows(result: { status: number; body: string }): void {
  const rows = result.status === 200 ? (JSON.parse(result.body) as { rows?: number[] }).rows : undefined;
  if (!rows || rows.length === 0 || rows.some((count) => count === 0)) {
    throw new Error(`the D1-only Worker read no rows of some statement: ${result.status} ${result.body.slice(0, 200)}`);
  }
}
