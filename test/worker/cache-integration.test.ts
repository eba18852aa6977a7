import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../worker';
import { createResponseMemo } from '../../worker/cache/memo';
import { createDatasetStore } from '../../worker/dataset/store';
import { serverTiming } from './cache-test-app';
import { fakeClock, fakeD1, type FakeD1 } from './dataset-fakes';

// The cache layer as the real app wires it (worker/index.ts createApp).
const N = 60;
let d1: FakeD1;
let clock: ReturnType<typeof fakeClock>;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  d1 = fakeD1();
  clock = fakeClock();
  const store = createDatasetStore({ recheckSeconds: N, now: clock.now, timer: d1.timer });
  app = createApp({ store, memo: createResponseMemo() });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`https://example.com${path}`, { headers: { Origin: 'https://embedder.example', ...headers } }, { DB: d1.db });

describe('the app with its cache layer', () => {
  it('answers repeated requests to every data endpoint from the memo, without D1', async () => {
    const paths = ['/api/v1/clusters?province=浙江省', '/api/v1/facets?year=2023', '/api/v1/provinces', '/api/v1/meta', '/api/v1/clusters/1'];
    for (const path of paths) expect((await get(path)).status, path).toBe(200);
    const queried = d1.queries.length;
    expect(queried).toBe(3);
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(serverTiming(res).cache, path).toBe('desc="hit"');
      expect(serverTiming(res), path).not.toHaveProperty('db');
      expect(res.headers.get('Cache-Tag'), path).toMatch(/^cluster-list-api,cluster-list-v[^,\s]+,cluster-list-b[0-9a-f]{12}$/);
      expect(res.headers.get('ETag'), path).toMatch(/^"[0-9a-z]+"$/);
    }
    expect(d1.queries).toHaveLength(queried);
  });

  it('shares one memo entry between equivalent spellings of a facet query', async () => {
    const first = await get('/api/v1/facets?province=浙江&year=2024,2023');
    const second = await get('/api/v1/facets?year=2023,2024&province=330000');
    expect(serverTiming(second).cache).toBe('desc="hit"');
    expect(await second.text()).toBe(await first.text());
  });

  it('answers If-None-Match with a 304 that keeps CORS and security headers', async () => {
    const etag = (await get('/api/v1/clusters?province=浙江省')).headers.get('ETag')!;
    const res = await get('/api/v1/clusters?province=zhejiang', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('ETag')).toBe(etag);
  });

  it('rejects unknown parameters before the loader and the memo', async () => {
    const res = await get('/api/v1/clusters?junk=1');
    expect(res.status).toBe(400);
    expect(d1.queries).toHaveLength(0);
    expect(serverTiming(res)).not.toHaveProperty('cache');
  });

  it('serves a stale copy marked for browsers to read, and 503 JSON when there is no copy', async () => {
    await get('/api/v1/meta');
    d1.mode = 'fail';
    clock.advance(N);
    const stale = await get('/api/v1/meta');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('X-Dataset-Stale')).toBe('1');
    expect(stale.headers.get('Access-Control-Expose-Headers')).toMatch(/X-Dataset-Stale/i);

    const cold = createApp({ store: createDatasetStore({ now: clock.now }), memo: createResponseMemo() });
    const res = await cold.request('https://example.com/api/v1/provinces', {}, { DB: d1.db });
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const notFound = await cold.request('https://example.com/api/v1/nothing', {}, { DB: d1.db });
    expect(notFound.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe(notFound.headers.get('Content-Type'));
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('dataset_unavailable');
  });

  it('marks every answer built from a stale copy, 304 and 404 included', async () => {
    const etag = (await get('/api/v1/meta')).headers.get('ETag')!;
    d1.mode = 'fail';
    clock.advance(N);
    const paths = [
      '/api/v1/clusters?province=浙江省',
      '/api/v1/clusters?format=csv',
      '/api/v1/facets?year=2023',
      '/api/v1/provinces',
      '/api/v1/meta',
      '/api/v1/clusters/1',
    ];
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Dataset-Stale'), path).toBe('1');
    }
    const notModified = await get('/api/v1/meta', { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('X-Dataset-Stale')).toBe('1');
    const missing = await get('/api/v1/clusters/99999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('X-Dataset-Stale')).toBe('1');
  });

  it('answers a repeated URL exactly like its first time: the same 200s, 304s, 400s and 404s', async () => {
    const cases: [string, number][] = [
      ['/api/v1/clusters?province=浙江省&format=csv', 200],
      ['/api/v1/clusters?year=1999', 400],
      ['/api/v1/clusters/99999', 404],
      ['/api/v1/facets?city=宁波', 200],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [path, status] of cases) {
        const res = await get(path);
        expect(res.status, `${path} (round ${round})`).toBe(status);
        if (status === 400) expect((await res.json<{ error: { code: string } }>()).error.code).toBe('unknown_year');
        if (path.includes('format=csv')) expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; /);
      }
    }
    const first = await get('/api/v1/clusters?province=浙江省');
    const again = await get('/api/v1/clusters?province=浙江省', { 'If-None-Match': first.headers.get('ETag')! });
    expect(again.status).toBe(304);
  });
});
