import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

/** Puts the build id of the code on every request's context (`c.var.buildId`), for the cache layer. */
export function buildIdentity(buildId: string): MiddlewareHandler<AppEnv> {
  return async function buildIdentity(c, next) {
    c.set('buildId', buildId);
    await next();
  };
}
