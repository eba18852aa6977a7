import type { Context, Handler, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import { ok, parseSearchParams, type Dataset, type Result } from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached, type CachedResponseSpec, type ResponseCache } from '../cache/respond';
import { apiErrorResponse } from './errors';

/**
 * One data endpoint of the API: how its request is parsed (once, before the dataset is loaded, so
 * bad syntax never waits on D1), what it needs checked against the dataset, and what it answers.
 */
export interface DataRoute<Q> {
  /** Hono routing path (`/api/v1/clusters/:id`). */
  path: string;
  /** Parses the strictly split query string (and path parameters from `c`), without the dataset. */
  parse(params: URLSearchParams, c: Context<AppEnv>): Result<Q>;
  /** Checks and completes the parsed query against the dataset; never parses again. Default: nothing to check. */
  resolve?(query: Q, dataset: Dataset): Result<Q>;
  /** The cached response for the checked query, or a finished response (a 404). */
  respond(query: Q, dataset: Dataset, c: Context<AppEnv>): CachedResponseSpec | Response;
}

/** What mounting a data route needs from the app. */
export interface DataRouteDeps {
  /** The dataset loader middleware (sets `c.var.dataset`, or answers 503). */
  loader: MiddlewareHandler<AppEnv>;
  memo?: ResponseMemo | undefined;
  /** Build id of the code (scripts/build-id.ts). */
  buildId: string;
}

/**
 * A data route's parsed query as hono/validator hands it on. Boxed: for a bare type parameter,
 * hono's output type (a conditional type that drops Responses) would stay unresolved.
 */
export interface ParsedQuery<Q> {
  value: Q;
}

/** The validated input of a data route's handler: `c.req.valid('query')`. */
export interface ValidQuery<Q> {
  out: { query: ParsedQuery<Q> };
}

/**
 * The handlers of a data route, in order: the query validator (400 before the dataset is loaded
 * and before any cache is consulted), the dataset loader, and the handler that checks the parsed
 * query against the dataset and renders the cached answer.
 */
export function dataRoute<Q>(
  route: DataRoute<Q>,
  deps: DataRouteDeps,
): [MiddlewareHandler<AppEnv, string, ValidQuery<Q>>, MiddlewareHandler<AppEnv>, Handler<AppEnv, string, ValidQuery<Q>>] {
  return [validQuery(route), deps.loader, answer(route, deps)];
}

function validQuery<Q>(route: DataRoute<Q>): MiddlewareHandler<AppEnv, string, ValidQuery<Q>> {
  return validator('query', (_value, c: Context<AppEnv>): ParsedQuery<Q> | Response => {
    // From the raw query string, not hono's decoded map: by then bad escapes have become U+FFFD
    // and a repeated name is indistinguishable from a single one.
    const params = parseSearchParams(searchOf(c.req.url));
    if (!params.ok) return apiErrorResponse(c, params.error);
    const query = route.parse(params.value, c);
    return query.ok ? { value: query.value } : apiErrorResponse(c, query.error);
  });
}

function answer<Q>(route: DataRoute<Q>, cache: ResponseCache): Handler<AppEnv, string, ValidQuery<Q>> {
  return function answer(c) {
    // c.get, not c.var: Hono builds a fresh object of all variables on every read of c.var.
    const dataset = c.get('dataset');
    const parsed = c.req.valid('query').value;
    const query = route.resolve ? route.resolve(parsed, dataset) : ok(parsed);
    if (!query.ok) return apiErrorResponse(c, query.error);
    const answer = route.respond(query.value, dataset, c);
    return answer instanceof Response ? answer : respondCached(c, answer, cache);
  };
}

// The raw query string of a request URL, from its first '?' (a request URL has no fragment),
// without parsing the whole URL again.
function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start < 0 ? '' : url.slice(start);
}
