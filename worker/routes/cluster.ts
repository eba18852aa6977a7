import { getCluster, parseClusterId } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { errorResponse, type ErrorDetail } from '../http/errors';
import { parseNoParams } from '../http/no-query';
import { CLUSTERS_PATH } from './clusters';

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
    return {
      key: `${CLUSTERS_PATH}/${id}`,
      contentType: JSON_CONTENT_TYPE,
      render: () => JSON.stringify({ data: record, meta: { datasetVersion: dataset.version } }),
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
