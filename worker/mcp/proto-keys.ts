import type { RequestId } from '@modelcontextprotocol/sdk/types.js';

/**
 * The ids of the `tools/call` requests in a JSON-RPC body whose arguments have an own `__proto__`
 * key. The SDK's request schema rebuilds the arguments by assignment, where that key sets the new
 * object's prototype instead of a property: the argument vanishes before a tool's schema can refuse
 * it. The route reads the body first and hands these ids to the tools, so such a call is refused as
 * the REST API refuses `?__proto__=` (an unknown argument), not silently answered without it.
 */
export function callsWithProtoKey(body: unknown): ReadonlySet<RequestId> {
  const ids = new Set<RequestId>();
  for (const message of Array.isArray(body) ? body : [body]) {
    if (!isObject(message) || message.method !== 'tools/call' || !isObject(message.params)) continue;
    const { arguments: args } = message.params;
    const id = message.id;
    if (isObject(args) && Object.hasOwn(args, '__proto__') && (typeof id === 'string' || typeof id === 'number')) ids.add(id);
  }
  return ids;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
