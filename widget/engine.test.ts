import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { openEngine } from './engine';

/** Serves `files` by URL; anything else is a 404. */
function serveFiles(files: Record<string, unknown>): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (url: string) => (url in files ? new Response(JSON.stringify(files[url])) : new Response('not found', { status: 404 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the engine', () => {
  it('reads the snapshot of the version on screen, and marks search hits', async () => {
    const url = 'https://cdn.example/widget/data/snapshots/v1.json';
    serveFiles({ [url]: FIXTURE_DATASET_INPUT });
    const engine = await openEngine({ url, version: FIXTURE_DATASET_INPUT.version }, null);
    expect(engine.load(new URLSearchParams('q=轴承')).page.total).toBeGreaterThan(0);
    expect(engine.highlight('浙江省新昌县滚动轴承产业集群', '轴承')).toEqual([
      { text: '浙江省新昌县滚动', mark: false },
      { text: '轴承', mark: true },
      { text: '产业集群', mark: false },
    ]);
  });

  it('asks for a fresh first view when the one on screen names a snapshot that is gone', async () => {
    const gone = 'https://cdn.example/widget/data/snapshots/old.json';
    const current = 'https://cdn.example/widget/data/snapshots/new.json';
    serveFiles({ [current]: FIXTURE_DATASET_INPUT });
    const refresh = vi.fn(async () => ({ url: current, version: FIXTURE_DATASET_INPUT.version }));
    const engine = await openEngine({ url: gone, version: 'old' }, refresh);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(engine.version).toBe(FIXTURE_DATASET_INPUT.version);
  });

  it('asks for a fresh first view when the snapshot is of another version than the rows on screen', async () => {
    const url = 'https://cdn.example/widget/clusters.json';
    const versioned = 'https://cdn.example/widget/data/snapshots/fixture-1.json';
    serveFiles({ [url]: { ...FIXTURE_DATASET_INPUT, version: 'newer' }, [versioned]: FIXTURE_DATASET_INPUT });
    const refresh = vi.fn(async () => ({ url: versioned, version: FIXTURE_DATASET_INPUT.version }));
    expect((await openEngine({ url, version: FIXTURE_DATASET_INPUT.version }, refresh)).version).toBe(FIXTURE_DATASET_INPUT.version);
  });

  it('does not paper over a broken file: an invalid snapshot is an error, not a refresh', async () => {
    const url = 'https://cdn.example/widget/data/snapshots/broken.json';
    serveFiles({ [url]: { hello: 'world' } });
    const refresh = vi.fn();
    await expect(openEngine({ url, version: 'v' }, refresh)).rejects.toMatchObject({ kind: 'invalid', detail: url });
    expect(refresh).not.toHaveBeenCalled();
  });
});
