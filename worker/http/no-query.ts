import { fail, ok, type Result } from '../../core';

const MAX_ECHO = 40;

/**
 * Parser of the data endpoints that take no query parameter (`/meta`, `/provinces`,
 * `/clusters/{id}`): any parameter is unknown, so junk never reaches a cache key.
 */
export function parseNoParams(params: URLSearchParams): Result<null> {
  for (const name of params.keys()) {
    const shown = Array.from(name).slice(0, MAX_ECHO).join('');
    return fail(
      'unknown_parameter',
      name,
      `未知参数“${shown}”。此接口不接受任何参数`,
      `Unknown parameter "${shown}". This endpoint accepts no parameters`,
    );
  }
  return ok(null);
}
