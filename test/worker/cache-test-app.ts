import { Hono } from 'hono';
import { timing } from 'hono/timing';
import { canonicalQuery, parseClusterQuery, selectClusters, toCsv } from '../../core';
import type { AppEnv } from '../../worker/app-env';
import type { ResponseMemo } from '../../worker/cache/memo';
import { respondCached } from '../../worker/cache/respond';
import { datasetLoader } from '../../worker/dataset/middleware';
import type { DatasetStore } from '../../worker/dataset/store';

/**
 * A throwaway app wired the way worker/index.ts wires the data routes (timing, syntax check before
 * the loader, dataset loader, handler answering through respondCached), so the cache layer is
 * tested on its own.
 */
export function cacheTestApp(store: DatasetStore, memo?: ResponseMemo) {
  const app = new Hono<AppEnv>();
  app.use(timing());
  app.use('/api/v1/clusters', async (c, next) => {
    const syntax = parseClusterQuery(new URL(c.req.url).search.slice(1));
    if (!syntax.ok) return c.json({ error: syntax.error }, 400);
    await next();
  });
  app.use('/api/v1/*', datasetLoader(store));
  app.get('/api/v1/clusters', (c) => {
    const parsed = parseClusterQuery(new URL(c.req.url).search.slice(1), c.var.dataset);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    const query = parsed.value;
    const key = `/api/v1/clusters?${canonicalQuery(query)}`;
    const render = () => {
      const { total, rows } = selectClusters(c.var.dataset, query);
      if (query.format === 'csv') return toCsv(rows);
      const meta = { total, limit: query.limit, offset: query.offset, datasetVersion: c.var.dataset.version };
      return JSON.stringify({ data: rows, meta });
    };
    const contentType = query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    return respondCached(c, { key, contentType, render }, memo);
  });
  app.get('/api/v1/missing', (c) => c.json({ error: { code: 'not_found' } }, 404));
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
