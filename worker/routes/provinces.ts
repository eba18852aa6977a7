import type { Context } from 'hono';
import { summarizeProvinces, type Dataset } from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached } from '../cache/respond';
import { JSON_CONTENT_TYPE } from '../http/content-types';

/** Path of the province list. */
export const PROVINCES_PATH = '/api/v1/provinces';

// Body of `GET /api/v1/provinces`: every provincial-level division that has clusters.
function provincesBody(dataset: Dataset) {
  const data = summarizeProvinces(dataset);
  return { data, meta: { total: data.length, datasetVersion: dataset.version } };
}

/** Handler of `GET /api/v1/provinces`. */
export function provincesHandler(memo?: ResponseMemo) {
  return (c: Context<AppEnv>) =>
    respondCached(
      c,
      { key: PROVINCES_PATH, contentType: JSON_CONTENT_TYPE, render: () => JSON.stringify(provincesBody(c.var.dataset)) },
      memo,
    );
}
