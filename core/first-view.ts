/**
 * The widget's static data files: what `npm run build` writes under `widget/data/`, and what the
 * widget reads instead of calling the API, so that a reader never spends a Worker request.
 *
 * - `views/all.json` and `views/provinces/{province}.json`, and `views/all-{year}.json` and
 *   `views/provinces/{province}-{year}.json` for each year of the data: one {@link FirstView} per first
 *   view an embed can start on (nationwide or a provincial-level division, every year or one),
 *   holding what the first paint needs and nothing more. A province's files are written under
 *   every spelling the API accepts, in its key form (core/province-key.ts) (浙江省, 浙江, zhejiang, 330000,
 *   33): the widget finds the file from the attribute alone, with no table of provinces in its
 *   first paint.
 * - `snapshots/{version}.json`: the whole dataset of that version, for everything else. Its name
 *   changes with the data, so it is cached for good, and a first view always names the snapshot of
 *   its own version: a page never shows rows of two versions.
 */
import type { Facets } from './facets';
import type { Notice } from './notice';
import type { ClusterRecord } from './record';

/** The `format` of a first-view file; a file without it is not one. */
export const FIRST_VIEW_FORMAT = 'cluster-list/first-view@1';

/**
 * Rows a first view holds: its first page for every page size up to this. A larger page size
 * starts from the snapshot instead.
 */
export const FIRST_VIEW_ROWS = 20;

/**
 * The facets a first view holds: those its first paint's controls show. The industry facets
 * (section, division) are left out, so the first paint does not pay for them: the industry
 * select fills in from the engine, which the widget loads once the first rows are in.
 */
export type FirstViewFacets = Pick<Facets, 'total' | 'year' | 'province' | 'city'>;

/** One first-view file: the first page of a view, its first paint's facets and the dataset info, of one version. */
export interface FirstView {
  format: typeof FIRST_VIEW_FORMAT;
  /** The dataset version these rows come from: the API's `datasetVersion`. */
  version: string;
  /** Path of this version's snapshot, relative to the data folder. */
  snapshot: string;
  /** Full match count. */
  total: number;
  /** The first {@link FIRST_VIEW_ROWS} rows in the API's default order (id). */
  rows: ClusterRecord[];
  /** What `/api/v1/facets` gives for the same filter, but for the industry facets. */
  facets: FirstViewFacets;
  /** The MIIT notices, for the source line and the year chips. */
  notices: Notice[];
}

/** Path of the first view of a province (a key of core/province-key.ts; null: the whole list), in one year or every year (null). */
export function firstViewPath(province: string | null, year: number | null = null): string {
  const inYear = year === null ? '' : `-${year}`;
  return province === null ? `views/all${inYear}.json` : `views/provinces/${province}${inYear}.json`;
}

/** Path of a version's snapshot. */
export function snapshotPath(version: string): string {
  return `snapshots/${version}.json`;
}

/** Whether `value` has a first view's shape (a data file truncated, replaced or of another kind has not). */
export function isFirstView(value: unknown): value is FirstView {
  const view = value as Partial<FirstView> | null;
  return (
    typeof view === 'object' &&
    view !== null &&
    view.format === FIRST_VIEW_FORMAT &&
    typeof view.version === 'string' &&
    typeof view.snapshot === 'string' &&
    typeof view.total === 'number' &&
    Array.isArray(view.rows) &&
    Array.isArray(view.notices) &&
    typeof view.facets === 'object' &&
    view.facets !== null &&
    Array.isArray(view.facets.year) &&
    Array.isArray(view.facets.province) &&
    Array.isArray(view.facets.city)
  );
}
