import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFacets, createDataset, parseClusterQuery, parseFacetQuery, selectClusters, toCsv } from '../core/index';
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
    for (const query of ['province=浙江', 'q=zhoucheng', 'q=cx&sort=-year', 'year=2023,2024&limit=2&offset=1']) {
      const params = new URLSearchParams(query);
      const expected = selectClusters(dataset, (parseClusterQuery(params, dataset) as { ok: true; value: never }).value);
      expect(await source.clusters(params, signal)).toEqual({ ...expected, datasetVersion: dataset.version });
      const filter = new URLSearchParams(query);
      for (const name of ['sort', 'limit', 'offset']) filter.delete(name);
      const facets = parseFacetQuery(filter, dataset);
      expect(facets.ok && (await source.facets(filter, signal))).toEqual(facets.ok && computeFacets(dataset, facets.value));
    }
    expect(await source.info(signal)).toEqual({ version: dataset.version, notices: [...dataset.notices] });
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
    await expect(source.clusters(new URLSearchParams('province=火星'), signal)).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('未知省份'),
    });
  });

  it('reports a failed download as retryable, and retries the download next time', async () => {
    const failing = serveSnapshot({}, 503);
    const source = createStaticSource('/clusters.json');
    await expect(source.info(signal)).rejects.toMatchObject({ retryable: true });
    expect(failing).toHaveBeenCalledTimes(1);
    serveSnapshot(FIXTURE_DATASET_INPUT);
    expect((await source.info(signal)).version).toBe(dataset.version);
  });

  it('refuses a file that is not a snapshot', async () => {
    serveSnapshot({ hello: 'world' });
    await expect(createStaticSource('/other.json').info(signal)).rejects.toMatchObject({ retryable: false });
  });
});
