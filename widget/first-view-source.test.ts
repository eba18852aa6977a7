import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFirstViews } from '../core/build-first-views';
import { createDataset } from '../core/dataset';
import { FIRST_VIEW_ROWS } from '../core/first-view';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { presetView } from './filters';
import { firstViewAnswer, firstViewFile, loadFirstView } from './first-view-source';
import { snapshotAnswer } from './snapshot-source';
import type { SourceAnswer } from './source';

const dataset = createDataset(FIXTURE_DATASET_INPUT);
const views = buildFirstViews(dataset);
const view = (presets: Parameters<typeof presetView>[0]) => presetView(presets, '');
const path = (file: { url: string } | null) => (file === null ? null : decodeURIComponent(new URL(file.url).pathname.replace(/^.*\/data\//, '')));

/** A first view leaves the industry facets out (the engine counts them after the first paint). */
function withoutIndustryFacets(answer: SourceAnswer): SourceAnswer {
  const { section, division, ...facets } = answer.facets;
  return { ...answer, facets };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first-view file of a view', () => {
  it('is the whole list, or the province under the spelling the page wrote, in the form core compares spellings in', () => {
    expect(path(firstViewFile(view({}), 10))).toBe('views/all.json');
    expect(firstViewFile(view({}), 10)).toMatchObject({ optional: false });
    expect(path(firstViewFile(view({ province: '浙江省' }), 10))).toBe('views/provinces/浙江省.json');
    expect(path(firstViewFile(view({ province: ' Zhe-Jiang ' }), 10))).toBe('views/provinces/zhejiang.json');
    expect(path(firstViewFile(view({ province: 'Inner Mongolia' }), FIRST_VIEW_ROWS))).toBe('views/provinces/innermongolia.json');
    // A spelling the build has no file for is a 404, after which the engine answers as the API does.
    expect(firstViewFile(view({ province: '火星' }), 10)).toMatchObject({ optional: true });
  });

  it('is a file the build writes for every spelling the API accepts, holding that province', () => {
    for (const spelling of [
      '浙江省',
      '浙江',
      'zhejiang',
      'ZHEJIANG',
      '330000',
      '33',
      '内蒙古',
      'Inner Mongolia',
      'nei mongol',
      'Hong Kong',
      '新疆维吾尔自治区',
    ]) {
      const file = views.get(path(firstViewFile(view({ province: spelling }), 10))!);
      expect(file, spelling).toBeDefined();
      const expected = withoutIndustryFacets(snapshotAnswer(dataset, new URLSearchParams({ province: spelling, limit: '10' })));
      expect(firstViewAnswer(file!, 10), spelling).toEqual(expected);
    }
  });

  it('names a hostile spelling safely: encoded, never a path of its own', () => {
    const url = firstViewFile(view({ province: 'a/../../x?y#z' }), 10)!.url;
    expect(new URL(url).pathname).toMatch(/\/data\/views\/provinces\/a%2F%2F%2Fx%3Fy%23z\.json$/);
    expect(firstViewFile(view({ province: '浙'.repeat(65) }), 10)).toBeNull();
  });

  it('is one year of the whole list or a province, optional since only the years of the data have one', () => {
    expect(firstViewFile(view({ year: '2023' }), 10)).toMatchObject({ optional: true });
    expect(path(firstViewFile(view({ year: '2023' }), 10))).toBe('views/all-2023.json');
    expect(path(firstViewFile(view({ province: '浙江', year: '2031' }), 10))).toBe('views/provinces/浙江-2031.json');
  });

  it('is none for what only the snapshot can answer, nor for a province the API refuses', () => {
    expect(firstViewFile(view({ province: '浙江省', city: '宁波' }), 10)).toBeNull();
    expect(firstViewFile(view({ year: '2023,2024' }), 10)).toBeNull();
    expect(firstViewFile(view({ year: '２０２３' }), 10)).toBeNull();
    expect(firstViewFile(view({ q: '轴承' }), 10)).toBeNull();
    expect(firstViewFile(view({ division: '34' }), 10)).toBeNull();
    expect(firstViewFile(view({ province: '浙江省', section: 'C' }), 10)).toBeNull();
    expect(firstViewFile({ ...view({}), sort: '-year' }, 10)).toBeNull();
    expect(firstViewFile({ ...view({}), page: 2 }, 10)).toBeNull();
    expect(firstViewFile(view({}), FIRST_VIEW_ROWS + 1)).toBeNull();
  });
});

describe('a first view', () => {
  it('answers its view exactly as the snapshot, and so the API, does, at every page size it holds, but for the industry facets', () => {
    for (const [path, query] of [
      ['views/all.json', ''],
      ['views/provinces/330000.json', 'province=330000'],
      ['views/provinces/台湾省-2023.json', 'province=台湾&year=2023'],
    ] as const) {
      const file = views.get(path);
      if (!file) throw new Error(`no first view ${path}`);
      for (const size of [1, 3, 10, FIRST_VIEW_ROWS]) {
        const params = new URLSearchParams(`${query}${query ? '&' : ''}limit=${size}`);
        expect(firstViewAnswer(file, size)).toEqual(withoutIndustryFacets(snapshotAnswer(dataset, params)));
      }
    }
  });

  it('leaves the industry facets out of every file: the first paint does not pay for them', () => {
    for (const [path, file] of views) expect(Object.keys(file.facets).sort(), path).toEqual(['city', 'province', 'total', 'year']);
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
    expect(fetch).toHaveBeenLastCalledWith(url, expect.objectContaining({ cache: 'no-cache' }));
  });

  it('that is not one (another JSON file) is refused, and a failed load is retried next time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ data: [] }))),
    );
    const url = 'https://cdn.example/widget/data/views/provinces/330000.json';
    await expect(loadFirstView(url)).rejects.toMatchObject({ kind: 'invalid', detail: url });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(views.get('views/provinces/330000.json')))),
    );
    expect((await loadFirstView(url)).total).toBe(views.get('views/provinces/330000.json')?.total);
  });
});
