import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createResponseMemo } from '../../worker/cache/memo';
import { createDatasetStore } from '../../worker/dataset/store';
import { CSV_CONTENT_TYPE } from '../../worker/http/content-types';
import { cacheTestApp, serverTiming, TEST_BUILD_ID } from './cache-test-app';
import { fakeClock, fakeD1, seededVersion, setVersion, type FakeD1 } from './dataset-fakes';

const N = 60;
let seeded: string;
let d1: FakeD1;
let clock: ReturnType<typeof fakeClock>;
let app: ReturnType<typeof cacheTestApp>;

beforeEach(async () => {
  seeded = await seededVersion();
  d1 = fakeD1();
  clock = fakeClock();
  app = cacheTestApp(createDatasetStore({ recheckSeconds: N, now: clock.now }), createResponseMemo());
});

afterEach(async () => {
  await setVersion(seeded);
});

const get = (query: string, headers: Record<string, string> = {}, method = 'GET') =>
  app.request(`https://example.com/api/v1/clusters${query}`, { method, headers }, { DB: d1.db });

describe('response memo', () => {
  it('answers the second identical request from the memo without querying D1', async () => {
    const first = await get('?province=浙江省');
    expect(first.status).toBe(200);
    expect(serverTiming(first)).toMatchObject({ cache: 'desc="miss"' });
    expect(serverTiming(first).db).toMatch(/^dur=\d+(\.\d)?$/);
    const queried = d1.queries.length;
    expect(queried).toBeGreaterThan(0);

    const second = await get('?province=浙江省');
    expect(second.status).toBe(200);
    expect(serverTiming(second).cache).toBe('desc="hit"');
    expect(serverTiming(second)).not.toHaveProperty('db');
    expect(serverTiming(second).total).toMatch(/^dur=/);
    expect(d1.queries).toHaveLength(queried);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
  });

  it('treats differently spelled equivalent queries as the same entry', async () => {
    const first = await get('?province=浙江省');
    const body = await first.text();
    expect(JSON.parse(body).meta.total).toBeGreaterThan(0);
    for (const spelling of [
      '?province=zhejiang',
      '?province=Zhejiang',
      '?province=33&limit=100',
      '?limit=100&province=330000',
      '?province=%E6%B5%99%E6%B1%9F',
    ]) {
      const res = await get(spelling);
      expect(serverTiming(res).cache, spelling).toBe('desc="hit"');
      expect(res.headers.get('ETag'), spelling).toBe(first.headers.get('ETag'));
      expect(await res.text(), spelling).toBe(body);
    }
  });

  it('keys different views apart', async () => {
    const zhejiang = await get('?province=浙江省');
    const jiangsu = await get('?province=江苏省');
    expect(serverTiming(jiangsu).cache).toBe('desc="miss"');
    expect(jiangsu.headers.get('ETag')).not.toBe(zhejiang.headers.get('ETag'));
    expect(await jiangsu.text()).not.toBe(await zhejiang.text());
  });

  it('memoizes CSV with its own content type', async () => {
    const miss = await get('?format=csv&year=2023');
    const res = await get('?year=2023&format=csv');
    expect(serverTiming(res).cache).toBe('desc="hit"');
    expect(res.headers.get('Content-Type')).toBe(CSV_CONTENT_TYPE);
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; /);
    expect(res.headers.get('Content-Disposition')).toBe(miss.headers.get('Content-Disposition'));
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('cache headers', () => {
  it('sends a strong ETag, edge and browser lifetimes, and a Cache-Tag naming the dataset version', async () => {
    const res = await get('?province=浙江省');
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-z]+"$/);
    const cacheControl = res.headers.get('Cache-Control')!;
    expect(cacheControl).toMatch(/^public, /);
    expect(cacheControl).toMatch(/\bmax-age=\d+/);
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
    const edge = res.headers.get('Cloudflare-CDN-Cache-Control')!;
    expect(edge).toMatch(/\bstale-while-revalidate=\d+/);
    expect(edge).toMatch(/\bstale-if-error=\d+/);
    // Workers Cache turns stale serving off when s-maxage is present.
    expect(edge).not.toMatch(/s-maxage|must-revalidate|proxy-revalidate/);
    expect(res.headers.get('Cache-Tag')).toBe(`cluster-list-api,cluster-list-v${seeded},cluster-list-b${TEST_BUILD_ID}`);
    expect(res.headers.get('X-Dataset-Stale')).toBeNull();
  });
});

describe('conditional requests', () => {
  it('never answers 304 to a tag another build handed out, for the same data and query', async () => {
    // One memo and one dataset copy shared by both builds: only the code differs.
    const memo = createResponseMemo();
    const store = createDatasetStore({ recheckSeconds: N, now: clock.now });
    const oldBuild = cacheTestApp(store, memo, 'build-old');
    const newBuild = cacheTestApp(store, memo, 'build-new');
    const request = (which: typeof app, headers: Record<string, string> = {}) =>
      which.request('https://example.com/api/v1/clusters?province=浙江省', { headers }, { DB: d1.db });

    const old = await request(oldBuild);
    const oldTag = old.headers.get('ETag')!;
    expect((await request(oldBuild, { 'If-None-Match': oldTag })).status).toBe(304);

    const fresh = await request(newBuild, { 'If-None-Match': oldTag });
    expect(fresh.status).toBe(200);
    expect(serverTiming(fresh).cache).toBe('desc="miss"');
    expect(fresh.headers.get('ETag')).not.toBe(oldTag);
    expect(fresh.headers.get('Cache-Tag')).toMatch(/,cluster-list-bbuild-new$/);
  });

  it('answers a matching If-None-Match with 304, no body, and the same validators and cache headers', async () => {
    const first = await get('?province=浙江省');
    const etag = first.headers.get('ETag')!;
    const res = await get('?province=zhejiang', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    for (const name of ['ETag', 'Cache-Control', 'Cloudflare-CDN-Cache-Control', 'Cache-Tag']) {
      expect(res.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(serverTiming(res).total).toMatch(/^dur=/);
  });

  it('matches within a list, by weak comparison, and for *', async () => {
    const etag = (await get('?province=浙江省')).headers.get('ETag')!;
    for (const header of [`"other", ${etag}`, `W/${etag}`, `"a,b", W/"x" ,${etag}`, '*']) {
      expect((await get('?province=浙江省', { 'If-None-Match': header })).status, header).toBe(304);
    }
  });

  it('answers 200 with the body when no listed tag matches', async () => {
    const first = await get('?province=浙江省');
    const etag = first.headers.get('ETag')!;
    for (const header of ['"other"', `${etag.slice(0, -2)}"`, 'W/"x", "y"', etag.slice(1, -1)]) {
      const res = await get('?province=浙江省', { 'If-None-Match': header });
      expect(res.status, header).toBe(200);
      expect(await res.text()).toBe(await (await get('?province=浙江省')).text());
    }
  });

  it('answers 304 from a cold memo without rendering', async () => {
    const etag = (await get('?province=浙江省')).headers.get('ETag')!;
    const coldApp = cacheTestApp(createDatasetStore({ now: clock.now }), createResponseMemo());
    const res = await coldApp.request('https://example.com/api/v1/clusters?province=浙江省', { headers: { 'If-None-Match': etag } }, { DB: d1.db });
    expect(res.status).toBe(304);
    expect(serverTiming(res).cache).toBe('desc="miss"');
  });
});

describe('HEAD', () => {
  it('returns the headers of GET, including Content-Length, and no body', async () => {
    const getRes = await get('?province=浙江省');
    const bytes = (await getRes.arrayBuffer()).byteLength;
    const head = await get('?province=浙江省', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const name of ['Content-Type', 'ETag', 'Cache-Control', 'Cloudflare-CDN-Cache-Control', 'Cache-Tag']) {
      expect(head.headers.get(name), name).toBe(getRes.headers.get(name));
    }
    expect(head.headers.get('Content-Length')).toBe(String(bytes));
    expect(serverTiming(head).cache).toBe('desc="hit"');
  });
});

describe('data release', () => {
  it('serves a new dataset version after N seconds with new validators and purges the old version tag once', async () => {
    const purged: string[][] = [];
    const ctx = {
      waitUntil: () => {},
      passThroughOnException: () => {},
      props: {},
      cache: {
        purge: async (options: { tags?: string[] }) => {
          purged.push(options.tags ?? []);
          return { success: true, errors: [] };
        },
        invalidate: async () => ({ success: true, errors: [] }),
      },
    };
    const request = (headers: Record<string, string> = {}) =>
      app.request('https://example.com/api/v1/clusters?province=浙江省', { headers }, { DB: d1.db }, ctx as unknown as ExecutionContext);

    const before = await request();
    const oldTag = before.headers.get('ETag')!;
    await setVersion('release-2');

    clock.advance(N - 1);
    expect((await request({ 'If-None-Match': oldTag })).status).toBe(304);

    clock.advance(1);
    const after = await request({ 'If-None-Match': oldTag });
    expect(after.status).toBe(200);
    expect(serverTiming(after).cache).toBe('desc="miss"');
    expect(after.headers.get('ETag')).not.toBe(oldTag);
    expect(after.headers.get('Cache-Tag')).toBe(`cluster-list-api,cluster-list-vrelease-2,cluster-list-b${TEST_BUILD_ID}`);
    expect((await after.json<{ meta: { datasetVersion: string } }>()).meta.datasetVersion).toBe('release-2');
    expect(purged).toEqual([[`cluster-list-v${seeded}`]]);

    await request();
    expect(purged).toHaveLength(1);
  });
});
