import { Hono } from 'hono';
import { timing } from 'hono/timing';
import { parseClusterQuery } from '../../core';
import type { AppEnv } from '../../worker/app-env';
import type { ResponseMemo } from '../../worker/cache/memo';
import { datasetLoader } from '../../worker/dataset/middleware';
import type { DatasetStore } from '../../worker/dataset/store';
import { buildIdentity } from '../../worker/http/build-identity';
import { queryGuard } from '../../worker/http/query-guard';
import { CLUSTERS_PATH, clustersHandler } from '../../worker/routes/clusters';

/** The build id the cache test apps answer with unless told otherwise. */
export const TEST_BUILD_ID = 'test-build';

/**
 * A throwaway app serving only `GET /api/v1/clusters`, from the production pieces wired the way
 * worker/index.ts wires them (timing, query guard, dataset loader, handler), without CORS, security
 * headers or the other routes, so the cache layer is tested on its own.
 */
export function cacheTestApp(store: DatasetStore, memo?: ResponseMemo, buildId = TEST_BUILD_ID) {
  const app = new Hono<AppEnv>();
  app.use(timing());
  app.use(buildIdentity(buildId));
  app.get(CLUSTERS_PATH, queryGuard(parseClusterQuery), datasetLoader(store), clustersHandler(memo));
  return app;
}

/** Server-Timing metrics by name: `{ cache: 'desc="hit"', db: 'dur=1.0', total: 'dur=…' }`. */
export function serverTiming(res: Response): Record<string, string> {
  const metrics: Record<string, string> = {};
  for (const metric of (res.headers.get('Server-Timing') ?? '').split(',')) {
    const [name, ...params] = metric.trim().split(';');
    if (name) metrics[name] = params.join(';');
  }
  return metrics;
}
