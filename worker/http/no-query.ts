import { z } from '@hono/zod-openapi';
import { fail, ok, type Result } from '../../core';
import type { QuerySpec } from './query-schema';

const MAX_ECHO = 40;

/** Rejects any parameter: the endpoint takes none, and junk must not reach a cache key. */
function parseNoParams(params: URLSearchParams): Result<null> {
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

/** Spec of endpoints without query parameters (`/meta`, `/provinces`, `/clusters/{id}`, docs). */
export const noQuerySpec: QuerySpec<null> = { params: z.looseObject({}), parse: parseNoParams };
