/**
 * The API's contract in one place: where each resource is served, the limits of a query, and every
 * error code with its status. The Worker, the OpenAPI document, the pages, the docs' tests and the
 * property tests all take these from here, so none of them can drift.
 */

/** `GET`: the filtered list, JSON or CSV. */
export const CLUSTERS_PATH = '/api/v1/clusters';
/** `GET`: one record by id, `/api/v1/clusters/{id}`. */
export const CLUSTER_PATH = `${CLUSTERS_PATH}/{id}` as const;
/** `GET`: counts by year, province and city. */
export const FACETS_PATH = '/api/v1/facets';
/** `GET`: the provincial-level divisions that have clusters. */
export const PROVINCES_PATH = '/api/v1/provinces';
/** `GET`: the dataset's version, years, notices and credits. */
export const META_PATH = '/api/v1/meta';
/** The OpenAPI 3.1 document. */
export const OPENAPI_PATH = '/api/openapi.json';
/** The reference page rendered from the OpenAPI document. */
export const DOCS_PATH = '/api/docs';
/** Where the static record pages live: `/clusters/{id}` (built by `npm run build`). */
export const RECORD_PAGES_PATH = '/clusters';

/** The API path of one record. */
export function clusterPath(id: number): string {
  return `${CLUSTERS_PATH}/${id}`;
}

/** The root-relative path of a record's static page, e.g. `/clusters/194`. */
export function recordPagePath(id: number): string {
  return `${RECORD_PAGES_PATH}/${id}`;
}

/** Rows of a `/clusters` page when `limit` is not given. */
export const DEFAULT_LIMIT = 100;
/** Largest `limit`: the whole list fits in one page. */
export const MAX_LIMIT = 300;
export const MAX_OFFSET = 100_000;
/** In code points, after NFKC and trimming: a full cluster name pasted into a search box fits. */
export const MAX_Q_LENGTH = 64;
/** In code points, for province, submittedBy, city and county. */
export const MAX_NAME_LENGTH = 64;
export const MAX_YEARS = 20;
/** Code points of user input an error message quotes at most. */
export const MAX_ECHO = 40;

/**
 * Every error code of the API with its HTTP status and when it is answered, in the order the docs
 * list them. The 400s come from core's parser; the rest from the Worker.
 */
export const ERRORS = [
  { code: 'unknown_parameter', status: 400, when: 'A parameter the endpoint does not take (the message lists those it does)' },
  { code: 'repeated_parameter', status: 400, when: 'A parameter given twice (list years with commas instead)' },
  { code: 'malformed_query', status: 400, when: 'Broken percent-encoding, or bytes that are not UTF-8' },
  { code: 'invalid_characters', status: 400, when: 'Control characters in a name or value' },
  { code: 'value_too_long', status: 400, when: `A place name over ${MAX_NAME_LENGTH} characters` },
  { code: 'unknown_province', status: 400, when: 'A province no spelling matches (the message suggests the closest)' },
  { code: 'invalid_adcode', status: 400, when: '`adcode` that is not 2–6 digits' },
  { code: 'invalid_year', status: 400, when: 'A year that is not a four-digit number, or too many years' },
  { code: 'unknown_year', status: 400, when: 'A year that is not in the data (the message lists the years)' },
  { code: 'unknown_section', status: 400, when: 'A `section` that is not a GB/T 4754-2017 section letter A–T (the message lists them)' },
  { code: 'unknown_division', status: 400, when: 'A `division` that is not a GB/T 4754-2017 division code 01–97 (the message lists them)' },
  { code: 'query_too_long', status: 400, when: `\`q\` over ${MAX_Q_LENGTH} characters` },
  { code: 'invalid_sort', status: 400, when: 'A `sort` other than the listed keys' },
  { code: 'invalid_limit', status: 400, when: `A \`limit\` that is not an integer from 1 to ${MAX_LIMIT}` },
  { code: 'invalid_offset', status: 400, when: `An \`offset\` that is not an integer from 0 to ${MAX_OFFSET}` },
  { code: 'invalid_format', status: 400, when: 'A `format` other than `json` and `csv`' },
  { code: 'invalid_include', status: 400, when: 'An `include` value other than `facets` and `meta`, or `include` with `format=csv`' },
  { code: 'invalid_id', status: 400, when: 'An id that is not a positive integer' },
  { code: 'not_found', status: 404, when: 'No cluster with that id, or no such endpoint' },
  { code: 'method_not_allowed', status: 405, when: 'Any method but GET, HEAD and OPTIONS (with `Allow: GET, HEAD, OPTIONS`)' },
  { code: 'internal_error', status: 500, when: 'A bug; the body says nothing about it (the log does)' },
  { code: 'dataset_unavailable', status: 503, when: 'The data could not be loaded; retry after `Retry-After` seconds' },
] as const;

/** Any error code of the API. */
export type ErrorCode = (typeof ERRORS)[number]['code'];

/** The codes of the 400 errors the query parser can produce. */
export type ApiErrorCode = Extract<(typeof ERRORS)[number], { status: 400 }>['code'];
