import { createApiSource } from './api-source';
import { loadStaticSource } from './load-static-source';
import type { ClusterSource } from './source';

/** Where the API lives: the `api` attribute (relative to the page), else the origin this module came from. */
export function apiBase(api: string | null | undefined): URL {
  return new URL(api || '/', api ? document.baseURI : import.meta.url);
}

const sources = new Map<string, ClusterSource | Promise<ClusterSource>>();

/**
 * The data source for an element's `api` / `src` attributes. Widgets on one page with the same
 * attributes share a source, so the snapshot or the API's metadata is fetched once per page.
 * Without either attribute the API is the origin this module was loaded from. The API source
 * comes back at once (not as a promise), so the first request can leave synchronously.
 */
export function resolveSource(api: string | null | undefined, src: string | null | undefined): ClusterSource | Promise<ClusterSource> {
  const key = src ? `src ${new URL(src, document.baseURI).href}` : `api ${apiBase(api).href}`;
  let source = sources.get(key);
  if (!source) {
    const url = key.slice(4);
    source = src ? loadStaticSource(url) : createApiSource(new URL(url));
    // A failed chunk load must be retryable, not cached.
    if (source instanceof Promise) source.catch(() => sources.delete(key));
    sources.set(key, source);
  }
  return source;
}
