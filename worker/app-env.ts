import type { Dataset } from '../core';

/** What the dataset loader puts on the request context for the routes. */
export interface DatasetVariables {
  /** The dataset this request is answered from (the isolate's in-memory copy). */
  dataset: Dataset;
  /** True when D1 could not be re-checked and an older in-memory copy is being served. */
  datasetStale: boolean;
}

/** What the app puts on every request's context. */
export interface BuildVariables {
  /** Build id of the code answering (scripts/build-id.ts): part of every ETag, memo key and Cache-Tag. */
  buildId: string;
}

/** What the request guards put on the context, so handlers do not parse the request again. */
export interface RequestVariables {
  /** The query, as the query guard parsed it from the raw query string and accepted it. */
  searchParams: URLSearchParams;
  /** The `{id}` of `/api/v1/clusters/{id}`, as the cluster id guard accepted it. */
  clusterId: number;
}

/**
 * Hono environment of the app: bindings from wrangler.toml (the global `Env` that `wrangler types`
 * writes to worker/worker-configuration.d.ts) and per-request variables.
 */
export type AppEnv = { Bindings: Env; Variables: DatasetVariables & RequestVariables & BuildVariables };
