/**
 * The first rows of an embed, from one small static file (core/first-view.ts) that the script
 * and the embed snippet's preload hint fetch in parallel. No engine, no snapshot: the views the
 * embed builder writes (the whole list, or one province) start here.
 */
import { FIRST_VIEW_ROWS, firstViewPath, isFirstView, type FirstView } from '../core/first-view';
import { resolveProvince } from '../core/province-resolve';
import { dataUrl } from './data-location';
import { fetchDataFile } from './data-file';
import type { ViewState } from './filters';
import type { SourceAnswer } from './source';

/**
 * The first-view file that answers `view` at `pageSize`, or null when only the snapshot can: a
 * city, search, year or sort, a later page, more rows than a first view holds, or a province
 * spelling the API would refuse (the engine then shows the API's message).
 */
export function firstViewUrl(view: ViewState, pageSize: number): string | null {
  const preset = !view.city.trim() && !view.q.trim() && view.years.length === 0 && !view.sort && view.page === 1;
  if (!preset || pageSize > FIRST_VIEW_ROWS) return null;
  const name = view.province.trim();
  if (!name) return dataUrl(firstViewPath(null));
  const province = resolveProvince(name);
  return province ? dataUrl(firstViewPath(province.code)) : null;
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
