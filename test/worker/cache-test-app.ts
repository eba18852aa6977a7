import { Hono } from 'hono';
import { timing } from 'hono/timing';
import type { AppEnv } from '../../worker/app-env';
import type { ResponseMemo } from '../../worker/cache/memo';
import { datasetLoader } from '../../worker/dataset/middleware';
import type { DatasetStore } from '../../worker/dataset/store';
import { dataRoute } from '../../worker/http/data-route';
import { clustersRoute } from '../../worker/routes/clusters';

/** The build id the cache test apps answer with unless told otherwise. */
export const TEST_BUILD_ID = 'test-build';

/**
 * A throwaway app serving only `GET /api/v1/clusters`, from the production pieces wired the way
 * worker/index.ts wires them (timing, the data route's parser, dataset loader, check and renderer), without CORS, security
 * headers or the other routes, so the cache layer is tested on its own.
 */
export function cacheTestApp(store: DatasetStore, memo?: ResponseMemo, buildId = TEST_BUILD_ID) {
  const app = new Hono<AppEnv>();
  app.use(timing());
  app.get(clustersRoute.path, ...dataRoute(clustersRoute, { loader: datasetLoader(store), memo, buildId }));
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
