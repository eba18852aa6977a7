import type { Context } from 'hono';
import { canonicalQuery, computeFacets, parseFacetQuery, type ClusterFilter, type Dataset } from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached } from '../cache/respond';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import { apiErrorResponse } from '../http/errors';

/** Path of the facet counts. */
export const FACETS_PATH = '/api/v1/facets';

// Body of `GET /api/v1/facets`.
function facetsBody(dataset: Dataset, filter: ClusterFilter) {
  const { total, year, province, city } = computeFacets(dataset, filter);
  return { data: { year, province, city }, meta: { total, datasetVersion: dataset.version } };
}

/** The `data` of `GET /api/v1/facets` for `filter`, also what `/clusters?include=facets` carries. */
export function facetsData(dataset: Dataset, filter: ClusterFilter) {
  return facetsBody(dataset, filter).data;
}

/** Handler of `GET /api/v1/facets`. Mount after queryGuard and the dataset loader. */
export function facetsHandler(memo?: ResponseMemo) {
  return (c: Context<AppEnv>) => {
    const { dataset } = c.var;
    const parsed = parseFacetQuery(c.var.searchParams, dataset);
    if (!parsed.ok) return apiErrorResponse(c, parsed.error);
    const query = parsed.value;
    return respondCached(
      c,
      {
        key: `${FACETS_PATH}?${canonicalQuery(query)}`,
        contentType: JSON_CONTENT_TYPE,
        render: () => JSON.stringify(facetsBody(dataset, query)),
      },
      memo,
    );
  };
}
