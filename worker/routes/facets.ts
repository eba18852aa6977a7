import { FACETS_PATH, canonicalQuery, computeFacets, parseFacetQuery, resolveQuery, type ClusterFilter, type Dataset } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';

// Body of `GET /api/v1/facets`.
function facetsBody(dataset: Dataset, filter: ClusterFilter) {
  const { total, year, province, city, section, division } = computeFacets(dataset, filter);
  return { data: { year, province, city, section, division }, meta: { total, datasetVersion: dataset.version } };
}

/** The `data` of `GET /api/v1/facets` for `filter`, also what `/clusters?include=facets` carries. */
export function facetsData(dataset: Dataset, filter: ClusterFilter) {
  return facetsBody(dataset, filter).data;
}

/** `GET /api/v1/facets`: counts by year, province, city, section and division for the filters. */
export const facetsRoute: DataRoute<ClusterFilter> = {
  path: FACETS_PATH,
  parse: (params) => parseFacetQuery(params),
  resolve: resolveQuery,
  respond: (filter, dataset) => ({
    key: `${FACETS_PATH}?${canonicalQuery(filter)}`,
    contentType: JSON_CONTENT_TYPE,
    render: () => JSON.stringify(facetsBody(dataset, filter)),
  }),
};
