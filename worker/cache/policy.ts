/**
 * How long API responses live in each cache. Values and their reasons are in docs/caching.md.
 * Releases are rare (a list a year) and purged by tag, so the TTLs bound cost, not correctness.
 */
export const CACHE_POLICY = {
  /** Browsers: fresh 5 min, then served while revalidated with the ETag (a 304 is cheap). */
  browserMaxAge: 300,
  browserStaleWhileRevalidate: 3600,
  /** Shared caches between us and the client that honour `s-maxage`. */
  sharedMaxAge: 3600,
  /** Workers Cache: fresh 1 h, then served stale while one background request refreshes it. */
  edgeMaxAge: 3600,
  edgeStaleWhileRevalidate: 86_400,
  /** Workers Cache may serve its last good copy for a day while the Worker answers 5xx. */
  edgeStaleIfError: 86_400,
  /** A copy served while D1 is unreachable is cached briefly, so the stale flag clears soon. */
  staleCopyMaxAge: 60,
} as const;

/** Cache headers of a 200 or 304 API response. */
export interface CacheHeaders {
  'Cache-Control': string;
  'Cloudflare-CDN-Cache-Control': string;
  'Cache-Tag': string;
}

// Tag on every cached API response: purging it empties the API part of the cache.
const API_CACHE_TAG = 'cluster-list-api';

/**
 * The Cache-Tag naming a dataset version. Tags must be printable ASCII without commas or spaces,
 * so anything else in a version becomes `_`.
 */
export function versionCacheTag(version: string): string {
  return `cluster-list-v${version.replace(/[^\x21-\x2b\x2d-\x7e]/g, '_')}`.slice(0, 1024);
}

/** The Cache-Tag naming the build of the code that made a response (see scripts/build-id.ts). */
export function buildCacheTag(buildId: string): string {
  return `cluster-list-b${buildId.replace(/[^\x21-\x2b\x2d-\x7e]/g, '_')}`.slice(0, 1024);
}

/**
 * Cache headers for a response of dataset `version` made by build `buildId`. `Cache-Control` speaks to browsers and to
 * shared caches (`s-maxage`); Workers Cache reads `Cloudflare-CDN-Cache-Control` first and strips
 * it, because at Cloudflare `s-maxage` would switch off stale-while-revalidate and stale-if-error.
 */
export function cacheHeaders(version: string, stale: boolean, buildId: string): CacheHeaders {
  const p = CACHE_POLICY;
  const cacheTag = `${API_CACHE_TAG},${versionCacheTag(version)},${buildCacheTag(buildId)}`;
  if (stale) {
    return {
      'Cache-Control': `public, max-age=0, s-maxage=${p.staleCopyMaxAge}`,
      'Cloudflare-CDN-Cache-Control': `public, max-age=${p.staleCopyMaxAge}`,
      'Cache-Tag': cacheTag,
    };
  }
  return {
    'Cache-Control': `public, max-age=${p.browserMaxAge}, s-maxage=${p.sharedMaxAge}, stale-while-revalidate=${p.browserStaleWhileRevalidate}`,
    'Cloudflare-CDN-Cache-Control': `public, max-age=${p.edgeMaxAge}, stale-while-revalidate=${p.edgeStaleWhileRevalidate}, stale-if-error=${p.edgeStaleIfError}`,
    'Cache-Tag': cacheTag,
  };
}
