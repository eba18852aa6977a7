import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFacets, createDataset, parseClusterQuery, selectClusters, toCsv } from '../core/index';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { loadSnapshotSource } from './snapshot-source';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

function serve(body: string, status = 200): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const serveSnapshot = (snapshot: unknown = FIXTURE_DATASET_INPUT) => serve(JSON.stringify(snapshot));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the snapshot source', () => {
  it('answers exactly what core answers for the API, fetching the snapshot once', async () => {
    const fetch = serveSnapshot();
    const source = await loadSnapshotSource('https://gov.example/static/clusters.json', null);
    const info = { version: dataset.version, notices: [...dataset.notices] };
    for (const query of ['province=浙江', 'q=zhoucheng', 'q=cx&sort=-year', 'year=2023,2024&limit=2&offset=1']) {
      const params = new URLSearchParams(query);
      const parsed = parseClusterQuery(params, dataset);
      if (!parsed.ok) throw new Error(`fixture query ${query} does not parse: ${parsed.error.message}`);
      const page = { ...selectClusters(dataset, parsed.value), datasetVersion: dataset.version };
      expect(source.load(params)).toEqual({ page, facets: computeFacets(dataset, parsed.value), info });
    }
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(source.version).toBe(dataset.version);
  });

  it('makes a CSV of every matching row, not just one page', async () => {
    serveSnapshot();
    const source = await loadSnapshotSource('/clusters.json', null);
    const file = source.csvFile(new URLSearchParams('year=2022&limit=1'));
    expect(file.text).toBe(toCsv(dataset.records.filter((record) => record.year === 2022)));
    expect(file.filename).toBe('集群_2022.csv');
  });

  it("reports a filter the API refuses with the API's message, without retry", async () => {
    serveSnapshot();
    const source = await loadSnapshotSource('/clusters.json', null);
    expect(() => source.load(new URLSearchParams('province=火星'))).toThrow(
      expect.objectContaining({ kind: 'query', retryable: false, detail: expect.stringContaining('未知省份') }),
    );
  });

  it('refuses a snapshot of another version than the rows on screen', async () => {
    serveSnapshot();
    await expect(loadSnapshotSource('/data/snapshots/old.json', 'another-version')).rejects.toMatchObject({
      kind: 'stale',
      detail: '/data/snapshots/old.json',
    });
  });

  it.each([
    ['missing (404)', () => serve('not found', 404), 'missing'],
    ['unreachable (503)', () => serve('{}', 503), 'network'],
    [
      'offline',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
        ),
      'network',
    ],
    ['truncated', () => serve(JSON.stringify(FIXTURE_DATASET_INPUT).slice(0, 500)), 'invalid'],
    ['not JSON', () => serve('<!doctype html><title>404</title>'), 'invalid'],
    ['of another shape', () => serve(JSON.stringify({ hello: 'world' })), 'invalid'],
    ['records of another shape', () => serve(JSON.stringify({ ...FIXTURE_DATASET_INPUT, records: [1, 1] })), 'invalid'],
    [
      'records with one id twice',
      () => serve(JSON.stringify({ ...FIXTURE_DATASET_INPUT, records: [FIXTURE_DATASET_INPUT.records[0], FIXTURE_DATASET_INPUT.records[0]] })),
      'invalid',
    ],
  ] as const)('names the file when it is %s, and can be retried', async (_, setUp, kind) => {
    setUp();
    await expect(loadSnapshotSource('/static/clusters.json', null)).rejects.toMatchObject({ kind, detail: '/static/clusters.json', retryable: true });
  });
});
