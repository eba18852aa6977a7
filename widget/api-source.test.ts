import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_CLUSTERS, FIXTURE_NOTICES } from '../test/fixtures/records';
import { createApiSource, withInclude } from './api-source';

const signal = new AbortController().signal;
const API = new URL('https://clusters.example/');
const facets = { year: [{ value: 2023, count: 2 }], province: [{ value: '浙江省', count: 2 }], city: [] };
const meta = {
  datasetVersion: '2024.1',
  years: FIXTURE_NOTICES.map(({ year, batch, ...notice }) => ({ year, batch, count: 1, notice })),
};
const rows = FIXTURE_CLUSTERS.slice(0, 2);

function serve(body: unknown, status = 200): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => Response.json(body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('API source', () => {
  it('spells include canonically, last in the query', () => {
    expect(withInclude(new URLSearchParams('q=a'), { facets: true, meta: true }).toString()).toBe('q=a&include=facets%2Cmeta');
    expect(withInclude(new URLSearchParams('q=a'), { facets: false, meta: false }).toString()).toBe('q=a');
    const source = createApiSource(API);
    expect(source.url(new URLSearchParams('province=浙江&limit=10'), { facets: true, meta: true })).toBe(
      'https://clusters.example/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81&limit=10&include=facets,meta',
    );
    expect(source.url(new URLSearchParams(), { facets: true, meta: false })).toBe('https://clusters.example/api/v1/clusters?include=facets');
  });

  it('gets rows, facets and the dataset info in one request', async () => {
    const fetch = serve({ data: rows, meta: { total: 7, limit: 2, offset: 0, datasetVersion: '2024.1' }, included: { facets, meta } });
    const answer = await createApiSource(API).load(new URLSearchParams('province=浙江省'), { facets: true, meta: true }, signal);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(answer.page).toEqual({ total: 7, rows, datasetVersion: '2024.1' });
    expect(answer.facets).toEqual(facets);
    expect(answer.info).toEqual({ version: '2024.1', notices: FIXTURE_NOTICES });
  });

  it('still shows the rows of an older API that answers without `included`', async () => {
    serve({ data: rows, meta: { total: 2, limit: 100, offset: 0, datasetVersion: '2023.1' } });
    const answer = await createApiSource(API).load(new URLSearchParams(), { facets: true, meta: true }, signal);
    expect(answer).toEqual({ page: { total: 2, rows, datasetVersion: '2023.1' }, facets: null, info: null });
  });

  it('asks again without include when an API from before include refuses it', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('include=')
        ? Response.json({ error: { code: 'unknown_parameter', message: 'Unknown parameter "include"', param: 'include' } }, { status: 400 })
        : Response.json({ data: rows, meta: { total: 2, limit: 10, offset: 0, datasetVersion: 'x' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const answer = await createApiSource(API).load(new URLSearchParams('limit=10'), { facets: true, meta: true }, signal);
    expect(answer.page.rows).toEqual(rows);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'https://clusters.example/api/v1/clusters?limit=10&include=facets,meta',
      'https://clusters.example/api/v1/clusters?limit=10',
    ]);
  });

  it('fetches with the defaults a `<link rel=preload as=fetch crossorigin>` uses, so the browser reuses it', async () => {
    const fetch = serve({ data: [], meta: { total: 0, limit: 10, offset: 0, datasetVersion: 'x' } });
    await createApiSource(API).load(new URLSearchParams(), { facets: false, meta: false }, signal);
    const init = fetch.mock.calls[0]?.[1];
    // Mode cors and credentials same-origin are fetch's defaults; anything else breaks the match.
    expect(init).toEqual({ signal });
  });

  it("shows the API's message for a 400, without retry", async () => {
    serve({ error: { code: 'invalid_province', message: '未知省份“火星”' } }, 400);
    await expect(createApiSource(API).load(new URLSearchParams('province=火星'), { facets: false, meta: false }, signal)).rejects.toMatchObject({
      message: '未知省份“火星”',
      retryable: false,
    });
  });

  it('links the CSV and the record pages on the same site', () => {
    const source = createApiSource(new URL('https://clusters.example/data/'));
    expect(source.csvUrl(new URLSearchParams('year=2023'))).toBe('https://clusters.example/data/api/v1/clusters?year=2023&limit=300&format=csv');
    expect(source.recordUrl(42)).toBe('https://clusters.example/data/clusters/42');
  });
});
