import type { Context, MiddlewareHandler } from 'hono';
import { parseSearchParams, type Dataset, type Result } from '../../core';
import { apiErrorResponse } from './errors';
import { validateQuery, type QuerySpec } from './query-schema';

/**
 * The request's query, validated through the endpoint's schema: syntax only without a dataset,
 * completely with one. Parses the raw query string, because by the time a URLSearchParams
 * exists, bad escapes have become U+FFFD and a repeated name is indistinguishable from a single one.
 */
export function requestQuery<T>(c: Context, spec: QuerySpec<T>, dataset?: Dataset): Result<T> {
  const parsed = parseSearchParams(new URL(c.req.url).search);
  if (!parsed.ok) return parsed;
  return validateQuery(spec, parsed.value, dataset);
}

/**
 * Rejects a bad query before the dataset is loaded or any cache is consulted: malformed
 * percent-encoding, repeated or unknown parameters, control characters, bad syntax. The handler
 * then validates again with the dataset (years that exist, place names), which costs microseconds.
 */
export function queryGuard<T>(spec: QuerySpec<T>): MiddlewareHandler {
  return async function queryGuard(c, next) {
    const syntax = requestQuery(c, spec);
    if (!syntax.ok) return apiErrorResponse(c, syntax.error);
    await next();
  };
}
