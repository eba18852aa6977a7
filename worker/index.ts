import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import type { AppEnv } from './app-env';
import { BUILD_ID } from './build-id.generated';
import { createResponseMemo, type ResponseMemo } from './cache/memo';
import { replayRepeatedUrls } from './cache/replay';
import { datasetLoader, STALE_HEADER } from './dataset/middleware';
import { createDatasetStore, type DatasetStore } from './dataset/store';
import { errorResponse, INTERNAL_ERROR, ROUTE_NOT_FOUND } from './http/errors';
import { advertiseAllowedMethods, ALLOWED_METHODS, methodGuard } from './http/methods';
import { dataRoute } from './http/data-route';
import { DOCS_PATH, OPENAPI_PATH } from './openapi/paths';
import { clusterRoute } from './routes/cluster';
import { clustersRoute } from './routes/clusters';
import { docsHandler, openApiHandler } from './routes/docs';
import { facetsRoute } from './routes/facets';
import { metaRoute } from './routes/meta';
import { MCP_PATH, mcpRoutes } from './routes/mcp';
import { provincesRoute } from './routes/provinces';

/** Options of {@link createApp}; tests pass throwaway stores (fake D1, fake clock) and memos. */
export interface AppOptions {
  /** The isolate's dataset copy. Default: a store with the production re-check interval. */
  store?: DatasetStore;
  /** Memo of serialized responses. Default: the production-bounded LRU. */
  memo?: ResponseMemo;
  /** Build id of the code (part of ETags, memo keys, Cache-Tags). Default: the one injected at build. */
  buildId?: string;
}

/** Response headers browsers may read cross-origin, beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['ETag', 'Server-Timing', 'Content-Disposition', STALE_HEADER, 'Retry-After'];

// hono/secure-headers does not export its options type.
type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * Security headers of every answer. Hono's defaults that only a document (HTML that a browser
 * renders and runs) can act on are off, since the API answers JSON and CSV read by `fetch`:
 * - X-XSS-Protection: only the retired XSS auditors of old Chrome, Safari and IE read it, on HTML.
 * - X-Download-Options: read only by IE 8's download dialog.
 * - X-Permitted-Cross-Domain-Policies: for Flash and Acrobat loading crossdomain.xml files; we serve none.
 * - X-DNS-Prefetch-Control: stops a document prefetching the hosts of its links; JSON has no links.
 * - Origin-Agent-Cluster: keys a document's script realm by origin; a JSON or CSV answer creates none.
 * - Cross-Origin-Opener-Policy: severs a top-level document from its opener; JSON opened in a tab runs no script.
 */
const API_SECURITY_HEADERS: SecureHeadersOptions = {
  // Public data, meant to be fetched and embedded from any origin.
  crossOriginResourcePolicy: 'cross-origin',
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xXssProtection: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xDnsPrefetchControl: false,
  originAgentCluster: false,
  crossOriginOpenerPolicy: false,
  // The docs page sets its own CSP (its style's hash); keep it.
  overwrite: false,
};

/** The document-level headers of Hono's defaults, for the docs page (HTML) only. */
const DOCUMENT_SECURITY_HEADERS: SecureHeadersOptions = {
  xXssProtection: true,
  xDownloadOptions: true,
  xPermittedCrossDomainPolicies: true,
  xDnsPrefetchControl: true,
  originAgentCluster: true,
  crossOriginOpenerPolicy: true,
};

/** Server-Timing's description of the total (hono/timing's default, stated because replay repeats it). */
const TOTAL_DESCRIPTION = 'Total Response Time';

/**
 * Builds the API. Order matters: replay of repeated URLs comes first; timing (total) wraps the rest; security headers and CORS
 * reach every answer, errors included; the method guard answers 405 before routing; each data
 * route rejects bad queries before the dataset is loaded and before any cache is consulted.
 */
export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const store = options.store ?? createDatasetStore();
  const memo = options.memo ?? createResponseMemo();
  const buildId = options.buildId ?? BUILD_ID;
  const loader = datasetLoader(store);
  const app = new Hono<AppEnv>();

  // Before everything else: a repeated data URL is answered with the headers the chain below gave it.
  app.use(replayRepeatedUrls({ store, memo, totalDescription: TOTAL_DESCRIPTION }));
  app.use(timing({ crossOrigin: true, totalDescription: TOTAL_DESCRIPTION }));
  app.use(secureHeaders(API_SECURITY_HEADERS));
  // Before the API's CORS and method guard: the MCP endpoint takes POST, with CORS of its own.
  app.route(MCP_PATH, mcpRoutes({ loader }));
  app.use(advertiseAllowedMethods());
  app.use(
    cors({
      origin: '*',
      allowMethods: [...ALLOWED_METHODS],
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 86_400,
      credentials: false,
    }),
  );
  app.use(methodGuard());

  // Each data route parses its request once, before the dataset loads (http/data-route.ts).
  const deps = { loader, memo, buildId };
  app.get(clustersRoute.path, ...dataRoute(clustersRoute, deps));
  app.get(clusterRoute.path, ...dataRoute(clusterRoute, deps));
  app.get(facetsRoute.path, ...dataRoute(facetsRoute, deps));
  app.get(provincesRoute.path, ...dataRoute(provincesRoute, deps));
  app.get(metaRoute.path, ...dataRoute(metaRoute, deps));
  // Static documents: a query string (a tracking parameter on a shared link) is ignored, not an error.
  app.get(OPENAPI_PATH, openApiHandler());
  // The one HTML document: it gets Hono's document-level headers on top of the API's.
  app.get(DOCS_PATH, secureHeaders({ ...API_SECURITY_HEADERS, ...DOCUMENT_SECURITY_HEADERS }), docsHandler());

  app.notFound((c) => errorResponse(c, 404, ROUTE_NOT_FOUND));
  app.onError((error, c) => {
    // Logged for `wrangler tail`; the client learns nothing about the cause.
    console.error('unhandled error', c.req.method, new URL(c.req.url).pathname, error);
    return errorResponse(c, 500, INTERNAL_ERROR);
  });
  return app;
}

export default createApp();
