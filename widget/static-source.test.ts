import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFacets, createDataset, parseClusterQuery, selectClusters, toCsv } from '../core/index';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { createStaticSource } from './static-source';

const signal = new AbortController().signal;
const dataset = createDataset(FIXTURE_DATASET_INPUT);

function serveSnapshot(body: unknown, status = 200): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('self-hosted source', () => {
  it("answers exactly what core answers for the API, fetching the snapshot once", async () => {
    const fetch = serveSnapshot(FIXTURE_DATASET_INPUT);
    const source = createStaticSource('https://gov.example/static/clusters.json');
    const info = { version: dataset.version, notices: [...dataset.notices] };
    for (const query of ['province=浙江', 'q=zhoucheng', 'q=cx&sort=-year', 'year=2023,2024&limit=2&offset=1']) {
      const params = new URLSearchParams(query);
      const parsed = parseClusterQuery(params, dataset);
      if (!parsed.ok) throw new Error(`fixture query ${query} does not parse: ${parsed.error.message}`);
      const expected = { ...selectClusters(dataset, parsed.value), datasetVersion: dataset.version };
      const answer = await source.load(params, { facets: true, meta: true }, signal);
      expect(answer).toEqual({ page: expected, facets: computeFacets(dataset, parsed.value), info });
      // Only what was asked for.
      expect(await source.load(params, { facets: false, meta: false }, signal)).toEqual({ page: expected, facets: null, info: null });
    }
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('makes a CSV of every matching row, not just one page', async () => {
    serveSnapshot(FIXTURE_DATASET_INPUT);
    const source = createStaticSource('/clusters.json');
    const file = await source.csvFile(new URLSearchParams('year=2022'));
    const rows = dataset.records.filter((record) => record.year === 2022);
    expect(file.text).toBe(toCsv(rows));
    expect(file.filename).toBe('集群_2022.csv');
  });

  it('reports an invalid filter with the API message, without retry', async () => {
    serveSnapshot(FIXTURE_DATASET_INPUT);
    const source = createStaticSource('/clusters.json');
    await expect(source.load(new URLSearchParams('province=火星'), { facets: true, meta: true }, signal)).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('未知省份'),
    });
  });

  it('reports a failed download as retryable, and retries the download next time', async () => {
    const failing = serveSnapshot({}, 503);
    const source = createStaticSource('/clusters.json');
    await expect(source.load(new URLSearchParams(), { facets: false, meta: true }, signal)).rejects.toMatchObject({ retryable: true });
    expect(failing).toHaveBeenCalledTimes(1);
    serveSnapshot(FIXTURE_DATASET_INPUT);
    expect((await source.load(new URLSearchParams(), { facets: false, meta: true }, signal)).info?.version).toBe(dataset.version);
  });

  it('refuses a file that is not a snapshot', async () => {
    serveSnapshot({ hello: 'world' });
    await expect(createStaticSource('/other.json').load(new URLSearchParams(), { facets: false, meta: false }, signal)).rejects.toMatchObject({ retryable: false });
  });
});
