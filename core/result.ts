/** Machine-readable codes of the 400 errors the query parser can produce. */
export type ApiErrorCode =
  | 'unknown_parameter'
  | 'repeated_parameter'
  | 'malformed_query'
  | 'invalid_characters'
  | 'value_too_long'
  | 'unknown_province'
  | 'invalid_adcode'
  | 'invalid_year'
  | 'unknown_year'
  | 'unknown_section'
  | 'unknown_division'
  | 'query_too_long'
  | 'invalid_sort'
  | 'invalid_limit'
  | 'invalid_offset'
  | 'invalid_format'
  | 'invalid_include'
  | 'invalid_id';

/**
 * A client error: the body of `{ "error": ApiError-without-status }`. `message` is Chinese, then
 * " / ", then English, and always says what is accepted. `param` names the offending parameter.
 */
export interface ApiError {
  status: 400;
  code: ApiErrorCode;
  message: string;
  param: string | null;
}

/** Outcome of a parse: a value, or the error to answer with. Never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed {@link Result} with a bilingual message. */
export function fail<T = never>(code: ApiErrorCode, param: string | null, zh: string, en: string): Result<T> {
  return { ok: false, error: { status: 400, code, message: `${zh} / ${en}`, param } };
}

const MAX_ECHO = 40;

/**
 * Quotes user input for an error message, shortened so a hostile megabyte never comes back
 * in a response body.
 */
export function echo(input: string): string {
  const chars = Array.from(input);
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : input;
}
