import { z } from '@hono/zod-openapi';
import type { ApiError, Dataset, Result } from '../../core';

/** Core's parse of one endpoint's parameters: syntax only without a dataset, complete with one. */
export type CoreParse<T> = (params: URLSearchParams, dataset?: Dataset) => Result<T>;

/** The documented parameters of an endpoint and the core parser that decides what they may be. */
export interface QuerySpec<T> {
  /** Documents the parameters in the OpenAPI document; a loose object, so unknown ones reach core. */
  params: z.ZodObject;
  parse: CoreParse<T>;
}

/** Carries core's error through zod untouched, so the answer has core's code and message. */
interface ApiErrorIssueParams {
  apiError: ApiError;
}

/**
 * The zod schema that validates a query: the documented parameter object, piped into core's
 * parser. Zod holds the shape for the OpenAPI document; core alone decides validity, so there
 * is one validator, shared with the widget, which runs core without zod.
 */
export function querySchema<T>(spec: QuerySpec<T>, dataset?: Dataset) {
  return spec.params.transform((values, ctx) => {
    const parsed = spec.parse(new URLSearchParams(values as Record<string, string>), dataset);
    if (parsed.ok) return parsed.value;
    const params: ApiErrorIssueParams = { apiError: parsed.error };
    ctx.addIssue({ code: 'custom', message: parsed.error.message, params, input: values });
    return z.NEVER;
  });
}

type Schema<T> = ReturnType<typeof querySchema<T>>;

const syntaxSchemas = new WeakMap<QuerySpec<unknown>, Schema<unknown>>();
const datasetSchemas = new WeakMap<Dataset, WeakMap<QuerySpec<unknown>, Schema<unknown>>>();

// Schemas are built once per spec (and per dataset), never per request.
function schemaFor<T>(spec: QuerySpec<T>, dataset?: Dataset): Schema<T> {
  const cache = dataset ? datasetSchemasOf(dataset) : syntaxSchemas;
  let schema = cache.get(spec as QuerySpec<unknown>);
  if (!schema) {
    schema = querySchema(spec as QuerySpec<unknown>, dataset);
    cache.set(spec as QuerySpec<unknown>, schema);
  }
  return schema as Schema<T>;
}

function datasetSchemasOf(dataset: Dataset) {
  let cache = datasetSchemas.get(dataset);
  if (!cache) {
    cache = new WeakMap();
    datasetSchemas.set(dataset, cache);
  }
  return cache;
}

/**
 * Validates already strictly parsed parameters (core's `parseSearchParams`, so no repeats and no
 * bad escapes) through the endpoint's zod schema. Without a dataset only the syntax is checked.
 */
export function validateQuery<T>(spec: QuerySpec<T>, params: URLSearchParams, dataset?: Dataset): Result<T> {
  // Zod rebuilds objects by assignment, which drops a key named "__proto__"; core must still
  // see (and reject) it, so such a query skips the zod wrapper and goes to core as it is.
  if (params.has('__proto__')) return spec.parse(params, dataset);
  const result = schemaFor(spec, dataset).safeParse(Object.fromEntries(params));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: apiErrorOf(result.error) };
}

function apiErrorOf(error: z.ZodError): ApiError {
  for (const issue of error.issues) {
    if (issue.code === 'custom' && isApiErrorParams(issue.params)) return issue.params.apiError;
  }
  // Unreachable while every parameter is documented as a string: zod has nothing else to reject.
  throw new Error('query schema rejected a query without a core error');
}

function isApiErrorParams(value: unknown): value is ApiErrorIssueParams {
  return typeof value === 'object' && value !== null && 'apiError' in value;
}
