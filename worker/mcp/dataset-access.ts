import type { Context, MiddlewareHandler } from 'hono';
import type { Dataset } from '../../core';
import type { AppEnv } from '../app-env';
import type { ErrorBody, ErrorDetail } from '../http/errors';

/** The dataset could not be loaded: the API's 503 detail and its Retry-After, for a tool error. */
export interface DatasetUnavailable {
  unavailable: ErrorDetail;
  retryAfterSeconds: number;
}

/** The request's dataset, loaded on first use: a tool call needs it, `initialize` and `tools/list` never do. */
export type DatasetAccess = () => Promise<Dataset | DatasetUnavailable>;

/** Whether an access answered with the dataset. */
export function isDataset(value: Dataset | DatasetUnavailable): value is Dataset {
  return !('unavailable' in value);
}

/**
 * Loads the isolate's dataset through the API's own loader middleware, called on first use rather
 * than mounted: so an MCP request reads the very copy the REST routes read, with the same D1
 * re-checks, Server-Timing `db`, stale flag and purge of a retired version, but only when a tool or
 * resource asks for it. The loader's 503 answer becomes a value a tool can turn into an error.
 */
export function datasetAccess(c: Context<AppEnv>, loader: MiddlewareHandler<AppEnv>): DatasetAccess {
  let loaded: Promise<Dataset | DatasetUnavailable> | undefined;
  return () => (loaded ??= load(c, loader));
}

async function load(c: Context<AppEnv>, loader: MiddlewareHandler<AppEnv>): Promise<Dataset | DatasetUnavailable> {
  const refused = await loader(c, async () => {});
  if (!refused) return c.get('dataset');
  const body = (await refused.json()) as ErrorBody;
  return { unavailable: body.error, retryAfterSeconds: Number(refused.headers.get('Retry-After') ?? '5') };
}
