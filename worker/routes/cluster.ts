import { CLUSTERS_PATH, MAX_LIMIT, clusterPath, getCluster, parseClusterId, recordPagePath } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { errorResponse, type ErrorDetail } from '../http/errors';
import { parseNoParams } from '../http/no-query';

/** Routing path of one cluster. */
export const CLUSTER_ROUTE = `${CLUSTERS_PATH}/:id`;

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
    const page = `${origin}${recordPagePath(id)}`;
    return {
      key: `${origin}${clusterPath(id)}`,
      contentType: JSON_CONTENT_TYPE,
      render: () => JSON.stringify({ data: record, meta: { datasetVersion: dataset.version, page } }),
    };
  },
};

// The one URL that lists every id.
const ALL_CLUSTERS = `${CLUSTERS_PATH}?limit=${MAX_LIMIT}`;

function clusterNotFound(id: number): ErrorDetail {
  return {
    code: 'not_found',
    message: `没有编号为 ${id} 的集群；全部编号见 ${ALL_CLUSTERS} / No cluster has id ${id}; list them all with ${ALL_CLUSTERS}.`,
    param: 'id',
  };
}
