import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFirstViews } from '../core/build-first-views';
import { createDataset } from '../core/dataset';
import { FIRST_VIEW_ROWS } from '../core/first-view';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { presetView } from './filters';
import { firstViewAnswer, firstViewFile, loadFirstView } from './first-view-source';
import { snapshotAnswer } from './snapshot-source';

const dataset = createDataset(FIXTURE_DATASET_INPUT);
const views = buildFirstViews(dataset);
const view = (presets: Parameters<typeof presetView>[0]) => presetView(presets, '');
const path = (file: { url: string } | null) => (file === null ? null : new URL(file.url).pathname.replace(/^.*\/data\//, ''));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first-view file of a view', () => {
  it('is the whole list or the province, for any spelling the API takes', () => {
    expect(path(firstViewFile(view({}), 10))).toBe('views/all.json');
    for (const spelling of ['浙江省', '浙江', 'zhejiang', 'Zhejiang', ' 330000 ', '33']) {
      expect(path(firstViewFile(view({ province: spelling }), 10))).toBe('views/330000.json');
    }
    expect(path(firstViewFile(view({ province: 'Inner Mongolia' }), FIRST_VIEW_ROWS))).toBe('views/150000.json');
  });

  it('is one year of the whole list or a province, optional since only the years of the data have one', () => {
    expect(firstViewFile(view({ year: '2023' }), 10)).toMatchObject({ optional: true });
    expect(path(firstViewFile(view({ year: '2023' }), 10))).toBe('views/all-2023.json');
    expect(path(firstViewFile(view({ province: '浙江', year: '2031' }), 10))).toBe('views/330000-2031.json');
    expect(firstViewFile(view({ province: '浙江' }), 10)).toMatchObject({ optional: false });
  });

  it('is none for what only the snapshot can answer, nor for a province the API refuses', () => {
    expect(firstViewFile(view({ province: '火星' }), 10)).toBeNull();
    expect(firstViewFile(view({ province: '浙江省', city: '宁波' }), 10)).toBeNull();
    expect(firstViewFile(view({ year: '2023,2024' }), 10)).toBeNull();
    expect(firstViewFile(view({ year: '２０２３' }), 10)).toBeNull();
    expect(firstViewFile(view({ q: '轴承' }), 10)).toBeNull();
    expect(firstViewFile({ ...view({}), sort: '-year' }, 10)).toBeNull();
    expect(firstViewFile({ ...view({}), page: 2 }, 10)).toBeNull();
    expect(firstViewFile(view({}), FIRST_VIEW_ROWS + 1)).toBeNull();
  });
});

describe('a first view', () => {
  it("answers its view exactly as the snapshot, and so the API, does, at every page size it holds", () => {
    for (const [province, query] of [[null, ''], ['330000', 'province=330000'], ['710000', 'province=710000']] as const) {
      const file = views.get(`views/${province ?? 'all'}.json`);
      if (!file) throw new Error(`no first view for ${province}`);
      for (const size of [1, 3, 10, FIRST_VIEW_ROWS]) {
        const params = new URLSearchParams(`${query}${query ? '&' : ''}limit=${size}`);
        expect(firstViewAnswer(file, size)).toEqual(snapshotAnswer(dataset, params));
      }
    }
  });

  it('is fetched once per page, and again past the HTTP cache when asked to', async () => {
    const file = views.get('views/all.json');
    const fetch = vi.fn(async () => new Response(JSON.stringify(file)));
    vi.stubGlobal('fetch', fetch);
    const url = 'https://cdn.example/widget/data/views/all.json';
    expect(await loadFirstView(url)).toEqual(file);
    await loadFirstView(url);
    expect(fetch).toHaveBeenCalledTimes(1);
    await loadFirstView(url, true);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith(url, expect.objectContaining({ cache: 'reload' }));
  });

  it('that is not one (another JSON file) is refused, and a failed load is retried next time', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: [] }))));
    const url = 'https://cdn.example/widget/data/views/330000.json';
    await expect(loadFirstView(url)).rejects.toMatchObject({ kind: 'invalid', detail: url });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(views.get('views/330000.json')))));
    expect((await loadFirstView(url)).total).toBe(views.get('views/330000.json')?.total);
  });
});
