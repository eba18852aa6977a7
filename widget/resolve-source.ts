import { createApiSource, type ApiSource } from './api-source';
import { loadStaticSource } from './load-static-source';
import type { StaticSource } from './source';

/** Where the API lives: the `api` attribute (relative to the page), else the origin this module came from. */
export function apiBase(api: string | null | undefined): URL {
  return new URL(api || '/', api ? document.baseURI : import.meta.url);
}

const apiSources = new Map<string, ApiSource>();
const staticSources = new Map<string, Promise<StaticSource>>();

/**
 * The API source for an element's `api` attribute. Widgets on one page with the same API share
 * it, so the API's metadata is fetched once per page. It comes back at once (not as a promise),
 * so the first request can leave synchronously.
 */
export function apiSourceFor(api: string | null | undefined): ApiSource {
  const base = apiBase(api);
  let source = apiSources.get(base.href);
  if (!source) apiSources.set(base.href, (source = createApiSource(base)));
  return source;
}

/** Self-hosted mode's source for a `src` attribute, loaded once per page for every widget naming it. */
export function staticSourceFor(src: string): Promise<StaticSource> {
  const url = new URL(src, document.baseURI).href;
  let source = staticSources.get(url);
  if (!source) {
    staticSources.set(url, (source = loadStaticSource(url)));
    // A failed chunk load must be retryable, not cached.
    source.catch(() => staticSources.delete(url));
  }
  return source;
}

/** The data source for an element's `api` / `src` attributes: the snapshot at `src`, else the API. */
export function resolveSource(api: string | null | undefined, src: string | null | undefined): ApiSource | Promise<StaticSource> {
  return src ? staticSourceFor(src) : apiSourceFor(api);
}
