import {
  CLUSTERS_PATH,
  canonicalQuery,
  csvContentDisposition,
  parseClusterQuery,
  resolveQuery,
  selectClusters,
  toCsv,
  type ClusterQuery,
  type Dataset,
} from '../../core';
import { CSV_CONTENT_TYPE, JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { facetsData } from './facets';
import { metaData } from './meta';

// Body of `GET /api/v1/clusters` (JSON), with `included` only when `include` asked for something.
function clusterListBody(dataset: Dataset, query: ClusterQuery) {
  const { total, rows } = selectClusters(dataset, query);
  const meta = { total, limit: query.limit, offset: query.offset, datasetVersion: dataset.version };
  if (query.include.length === 0) return { data: rows, meta };
  return { data: rows, meta, included: includedBody(dataset, query) };
}

// What a widget's first load needs besides the rows, so that the load is one request.
function includedBody(dataset: Dataset, query: ClusterQuery) {
  const included: { facets?: ReturnType<typeof facetsData>; meta?: ReturnType<typeof metaData> } = {};
  if (query.include.includes('facets')) included.facets = facetsData(dataset, query);
  if (query.include.includes('meta')) included.meta = metaData(dataset);
  return included;
}

/** `GET /api/v1/clusters`: JSON (with `included` facets and meta on request), or CSV with `format=csv`. */
export const clustersRoute: DataRoute<ClusterQuery> = {
  path: CLUSTERS_PATH,
  parse: (params) => parseClusterQuery(params),
  resolve: resolveQuery,
  respond(query, dataset) {
    const key = `${CLUSTERS_PATH}?${canonicalQuery(query)}`;
    if (query.format === 'csv') {
      return {
        key,
        contentType: CSV_CONTENT_TYPE,
        headers: { 'Content-Disposition': csvContentDisposition(query) },
        render: () => toCsv(selectClusters(dataset, query).rows),
      };
    }
    return { key, contentType: JSON_CONTENT_TYPE, render: () => JSON.stringify(clusterListBody(dataset, query)) };
  },
};
