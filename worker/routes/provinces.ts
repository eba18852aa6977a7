import { PROVINCES_PATH, summarizeProvinces, type Dataset } from '../../core';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import type { DataRoute } from '../http/data-route';
import { parseNoParams } from '../http/no-query';

// Body of `GET /api/v1/provinces`: every provincial-level division that has clusters.
function provincesBody(dataset: Dataset) {
  const data = summarizeProvinces(dataset);
  return { data, meta: { total: data.length, datasetVersion: dataset.version } };
}

/** `GET /api/v1/provinces`: every provincial-level division that has clusters, with its count. */
export const provincesRoute: DataRoute<null> = {
  path: PROVINCES_PATH,
  parse: parseNoParams,
  respond: (_query, dataset) => ({
    key: PROVINCES_PATH,
    contentType: JSON_CONTENT_TYPE,
    render: () => JSON.stringify(provincesBody(dataset)),
  }),
};
