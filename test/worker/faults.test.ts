import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createResponseMemo } from '../../worker/cache/memo';
import { createDatasetStore } from '../../worker/dataset/store';
import { JSON_CONTENT_TYPE } from '../../worker/http/content-types';
import { cacheTestApp, serverTiming } from './cache-test-app';
import { fakeClock, fakeD1, INTERNAL_ERROR_TEXT, type FakeD1 } from './dataset-fakes';

const N = 60;
let d1: FakeD1;
let clock: ReturnType<typeof fakeClock>;
let app: ReturnType<typeof cacheTestApp>;
const logged: unknown[][] = [];
const consoleError = console.error;

beforeEach(() => {
  d1 = fakeD1();
  clock = fakeClock();
  const store = createDatasetStore({ recheckSeconds: N, now: clock.now, timer: d1.timer, retrySeconds: 5 });
  app = cacheTestApp(store, createResponseMemo());
  logged.length = 0;
  console.error = (...args: unknown[]) => logged.push(args);
});

afterEach(() => {
  console.error = consoleError;
});

const get = (query = '?province=浙江省') => app.request(`https://example.com/api/v1/clusters${query}`, {}, { DB: d1.db });

async function expectNoInternals(res: Response) {
  const text = await res.text();
  for (const leak of [INTERNAL_ERROR_TEXT, 'SQLITE', 'D1_ERROR', 'TimeoutError', 'at ', 'dataset_meta', 'stack']) {
    expect(text, leak).not.toContain(leak);
  }
  for (const [name, value] of res.headers) expect(value, name).not.toMatch(/SQLITE|D1_ERROR|secret/);
  return text;
}

describe('D1 fails while a copy is loaded', () => {
  for (const mode of ['fail', 'hang'] as const) {
    it(`keeps answering 200 from the copy, marked stale and cached briefly (${mode})`, async () => {
      const fresh = await get();
      const freshBody = await fresh.text();
      d1.mode = mode;
      clock.advance(N);

      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get('X-Dataset-Stale')).toBe('1');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=0, s-maxage=60');
      expect(res.headers.get('Cloudflare-CDN-Cache-Control')).toBe('public, max-age=60');
      expect(serverTiming(res).db).toMatch(/^dur=/);
      expect(await expectNoInternals(res)).toBe(freshBody);

      // A query not seen before is answered from the copy too.
      const other = await get('?province=江苏省');
      expect(other.status).toBe(200);
      expect(other.headers.get('X-Dataset-Stale')).toBe('1');
      expect(logged.length).toBeGreaterThan(0);
    });
  }

  it('drops the stale marker once D1 answers again', async () => {
    await get();
    d1.mode = 'fail';
    clock.advance(N);
    expect((await get()).headers.get('X-Dataset-Stale')).toBe('1');
    d1.mode = 'pass';
    clock.advance(5);
    const res = await get();
    expect(res.headers.get('X-Dataset-Stale')).toBeNull();
    expect(res.headers.get('Cache-Control')).toMatch(/s-maxage=3600/);
  });
});

describe('D1 fails and no copy is loaded', () => {
  for (const mode of ['fail', 'hang'] as const) {
    it(`answers 503 JSON with Retry-After and no internals (${mode})`, async () => {
      d1.mode = mode;
      const res = await get();
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('5');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      // The 503 once lacked `; charset=utf-8`; it must match every other error exactly.
      expect(res.headers.get('Content-Type')).toBe(JSON_CONTENT_TYPE);
      expect(res.headers.get('Content-Type')).toBe((await get('?bogus=1')).headers.get('Content-Type'));
      const body = JSON.parse(await expectNoInternals(res));
      expect(body).toEqual({
        error: { code: 'dataset_unavailable', message: expect.stringMatching(/请稍后重试.* \/ .*retry/), param: null },
      });
      expect(logged.some((args) => String(args[0]).includes('D1 read failed'))).toBe(true);
    });
  }

  it('counts the wait for D1 in Server-Timing and then answers from a recovered D1', async () => {
    d1.mode = 'fail';
    const failed = await get();
    expect(failed.status).toBe(503);
    expect(serverTiming(failed).db).toMatch(/^dur=/);
    expect(serverTiming(failed).total).toMatch(/^dur=/);

    d1.mode = 'pass';
    expect((await get()).status).toBe(503);
    clock.advance(5);
    const recovered = await get();
    expect(recovered.status).toBe(200);
    expect(recovered.headers.get('X-Dataset-Stale')).toBeNull();
  });

  it('still rejects bad input with 400 before touching D1', async () => {
    d1.mode = 'fail';
    const res = await get('?bogus=1');
    expect(res.status).toBe(400);
    expect(d1.queries).toHaveLength(0);
  });
});
