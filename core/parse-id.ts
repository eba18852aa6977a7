import { echo, fail, ok, type Result } from './result';

/** Parses the `{id}` of `/clusters/{id}`: a positive decimal integer without sign or leading zeros. */
export function parseClusterId(raw: string): Result<number> {
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return ok(Number(raw));
  return fail(
    'invalid_id',
    'id',
    `编号“${echo(raw)}”无效：应为正整数（如 /api/v1/clusters/42）`,
    `Invalid id "${echo(raw)}": use a positive integer (e.g. /api/v1/clusters/42)`,
  );
}
