import type { Context, MiddlewareHandler } from 'hono';
import { getCluster, parseClusterId } from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached } from '../cache/respond';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import { apiErrorResponse, errorResponse, type ErrorDetail } from '../http/errors';
import { CLUSTERS_PATH } from './clusters';

/** Routing path of one cluster. */
export const CLUSTER_ROUTE = `${CLUSTERS_PATH}/:id`;

/**
 * Rejects an id that is not a positive integer with a 400, before the dataset is loaded; puts an
 * accepted one on the context (`c.var.clusterId`).
 */
export function clusterIdGuard(): MiddlewareHandler<AppEnv> {
  return async function clusterIdGuard(c, next) {
    const id = parseClusterId(c.req.param('id') ?? '');
    if (!id.ok) return apiErrorResponse(c, id.error);
    c.set('clusterId', id.value);
    await next();
  };
}

/** Handler of `GET /api/v1/clusters/{id}`: the record, or a 404 JSON error. Mount after {@link clusterIdGuard}. */
export function clusterHandler(memo?: ResponseMemo) {
  return (c: Context<AppEnv>) => {
    const { dataset, clusterId: id } = c.var;
    const record = getCluster(dataset, id);
    if (!record) return errorResponse(c, 404, clusterNotFound(id));
    return respondCached(
      c,
      {
        key: `${CLUSTERS_PATH}/${id}`,
        contentType: JSON_CONTENT_TYPE,
        render: () => JSON.stringify({ data: record, meta: { datasetVersion: dataset.version } }),
      },
      memo,
    );
  };
}

function clusterNotFound(id: number): ErrorDetail {
  return {
    code: 'not_found',
    message: `没有编号为 ${id} 的集群；全部编号见 /api/v1/clusters?limit=300 / No cluster has id ${id}; list them all with /api/v1/clusters?limit=300.`,
    param: 'id',
  };
}
