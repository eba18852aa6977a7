/**
 * The first rows of an embed, from one small static file (core/first-view.ts) that the script
 * and the embed snippet's preload hint fetch in parallel. No engine, no snapshot: the views the
 * embed builder writes (the whole list, or one province) start here.
 */
import { FIRST_VIEW_ROWS, firstViewPath, isFirstView, type FirstView } from '../core/first-view';
import { MAX_NAME_LENGTH } from '../core/query';
import { provinceKey } from '../core/province-key';
import { dataUrl } from './data-location';
import { fetchDataFile } from './data-file';
import type { ViewState } from './filters';
import type { SourceAnswer } from './source';

/** The first-view file of a view, and whether it may not exist. */
export interface FirstViewFile {
  url: string;
  /**
   * A province's first view exists for each spelling the API accepts, and a one-year first view
   * for each year of the data: for any other spelling or year there is no file (a 404), and the
   * engine then answers (the API's message for a province or year it does not have).
   */
  optional: boolean;
}

/** The year of a one-year view, as the build names its file: four ASCII digits; else null. */
function singleYear(years: readonly string[]): number | null | undefined {
  if (years.length === 0) return null;
  return years.length === 1 && /^\d{4}$/.test(years[0] ?? '') ? Number(years[0]) : undefined;
}

/**
 * The first-view file that answers `view` at `pageSize`, or null when only the snapshot can: a
 * city, search, industry, sort or several years, a later page, more rows than a first view holds,
 * or a province spelling longer than the API takes (the engine then shows the API's message).
 */
export function firstViewFile(view: ViewState, pageSize: number): FirstViewFile | null {
  const year = singleYear(view.years);
  const unfiltered = !view.city.trim() && !view.q.trim() && !view.section.trim() && !view.division.trim();
  const preset = unfiltered && year !== undefined && !view.sort && view.page === 1;
  if (!preset || pageSize > FIRST_VIEW_ROWS) return null;
  const key = view.province.trim() ? provinceKey(view.province) : null;
  if (key !== null && (key === '' || key.length > MAX_NAME_LENGTH)) return null;
  // Encoded: a key is any text a host page wrote, and the file is named by it.
  const path = firstViewPath(key === null ? null : encodeURIComponent(key), year);
  return { url: dataUrl(path), optional: key !== null || year !== null };
}

/** One fetch per file per page, shared by every widget showing that view (and by the preload). */
const loads = new Map<string, Promise<FirstView>>();

/** The first view at `url`; `reload` fetches it again past the HTTP cache. */
export function loadFirstView(url: string, reload = false): Promise<FirstView> {
  let load = reload ? undefined : loads.get(url);
  if (!load) {
    load = fetchDataFile(url, isFirstView, { reload });
    loads.set(url, load);
    // A failed load must be retryable, not cached.
    load.catch(() => loads.delete(url));
  }
  return load;
}

/** The answer a first view gives for a page of `pageSize` rows: the API's for the same query. */
export function firstViewAnswer(view: FirstView, pageSize: number): SourceAnswer {
  return {
    page: { total: view.total, rows: view.rows.slice(0, pageSize), datasetVersion: view.version },
    facets: view.facets,
    info: { version: view.version, notices: view.notices },
  };
}
