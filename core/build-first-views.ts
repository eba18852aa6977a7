/** The first-view files of a dataset (core/first-view.ts), built by `npm run build` and checked against the API by the tests. */
import type { Dataset } from './dataset';
import { computeFacets, type Facets } from './facets';
import { FIRST_VIEW_FORMAT, FIRST_VIEW_ROWS, firstViewPath, snapshotPath, type FirstView, type FirstViewFacets } from './first-view';
import { parseClusterQuery } from './parse-query';
import { provinceKeys } from './province-resolve';
import { PROVINCES } from './provinces';
import { selectClusters } from './select';

/**
 * The answer the API gives for `query` (the `/clusters` parameters), as a first view. Built
 * with the API's own parser, selection and facets, so the two cannot differ.
 */
/** The facets a first view keeps, of the API's for the same filter. */
function firstViewFacets({ total, year, province, city }: Facets): FirstViewFacets {
  return { total, year, province, city };
}

function firstViewOf(dataset: Dataset, query: string): FirstView {
  const parsed = parseClusterQuery(`${query}${query ? '&' : ''}limit=${FIRST_VIEW_ROWS}`, dataset);
  if (!parsed.ok) throw new Error(`first view ${query}: ${parsed.error.message}`);
  const { total, rows } = selectClusters(dataset, parsed.value);
  return {
    format: FIRST_VIEW_FORMAT,
    version: dataset.version,
    snapshot: snapshotPath(dataset.version),
    total,
    rows,
    facets: firstViewFacets(computeFacets(dataset, parsed.value)),
    notices: [...dataset.notices],
  };
}

/**
 * Every first-view file of `dataset`, by path: the whole list and each of the 34 provincial-level
 * divisions, those without clusters too (an embed for one of them shows an empty list at once),
 * in every year and in each year of the data; a province's under each of its keys.
 */
export function buildFirstViews(dataset: Dataset): Map<string, FirstView> {
  const views = new Map<string, FirstView>();
  for (const year of [null, ...dataset.years]) {
    const inYear = year === null ? '' : `year=${year}`;
    views.set(firstViewPath(null, year), firstViewOf(dataset, inYear));
    for (const province of PROVINCES) {
      const view = firstViewOf(dataset, [`province=${province.code}`, inYear].filter(Boolean).join('&'));
      for (const key of provinceKeys(province)) views.set(firstViewPath(key, year), view);
    }
  }
  return views;
}
