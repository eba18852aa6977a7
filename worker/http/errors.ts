import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ErrorCode } from '../../core';
import { JSON_CONTENT_TYPE } from './content-types';

/** The `error` member of every error body: what went wrong, for people and for programs. */
export interface ErrorDetail {
  /** Stable machine-readable code, e.g. `unknown_province` (every code is in core's ERRORS). */
  code: ErrorCode;
  /** Chinese, then " / ", then English; says what is accepted. */
  message: string;
  /** The query or path parameter at fault, or null when no single one is. */
  param: string | null;
}

/** Body of every non-2xx JSON answer: `{ "error": { code, message, param } }`. */
export interface ErrorBody {
  error: ErrorDetail;
}

// Errors depend on the request alone or on transient state; shared caches must not keep them
// past a data release that could turn a 404 into a 200.
const ERROR_CACHE_CONTROL = 'no-store';

/** Answers with the JSON error body; the only way any route produces an error response. */
export function errorResponse(c: Context, status: ContentfulStatusCode, detail: ErrorDetail, headers: Record<string, string> = {}): Response {
  const body: ErrorBody = { error: { code: detail.code, message: detail.message, param: detail.param } };
  return c.json(body, status, { 'Content-Type': JSON_CONTENT_TYPE, 'Cache-Control': ERROR_CACHE_CONTROL, ...headers });
}

/** Answers a core parse error (always 400) without its internal `status` field. */
export function apiErrorResponse(c: Context, error: ApiError): Response {
  return errorResponse(c, error.status, error);
}

/** Bilingual detail of a path that names no endpoint. */
export const ROUTE_NOT_FOUND: ErrorDetail = {
  code: 'not_found',
  message: '没有这个接口，可用接口见 /api/docs / No such endpoint; see /api/docs for the available ones.',
  param: null,
};

/** Bilingual detail of a request method the read-only API does not serve. */
export function methodNotAllowed(method: string, allowed: readonly string[]): ErrorDetail {
  const list = allowed.join(', ');
  return {
    code: 'method_not_allowed',
    message: `不支持 ${method} 方法，本接口只读，只接受 ${list} / Method ${method} is not allowed; this read-only API accepts ${list}.`,
    param: null,
  };
}

/** Bilingual detail of an unexpected failure; deliberately says nothing about the cause. */
export const INTERNAL_ERROR: ErrorDetail = {
  code: 'internal_error',
  message: '服务器内部错误，请稍后重试 / Internal server error; please try again later.',
  param: null,
};
