import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../worker';
import { createResponseMemo } from '../../worker/cache/memo';
import { createDatasetStore, type DatasetStore } from '../../worker/dataset/store';
import { serverTiming } from './cache-test-app';
import { fakeClock, fakeD1, setVersion, seededVersion, type FakeD1 } from './dataset-fakes';

// The replay of repeated URLs (worker/cache/replay.ts) must answer exactly what the middleware
// chain answers. Whether a request took the chain shows in the store: only the chain calls get().
const N = 60;
let d1: FakeD1;
let clock: ReturnType<typeof fakeClock>;
let app: ReturnType<typeof createApp>;
let storeGets: number;

beforeEach(() => {
  d1 = fakeD1();
  clock = fakeClock();
  const inner = createDatasetStore({ recheckSeconds: N, now: clock.now, timer: d1.timer, retrySeconds: 5 });
  storeGets = 0;
  const store: DatasetStore = {
    get(db) {
      storeGets++;
      return inner.get(db);
    },
    peek: () => inner.peek!(),
  };
  app = createApp({ store, memo: createResponseMemo() });
});

const ORIGIN = { Origin: 'https://embedder.example' };

async function send(path: string, init: RequestInit = {}) {
  const before = storeGets;
  const res = await app.request(`https://example.com${path}`, { ...init, headers: { ...ORIGIN, ...init.headers } }, { DB: d1.db });
  return { res, viaChain: storeGets > before };
}

// Status, every header and the body bytes. Server-Timing keeps its metrics but not their
// durations, and not `db`, which says the chain waited on D1 (a replay never does).
async function snapshot(res: Response) {
  const headers = [...res.headers].map(([name, value]) => [name, name === 'server-timing' ? comparableTiming(value) : value]);
  return { status: res.status, headers, body: [...new Uint8Array(await res.arrayBuffer())] };
}

function comparableTiming(value: string): string {
  return value
    .split(',')
    .filter((metric) => !metric.startsWith('db;'))
    .map((metric) => metric.replace(/dur=[\d.]+/, 'dur=_'))
    .join(',');
}

/**
 * Sends `path` until the replay answers it (at most three times: a miss, a hit through the chain,
 * then the replay); returns the chain's last answer and the replay's.
 */
async function chainThenReplay(path: string, init: RequestInit = {}) {
  let chain: Response | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const sent = await send(path, init);
    if (!sent.viaChain) {
      expect(chain, `${path}: the chain answered before the replay`).not.toBeNull();
      expect(serverTiming(sent.res)).not.toHaveProperty('db');
      return { chain: chain!, replay: sent.res };
    }
    chain = sent.res;
  }
  throw new Error(`${path}: not replayed by the third request`);
}

describe('replay of a repeated URL', () => {
  const paths = [
    '/api/v1/clusters?province=浙江省',
    '/api/v1/clusters?limit=300',
    '/api/v1/clusters?province=zhejiang&format=csv',
    '/api/v1/clusters?province=浙江省&limit=10&include=facets,meta',
    '/api/v1/facets?year=2023',
    '/api/v1/provinces',
    '/api/v1/meta',
    '/api/v1/clusters/1',
  ];
  for (const path of paths) {
    for (const method of ['GET', 'HEAD']) {
      it(`answers ${method} ${path} with the chain's status, headers and body`, async () => {
        const { chain, replay } = await chainThenReplay(path, { method });
        expect(serverTiming(replay).cache).toBe('desc="hit"');
        expect(serverTiming(replay).total).toMatch(/^dur=\d+\.\d;desc="Total Response Time"$/);
        expect(await snapshot(replay)).toEqual(await snapshot(chain));
      });
    }
  }

  it('leaves If-None-Match to the chain: the same 304 before and after the URL is replayed', async () => {
    const path = '/api/v1/clusters?province=浙江省';
    const etag = (await send(path)).res.headers.get('ETag')!;
    const before = await send(path, { headers: { 'If-None-Match': etag } });
    await chainThenReplay(path);
    const after = await send(path, { headers: { 'If-None-Match': etag } });
    expect(after.viaChain).toBe(true);
    expect(after.res.status).toBe(304);
    expect(await snapshot(after.res)).toEqual(await snapshot(before.res));
  });

  it('leaves CORS preflight untouched', async () => {
    const path = '/api/v1/clusters?province=浙江省';
    const preflight = { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } };
    const before = await send(path, preflight);
    await chainThenReplay(path);
    const after = await send(path, preflight);
    expect(after.res.status).toBe(204);
    expect(await snapshot(after.res)).toEqual(await snapshot(before.res));
  });

  it('still re-checks the dataset version after N seconds, through the chain', async () => {
    const path = '/api/v1/clusters?province=浙江省';
    await chainThenReplay(path);
    const queries = d1.queries.length;
    clock.advance(N);
    const recheck = await send(path);
    expect(recheck.viaChain).toBe(true);
    expect(d1.queries.length).toBe(queries + 1);
    expect(serverTiming(recheck.res).db).toMatch(/^dur=/);
    expect((await send(path)).viaChain).toBe(false);
  });

  it('serves a new dataset version, never the replayed old one', async () => {
    const path = '/api/v1/clusters?province=浙江省';
    const { replay } = await chainThenReplay(path);
    const oldTag = replay.headers.get('ETag');
    await setVersion(`${await seededVersion()}-next`);
    clock.advance(N);
    const reloaded = await send(path);
    expect(reloaded.viaChain).toBe(true);
    expect(reloaded.res.headers.get('ETag')).not.toBe(oldTag);
    const { chain, replay: next } = await chainThenReplay(path);
    expect(next.headers.get('ETag')).toBe(reloaded.res.headers.get('ETag'));
    expect(await snapshot(next)).toEqual(await snapshot(chain));
  });

  it('replays a stale copy with X-Dataset-Stale and its short lifetimes, and drops them once D1 recovers', async () => {
    const path = '/api/v1/clusters?province=浙江省';
    await chainThenReplay(path);
    d1.mode = 'fail';
    clock.advance(N);
    const failed = await send(path);
    expect(failed.viaChain).toBe(true);
    expect(failed.res.headers.get('X-Dataset-Stale')).toBe('1');
    // Within the retry window the copy is served stale without D1, and replayed as such.
    const replay = await send(path);
    expect(replay.viaChain).toBe(false);
    expect(replay.res.headers.get('X-Dataset-Stale')).toBe('1');
    expect(replay.res.headers.get('Cache-Control')).toBe('public, max-age=0, s-maxage=60');
    expect(await snapshot(replay.res)).toEqual(await snapshot(failed.res));

    d1.mode = 'pass';
    clock.advance(5);
    const recovered = await send(path);
    expect(recovered.viaChain).toBe(true);
    expect(recovered.res.headers.get('X-Dataset-Stale')).toBeNull();
    const fresh = await send(path);
    expect(fresh.viaChain).toBe(false);
    expect(fresh.res.headers.get('X-Dataset-Stale')).toBeNull();
    expect(await snapshot(fresh.res)).toEqual(await snapshot(recovered.res));
  });

  it('does not replay a URL that only the 1st request asked for, nor errors', async () => {
    expect((await send('/api/v1/clusters?province=江苏省')).viaChain).toBe(true);
    expect((await send('/api/v1/clusters?province=江苏省&year=2022')).viaChain).toBe(true);
    for (let i = 0; i < 3; i++) {
      const bad = await send('/api/v1/clusters/99999');
      expect(bad.res.status).toBe(404);
      expect(bad.viaChain).toBe(true);
    }
  });
});

describe('replay and the memo bounds', () => {
  it('does not replay an entry whose headers would push it past the per-entry bound, and keeps its body in the memo', async () => {
    const d1 = fakeD1();
    const store = createDatasetStore({ now: fakeClock().now, timer: d1.timer });
    const path = '/api/v1/clusters?province=浙江省';
    const probe = createApp({ store, memo: createResponseMemo() });
    const size = (await (await probe.request(`https://example.com${path}`, {}, { DB: d1.db })).arrayBuffer()).byteLength;
    // Room for the body and its key, not for the recorded headers as well.
    const memo = createResponseMemo({ maxEntryBytes: size + 1_000 });
    let gets = 0;
    const counting: DatasetStore = {
      get(db) {
        gets++;
        return store.get(db);
      },
      peek: () => store.peek!(),
    };
    const tight = createApp({ store: counting, memo });
    for (let i = 0; i < 4; i++) {
      const res = await tight.request(`https://example.com${path}`, {}, { DB: d1.db });
      expect(res.status).toBe(200);
      if (i > 0) expect(serverTiming(res).cache).toBe('desc="hit"');
    }
    expect(gets).toBe(4);
    expect(memo.size).toBe(1);
  });
});
