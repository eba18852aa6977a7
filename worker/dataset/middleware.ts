import type { Context, MiddlewareHandler } from 'hono';
import { setMetric } from 'hono/timing';
import type { AppEnv } from '../app-env';
import { versionCacheTag } from '../cache/policy';
import { errorResponse, type ErrorDetail } from '../http/errors';
import { DatasetUnavailableError, type DatasetStore } from './store';

/** Marks every response built from a copy that D1 could not confirm. */
export const STALE_HEADER = 'X-Dataset-Stale';

/**
 * Puts the isolate's dataset on the context (`c.var.dataset`, `c.var.datasetStale`), records
 * `db;dur=…` in Server-Timing when D1 was queried, marks every response built from an
 * unconfirmed copy with `X-Dataset-Stale: 1`, and answers 503 with `Retry-After` when there is
 * no copy at all.
 */
export function datasetLoader(store: DatasetStore): MiddlewareHandler<AppEnv> {
  return async function datasetLoader(c, next) {
    let snapshot: Awaited<ReturnType<DatasetStore['get']>>;
    try {
      snapshot = await store.get(c.env.DB);
    } catch (error) {
      if (!(error instanceof DatasetUnavailableError)) throw error;
      recordDbTime(c, error.dbMs);
      return datasetUnavailable(c, error.retryAfterSeconds);
    }
    recordDbTime(c, snapshot.dbMs);
    if (snapshot.retiredVersion !== null) purgeRetiredVersion(c, snapshot.retiredVersion);
    c.set('dataset', snapshot.dataset);
    c.set('datasetStale', snapshot.stale);
    await next();
    if (snapshot.stale) c.header(STALE_HEADER, '1');
  };
}

/**
 * Drops the edge copies of a replaced dataset version from Workers Cache (their Cache-Tag names
 * the version), in the background. Without Workers Cache (`ctx.cache` absent: local runs, tests
 * without a context) there is nothing to purge.
 */
function purgeRetiredVersion(c: Context<AppEnv>, version: string): void {
  let ctx: Pick<ExecutionContext, 'cache' | 'waitUntil'>;
  try {
    // Hono's own ExecutionContext type predates `cache`; the runtime object is Workers'.
    ctx = c.executionCtx as Pick<ExecutionContext, 'cache' | 'waitUntil'>;
  } catch {
    return;
  }
  if (!ctx.cache) return;
  const purge = ctx.cache.purge({ tags: [versionCacheTag(version)] }).then(
    (result) => {
      if (!result.success) console.error(`cache purge of dataset ${version} failed`, result.errors);
    },
    (error: unknown) => console.error(`cache purge of dataset ${version} failed`, error),
  );
  ctx.waitUntil(purge);
}

function recordDbTime(c: Context<AppEnv>, dbMs: number | null): void {
  if (dbMs !== null) setMetric(c, 'db', dbMs);
}

// The 503 body: says what happened and what to do, and nothing about why.
const DATASET_UNAVAILABLE: ErrorDetail = {
  code: 'dataset_unavailable',
  message: '数据暂时无法加载，请稍后重试。 / The dataset is temporarily unavailable; please retry shortly.',
  param: null,
};

function datasetUnavailable(c: Context<AppEnv>, retryAfterSeconds: number): Response {
  return errorResponse(c, 503, DATASET_UNAVAILABLE, { 'Retry-After': String(retryAfterSeconds) });
}
