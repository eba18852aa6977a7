import type { Context } from 'hono';
import { contentTag } from '../cache/etag';
import { CACHE_POLICY } from '../cache/policy';
import { notModified } from '../cache/respond';
import { JSON_CONTENT_TYPE } from '../http/content-types';
import { DOCS_STYLE, renderDocsPage, type DocsSource } from '../openapi/docs-page';
// Generated at build time from the zod schemas (worker/openapi/document.ts); a test keeps it fresh.
import openApiDocument from '../openapi/openapi.json';

// Both change only with a deployment: an hour at the edge, five minutes in browsers, then a
// cheap revalidation by ETag.
const STATIC_CACHE_CONTROL = `public, max-age=${CACHE_POLICY.browserMaxAge}, s-maxage=${CACHE_POLICY.sharedMaxAge}`;

// Docs pages kept per origin (the curl examples name it); a Worker sees only its own hostnames.
const MAX_ORIGINS = 8;

let documentJson: { body: string; etag: string } | undefined;
const pages = new Map<string, { body: string; etag: string }>();
let styleHash: Promise<string> | undefined;

/** Handler of `GET /api/openapi.json`. */
export function openApiHandler() {
  return (c: Context) => {
    documentJson ??= tagged(JSON.stringify(openApiDocument, null, 2), 'openapi');
    return staticResponse(c, documentJson, JSON_CONTENT_TYPE, {});
  };
}

/** Handler of `GET /api/docs`: the reference page, with a CSP that allows its one style and nothing else. */
export function docsHandler() {
  return async (c: Context) => {
    const origin = new URL(c.req.url).origin;
    let page = pages.get(origin);
    if (!page) {
      page = tagged(renderDocsPage(openApiDocument as DocsSource, origin), `docs ${origin}`);
      if (pages.size >= MAX_ORIGINS) pages.clear();
      pages.set(origin, page);
    }
    styleHash ??= sha256Base64(DOCS_STYLE);
    const csp = `default-src 'none'; style-src '${await styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    return staticResponse(c, page, 'text/html; charset=utf-8', { 'Content-Security-Policy': csp });
  };
}

function tagged(body: string, key: string) {
  return { body, etag: contentTag(`${key}\n${body}`) };
}

function staticResponse(
  c: Context,
  entry: { body: string; etag: string },
  contentType: string,
  headers: Record<string, string>,
): Response {
  const common = { ETag: entry.etag, 'Cache-Control': STATIC_CACHE_CONTROL, ...headers };
  return notModified(c, entry.etag, common) ?? c.body(entry.body, 200, { 'Content-Type': contentType, ...common });
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
