import { echo, fail, ok, type Result } from '../../core';

/**
 * Parser of the data endpoints that take no query parameter (`/meta`, `/provinces`,
 * `/clusters/{id}`): any parameter is unknown, so junk never reaches a cache key.
 */
export function parseNoParams(params: URLSearchParams): Result<null> {
  for (const name of params.keys()) {
    return fail(
      'unknown_parameter',
      name,
      `未知参数“${echo(name)}”。此接口不接受任何参数`,
      `Unknown parameter "${echo(name)}". This endpoint accepts no parameters`,
    );
  }
  return ok(null);
}
