import { SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFirstViews } from '../../core/build-first-views';
import { createDataset, type Dataset } from '../../core/dataset';
import { FIRST_VIEW_ROWS } from '../../core/first-view';
import type { Notice } from '../../core/notice';
import { loadDatasetRows } from '../../worker/db/queries';
import { pageParams, type ViewState } from '../../widget/filters';
import { firstViewAnswer, firstViewFile } from '../../widget/first-view-source';
import { snapshotAnswer } from '../../widget/snapshot-source';
import type { SourceAnswer } from '../../widget/source';

// The widget answers every reader from static files (a first view, else the snapshot, through
// core's code) and never calls the API. This checks, over generated views, that what it shows is
// exactly what the API answers for the same query: rows, total, facets and the dataset info.

const NUM_RUNS = 400;

interface ApiBody {
  data: SourceAnswer['page']['rows'];
  meta: { total: number; datasetVersion: string };
  included: {
    facets: Omit<SourceAnswer['facets'], 'total'>;
    meta: { datasetVersion: string; years: { year: number; batch: number; notice: Omit<Notice, 'year' | 'batch'> | null }[] };
  };
}

async function loadSeededDataset(): Promise<Dataset> {
  const input = await loadDatasetRows(env.DB);
  if (!input) throw new Error('the test database has no dataset: are the seed migrations applied?');
  return createDataset(input);
}

/** What the widget shows for `view`: from its first-view file when it has one, else from the snapshot. */
function staticAnswer(
  dataset: Dataset,
  views: ReturnType<typeof buildFirstViews>,
  view: ViewState,
  pageSize: number,
): { answer: SourceAnswer; fromFirstView: boolean } {
  const fromSnapshot = () => ({ answer: snapshotAnswer(dataset, pageParams(view, pageSize)), fromFirstView: false });
  const first = firstViewFile(view, pageSize);
  if (first === null) return fromSnapshot();
  const path = decodeURIComponent(first.url.slice(first.url.lastIndexOf('/data/') + '/data/'.length));
  const file = views.get(path);
  // A one-year first view of a year the data does not have is absent; the engine answers instead.
  if (!file && first.optional) return fromSnapshot();
  if (!file) throw new Error(`the widget asks for ${path}, which the build does not write`);
  return { answer: firstViewAnswer(file, pageSize), fromFirstView: true };
}

/** A message's first sentence (its Chinese part up to the first full stop). */
function firstSentence(message: string): string {
  return message.slice(0, message.indexOf('。') + 1) || message;
}

/** A first view leaves the industry facets out (the engine counts them after the first paint). */
function withoutIndustryFacets(answer: SourceAnswer): SourceAnswer {
  const { section, division, ...facets } = answer.facets;
  return { ...answer, facets };
}

async function apiAnswer(view: ViewState, pageSize: number): Promise<{ status: number; body: unknown }> {
  const params = pageParams(view, pageSize);
  params.set('include', 'facets,meta');
  const response = await SELF.fetch(`https://api.test/api/v1/clusters?${params}`);
  return { status: response.status, body: await response.json() };
}

function asAnswer(body: ApiBody): SourceAnswer {
  const notices = body.included.meta.years.flatMap(({ year, batch, notice }) => (notice ? [{ year, batch, ...notice }] : []));
  return {
    page: { total: body.meta.total, rows: body.data, datasetVersion: body.meta.datasetVersion },
    // The API leaves the facets' total out of `included`: it is the list's own `meta.total`.
    facets: { total: body.meta.total, ...body.included.facets },
    info: { version: body.included.meta.datasetVersion, notices },
  };
}

const province = fc.constantFrom(
  '',
  '',
  '浙江省',
  '浙江',
  'zhejiang',
  'Zhejiang',
  '33',
  '330000',
  '广东省',
  '北京',
  '新疆',
  '台湾省',
  'Inner Mongolia',
  '火星',
  'zhe jiang',
);
const city = fc.constantFrom('', '', '', '宁波', '宁波市', '杭州市', '深圳', '不存在');
const years = fc.subarray(['2022', '2023', '2024'], { maxLength: 3 }).chain((chosen) => fc.constantFrom(chosen, [...chosen, '2031'].slice(0, chosen.length)));
const q = fc.constantFrom('', '', '', '轴承', 'zhoucheng', 'cx', '浙江 轴承', '智能', 'ZC', '不存在的');
const sort = fc.constantFrom('', '', '-year', 'name', 'province');
// The derived classification: present codes, a code absent here, and codes the API refuses.
const section = fc.constantFrom('', '', '', 'C', 'c', 'I', 'A', 'Z', 'CC');
const division = fc.constantFrom('', '', '', '', '34', '26', '65', '01', '99', 'abc', ' 34 ');
const anyView = fc.record({ province, city, years, q, section, division, sort, page: fc.integer({ min: 1, max: 4 }) });
// A view as an embed starts it, which its first-view file answers: as often as any other.
const presetYears = fc.constantFrom<string[]>([], [], ['2022'], ['2023'], ['2024'], ['2031']);
const none = fc.constant('');
const presetView = fc.record({ province, city: none, years: presetYears, q: none, section: none, division: none, sort: none, page: fc.constant(1) });
const view = fc.oneof(anyView, presetView);
const pageSize = fc.constantFrom(1, 5, 10, 10, FIRST_VIEW_ROWS, FIRST_VIEW_ROWS + 1, 50, 300);

describe('the widget, from static files, and the API', () => {
  it('answer every generated view alike', async () => {
    const dataset = await loadSeededDataset();
    const views = buildFirstViews(dataset);
    let fromFirstViews = 0;
    await fc.assert(
      fc.asyncProperty(view, pageSize, async (state, size) => {
        const api = await apiAnswer(state, size);
        if (firstViewFile(state, size) !== null) fromFirstViews++;
        if (api.status === 400) {
          const { message } = (api.body as { error: { message: string } }).error;
          // The same first sentence, which names the value and the rule. What follows may differ: the
          // Worker refuses a malformed code before it loads the dataset and points to the facets, while
          // the widget, which has the snapshot, lists the codes the data has.
          expect(() => staticAnswer(dataset, views, state, size)).toThrow(
            expect.objectContaining({ kind: 'query', detail: expect.stringContaining(firstSentence(message)) }),
          );
          return;
        }
        expect(api.status).toBe(200);
        const { answer, fromFirstView } = staticAnswer(dataset, views, state, size);
        const expected = asAnswer(api.body as ApiBody);
        expect(answer).toEqual(fromFirstView ? withoutIndustryFacets(expected) : expected);
      }),
      { numRuns: NUM_RUNS },
    );
    // The first views were exercised, not only the snapshot.
    expect(fromFirstViews).toBeGreaterThan(NUM_RUNS / 10);
    // Hundreds of requests through the Worker: minutes on a loaded 2-core machine, not the default 5 s.
  }, 120_000);

  it('answer every first view the build writes alike', async () => {
    const dataset = await loadSeededDataset();
    for (const [path, file] of buildFirstViews(dataset)) {
      const [, province, year] = path.match(/^views\/(?:all|provinces\/(.+?))(?:-(\d{4}))?\.json$/) ?? [];
      if (path.match(/^views\//) === null) throw new Error(`unexpected first view ${path}`);
      const state: ViewState = { province: province ?? '', city: '', years: year ? [year] : [], q: '', section: '', division: '', sort: '', page: 1 };
      const api = await apiAnswer(state, FIRST_VIEW_ROWS);
      expect(api.status, path).toBe(200);
      expect(firstViewAnswer(file, FIRST_VIEW_ROWS), path).toEqual(withoutIndustryFacets(asAnswer(api.body as ApiBody)));
    }
  }, 180_000);
});
