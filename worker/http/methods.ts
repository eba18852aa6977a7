import type { MiddlewareHandler } from 'hono';
import { errorResponse, methodNotAllowed } from './errors';

/** The methods every path of the API serves; the value of `Allow`. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

const ALLOW = ALLOWED_METHODS.join(', ');

/**
 * Answers 405 with `Allow` to any method other than GET and HEAD.
 *
 * Kept instead of Hono's `methodNotAllowed` (hono/method-not-allowed, 4.13), which does not give
 * the same answer: it turns only a 404 of a routed path into 405 (a POST to an unknown /api path
 * would become a 404) and lists `GET, HEAD` without the OPTIONS that CORS serves everywhere. Mount it after CORS, which
 * answers OPTIONS itself, so that the 405 still carries the CORS headers a browser needs to read it.
 */
export function methodGuard(): MiddlewareHandler {
  return async function methodGuard(c, next) {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    return errorResponse(c, 405, methodNotAllowed(method.slice(0, 16), ALLOWED_METHODS), { Allow: ALLOW });
  };
}

/**
 * Adds `Allow` to OPTIONS answers (RFC 9110 §9.3.7). Mount it before CORS, whose preflight
 * answer ends the chain before any later middleware runs.
 */
export function advertiseAllowedMethods(): MiddlewareHandler {
  return async function advertiseAllowedMethods(c, next) {
    await next();
    if (c.req.method === 'OPTIONS') c.res.headers.set('Allow', ALLOW);
  };
}
