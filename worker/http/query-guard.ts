import type { Context, MiddlewareHandler } from 'hono';
import { parseSearchParams, type Dataset, type Result } from '../../core';
import { apiErrorResponse } from './errors';

/**
 * Core's parse of one endpoint's parameters (`parseClusterQuery`, `parseFacetQuery`, …): syntax only
 * without a dataset, complete with one. The only validator of the API; the widget runs the same one.
 */
export type QueryParser<T> = (params: URLSearchParams, dataset?: Dataset) => Result<T>;

/**
 * The request's query, validated by `parse`. Starts from the raw query string, because by the
 * time a URLSearchParams exists, bad escapes have become U+FFFD and a repeated name is
 * indistinguishable from a single one.
 */
export function requestQuery<T>(c: Context, parse: QueryParser<T>, dataset?: Dataset): Result<T> {
  const params = parseSearchParams(new URL(c.req.url).search);
  return params.ok ? parse(params.value, dataset) : params;
}

/**
 * Rejects a bad query before the dataset is loaded or any cache is consulted: malformed
 * percent-encoding, repeated or unknown parameters, control characters, bad syntax. The handler
 * validates again with the dataset (years that exist, place names), which costs microseconds.
 */
export function queryGuard<T>(parse: QueryParser<T>): MiddlewareHandler {
  return async function queryGuard(c, next) {
    const syntax = requestQuery(c, parse);
    if (!syntax.ok) return apiErrorResponse(c, syntax.error);
    await next();
  };
}
