import type { Context, MiddlewareHandler } from 'hono';
import { parseSearchParams, type Dataset, type Result } from '../../core';
import type { AppEnv } from '../app-env';
import { apiErrorResponse } from './errors';

/**
 * Core's parse of one endpoint's parameters (`parseClusterQuery`, `parseFacetQuery`, …): syntax only
 * without a dataset, complete with one. The only validator of the API; the widget runs the same one.
 */
export type QueryParser<T> = (params: URLSearchParams, dataset?: Dataset) => Result<T>;

/**
 * Rejects a bad query before the dataset is loaded or any cache is consulted: malformed
 * percent-encoding, repeated or unknown parameters, control characters, bad syntax. Puts the
 * parsed parameters on the context (`c.var.searchParams`); the handler validates them again with
 * the dataset (years that exist, place names), which costs microseconds.
 */
export function queryGuard<T>(parse: QueryParser<T>): MiddlewareHandler<AppEnv> {
  return async function queryGuard(c, next) {
    const params = requestParams(c);
    if (!params.ok) return apiErrorResponse(c, params.error);
    const syntax = parse(params.value);
    if (!syntax.ok) return apiErrorResponse(c, syntax.error);
    c.set('searchParams', params.value);
    await next();
  };
}

// Starts from the raw query string, because by the time a URLSearchParams exists, bad escapes
// have become U+FFFD and a repeated name is indistinguishable from a single one.
function requestParams(c: Context): Result<URLSearchParams> {
  return parseSearchParams(new URL(c.req.url).search);
}
