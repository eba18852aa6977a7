import type { Context, Handler, MiddlewareHandler } from 'hono';
import { parseSearchParams, type Dataset, type Result } from '../../core';
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
 * The handlers of a data route, in order: the query parser (400 before the dataset is loaded and
 * before any cache is consulted), the dataset loader, the dataset check, which puts the final
 * query on the context (`c.var.query`), and the one renderer of every data route's cached answer.
 */
export function dataRoute<Q>(
  route: DataRoute<Q>,
  deps: DataRouteDeps,
): [MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, Handler<AppEnv>] {
  return [parseQuery(route), deps.loader, checkQuery(route), renderCached(route, deps)];
}

function parseQuery<Q>(route: DataRoute<Q>): MiddlewareHandler<AppEnv> {
  return async function parseQuery(c, next) {
    // From the raw query string: by the time a URLSearchParams exists, bad escapes have become
    // U+FFFD and a repeated name is indistinguishable from a single one.
    const params = parseSearchParams(searchOf(c.req.url));
    if (!params.ok) return apiErrorResponse(c, params.error);
    const query = route.parse(params.value, c);
    if (!query.ok) return apiErrorResponse(c, query.error);
    c.set('query', query.value);
    await next();
  };
}

function checkQuery<Q>(route: DataRoute<Q>): MiddlewareHandler<AppEnv> {
  return async function checkQuery(c, next) {
    if (route.resolve) {
      // c.get, not c.var: Hono builds a fresh object of all variables on every read of c.var.
      const result = route.resolve(c.get('query') as Q, c.get('dataset'));
      if (!result.ok) return apiErrorResponse(c, result.error);
      c.set('query', result.value);
    }
    await next();
  };
}

function renderCached<Q>(route: DataRoute<Q>, cache: ResponseCache): Handler<AppEnv> {
  return function renderCached(c) {
    const answer = route.respond(c.get('query') as Q, c.get('dataset'), c);
    return answer instanceof Response ? answer : respondCached(c, answer, cache);
  };
}

// The raw query string of a request URL, from its first '?' (a request URL has no fragment),
// without parsing the whole URL again.
function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start < 0 ? '' : url.slice(start);
}
