import type { Context } from 'hono';
import { DOCS_PATH, OPENAPI_PATH } from '../../core';
import { contentTag } from '../cache/etag';
import type { MemoEntry } from '../cache/memo';
import { CACHE_POLICY } from '../cache/policy';
import { notModified, type ResponseCache } from '../cache/respond';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import { DOCS_STYLE, renderDocsPage, type DocsSource } from '../openapi/docs-page';
// Generated at build time from the zod schemas (worker/openapi/document.ts); a test keeps it fresh.
import openApiDocument from '../openapi/openapi.json';

// Both change only with a deployment: an hour at the edge, five minutes in browsers, then a
// cheap revalidation by ETag.
const STATIC_CACHE_CONTROL = `public, max-age=${CACHE_POLICY.browserMaxAge}, s-maxage=${CACHE_POLICY.sharedMaxAge}`;

const encoder = new TextEncoder();

/** Handler of `GET /api/openapi.json`: the generated document, serialized once per memo entry. */
export function openApiHandler(cache: ResponseCache) {
  return (c: Context) => {
    const entry = memoized(cache, OPENAPI_PATH, () => JSON.stringify(openApiDocument, null, 2));
    return staticResponse(c, entry, JSON_CONTENT_TYPE, {});
  };
}

/** Handler of `GET /api/docs`: the reference page, with a CSP that allows its one style and nothing else. */
export function docsHandler(cache: ResponseCache) {
  const source: DocsSource = openApiDocument;
  return async (c: Context) => {
    // The curl examples name the origin, so each origin (workers.dev, the custom domain) has its own entry.
    const origin = new URL(c.req.url).origin;
    const entry = memoized(cache, `${DOCS_PATH}\n${origin}`, () => renderDocsPage(source, origin));
    // A digest of a 2 KB string: cheaper to compute than to keep another cache for it.
    const csp = `default-src 'none'; style-src '${await sha256Base64(DOCS_STYLE)}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    return staticResponse(c, entry, 'text/html; charset=utf-8', { 'Content-Security-Policy': csp });
  };
}

// The isolate's one response memo holds the static documents too, keyed apart from the data
// routes' entries (those start with build id, then dataset version, then a path).
function memoized(cache: ResponseCache, key: string, render: () => string): MemoEntry {
  const memoKey = `${cache.buildId}\nstatic\n${key}`;
  const remembered = cache.memo?.get(memoKey);
  if (remembered) return remembered;
  const text = render();
  const entry = { body: encoder.encode(text), etag: contentTag(`${key}\n${text}`) };
  cache.memo?.set(memoKey, entry);
  return entry;
}

function staticResponse(c: Context, entry: MemoEntry, contentType: string, headers: Record<string, string>): Response {
  const common = { ETag: entry.etag, 'Cache-Control': STATIC_CACHE_CONTROL, ...headers };
  return notModified(c, entry.etag, common) ?? new Response(entry.body, { status: 200, headers: { 'Content-Type': contentType, ...common } });
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
