import { getCluster, parseClusterId } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { errorResponse, type ErrorDetail } from '../http/errors';
import { parseNoParams } from '../http/no-query';
import { CLUSTERS_PATH } from './clusters';

/** Routing path of one cluster. */
export const CLUSTER_ROUTE = `${CLUSTERS_PATH}/:id`;

/** Where the static record pages live (`/clusters/{id}`, built by `npm run build`). */
export const CLUSTER_PAGE_PATH = '/clusters';

/**
 * `GET /api/v1/clusters/{id}`: the record, or a 404 JSON error. An id that is not a positive
 * integer, or any query parameter, gets a 400 before the dataset is loaded.
 */
export const clusterRoute: DataRoute<number> = {
  path: CLUSTER_ROUTE,
  parse(params, c) {
    const none = parseNoParams(params);
    return none.ok ? parseClusterId(c.req.param('id') ?? '') : none;
  },
  respond(id, dataset, c) {
    const record = getCluster(dataset, id);
    if (!record) return errorResponse(c, 404, clusterNotFound(id));
    // The body names the request's origin, so the origin is part of the key: a memo entry or ETag
    // made for one host (workers.dev) never answers another (the custom domain).
    const origin = new URL(c.req.url).origin;
    const page = `${origin}${CLUSTER_PAGE_PATH}/${id}`;
    return {
      key: `${origin}${CLUSTERS_PATH}/${id}`,
      contentType: JSON_CONTENT_TYPE,
      render: () => JSON.stringify({ data: record, meta: { datasetVersion: dataset.version, page } }),
    };
  },
};

function clusterNotFound(id: number): ErrorDetail {
  return {
    code: 'not_found',
    message: `没有编号为 ${id} 的集群；全部编号见 /api/v1/clusters?limit=300 / No cluster has id ${id}; list them all with /api/v1/clusters?limit=300.`,
    param: 'id',
  };
}
