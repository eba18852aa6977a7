import type { Context } from 'hono';
import {
  canonicalQuery,
  csvContentDisposition,
  parseClusterQuery,
  selectClusters,
  toCsv,
  type ClusterQuery,
  type Dataset,
} from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached } from '../cache/respond';
import { CSV_CONTENT_TYPE, JSON_CONTENT_TYPE } from '../http/content-types';
import { apiErrorResponse } from '../http/errors';
import { facetsData } from './facets';
import { metaData } from './meta';

/** Path of the filtered list. */
export const CLUSTERS_PATH = '/api/v1/clusters';

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

/** Handler of `GET /api/v1/clusters`: JSON (with `included` facets and meta on request), or CSV with `format=csv`. Mount after queryGuard and the dataset loader. */
export function clustersHandler(memo?: ResponseMemo) {
  return (c: Context<AppEnv>) => {
    const { dataset } = c.var;
    const parsed = parseClusterQuery(c.var.searchParams, dataset);
    if (!parsed.ok) return apiErrorResponse(c, parsed.error);
    const query = parsed.value;
    const key = `${CLUSTERS_PATH}?${canonicalQuery(query)}`;
    if (query.format === 'csv') {
      return respondCached(
        c,
        {
          key,
          contentType: CSV_CONTENT_TYPE,
          headers: { 'Content-Disposition': csvContentDisposition(query) },
          render: () => toCsv(selectClusters(dataset, query).rows),
        },
        memo,
      );
    }
    return respondCached(
      c,
      { key, contentType: JSON_CONTENT_TYPE, render: () => JSON.stringify(clusterListBody(dataset, query)) },
      memo,
    );
  };
}
