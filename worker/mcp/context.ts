import type { CallToolResult, RequestId } from '@modelcontextprotocol/sdk/types.js';
import { unknownArgumentMessage } from './arguments';
import type { DatasetAccess } from './dataset-access';
import { toolError } from './tool-errors';

/** What a tool needs from its request. */
export interface ToolContext {
  /** Origin of the request (`https://host`): page and API URLs name it, as the REST API does. */
  origin: string;
  dataset: DatasetAccess;
  /** Today's date (UTC, YYYY-MM-DD): a citation's 引用日期. */
  today: string;
  /** The calls whose arguments have an own `__proto__` key (proto-keys.ts). */
  protoKeyCalls: ReadonlySet<RequestId>;
}

/**
 * The tool error of a call with a `__proto__` argument, which the SDK drops before any schema sees
 * it; null for every other call.
 */
export function protoKeyError(context: ToolContext, requestId: RequestId, tool: string, accepted: readonly string[]): CallToolResult | null {
  if (!context.protoKeyCalls.has(requestId)) return null;
  return toolError('unknown_parameter', '__proto__', unknownArgumentMessage(['__proto__'], tool, accepted));
}

/** A successful tool result: the structured value, and the same as JSON text for clients that read only text. */
export function toolResult<T extends Record<string, unknown>>(value: T): CallToolResult & { structuredContent: T } {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

/** Annotations of every tool: they only read a fixed public list. */
export const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
