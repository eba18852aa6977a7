import type { Context } from 'hono';
import { setMetric } from 'hono/timing';
import type { AppEnv } from '../app-env';
import { cacheHeaders } from './policy';
import { entityTag, ifNoneMatchMatches } from './etag';
import type { ResponseMemo } from './memo';

/** The response memo and the build id of the code: what every cached answer is keyed by besides its own key. */
export interface ResponseCache {
  memo?: ResponseMemo | undefined;
  /** Build id of the code (scripts/build-id.ts): part of the ETag, memo key and Cache-Tag. */
  buildId: string;
}

/** What {@link respondCached} answers with. */
export interface CachedResponseSpec {
  /** Route path + '?' + core's `canonicalQuery(...)`: equal for every spelling of the same view. */
  key: string;
  contentType: string;
  /** Further headers of the 200 (e.g. Content-Disposition); not sent on a 304. */
  headers?: Record<string, string>;
  /** Builds the body; called only on a memo miss that needs a body. */
  render: () => string;
}

const encoder = new TextEncoder();

/**
 * Answers a cacheable API GET or HEAD from the memo or by rendering, with a strong ETag from key
 * and dataset version, a 304 for a matching `If-None-Match`, cache headers naming the dataset
 * version, and `cache;desc="hit"|"miss"` in Server-Timing. Needs `c.var.dataset` (set by the
 * dataset loader).
 */
export function respondCached(c: Context<AppEnv>, spec: CachedResponseSpec, cache: ResponseCache): Response {
  const { memo, buildId } = cache;
  // c.get, not c.var: Hono builds a fresh object of all variables on every read of c.var.
  const { version } = c.get('dataset');
  const stale = c.get('datasetStale');
  // An isolate runs one build, so the build id in the key only matters to a memo shared by apps
  // of different builds (tests); it costs nothing.
  const memoKey = `${buildId}\n${version}\n${spec.key}`;
  const remembered = memo?.get(memoKey);
  setMetric(c, 'cache', remembered ? 'hit' : 'miss');

  const etag = remembered?.etag ?? entityTag(spec.key, version, buildId);
  // X-Dataset-Stale is not set here: the dataset loader marks every response of a stale request.
  const validators = { ETag: etag, ...cacheHeaders(version, stale, buildId) };
  const unchanged = notModified(c, etag, validators);
  if (unchanged) return unchanged;

  let body = remembered?.body;
  if (!body) {
    body = encoder.encode(spec.render());
    memo?.set(memoKey, { body, etag });
  }
  // One plain object, turned into Headers once by the Response: cheaper than setting them one by one.
  const headers: Record<string, string> = { ...validators, 'Content-Type': spec.contentType, ...spec.headers };
  if (c.req.method === 'HEAD') {
    headers['Content-Length'] = String(body.byteLength);
    return new Response(null, { status: 200, headers });
  }
  return new Response(body, { status: 200, headers });
}

/**
 * The 304 (no body, `headers`) for a request whose `If-None-Match` matches `etag`, or null when the
 * request needs the full response.
 */
export function notModified(c: Context, etag: string, headers: HeadersInit): Response | null {
  if (!ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) return null;
  return new Response(null, { status: 304, headers });
}
