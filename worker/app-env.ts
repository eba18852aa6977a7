import type { Dataset } from '../core';

/** What the dataset loader puts on the request context for the routes. */
export interface DatasetVariables {
  /** The dataset this request is answered from (the isolate's in-memory copy). */
  dataset: Dataset;
  /** True when D1 could not be re-checked and an older in-memory copy is being served. */
  datasetStale: boolean;
}

/**
 * Hono environment of the app: bindings from wrangler.toml (the global `Env` that `wrangler types`
 * writes to worker/worker-configuration.d.ts) and per-request variables.
 */
export type AppEnv = { Bindings: Env; Variables: DatasetVariables };
