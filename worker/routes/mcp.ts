import { StreamableHTTPTransport } from '@hono/mcp';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-env';
import { STALE_HEADER } from '../dataset/middleware';
import { errorResponse, type ErrorDetail } from '../http/errors';
import { datasetAccess } from '../mcp/dataset-access';
import { callsWithProtoKey } from '../mcp/proto-keys';
import { createMcpServer } from '../mcp/server';
import { warmUpMcp } from '../mcp/warm-up';

/** Path of the MCP endpoint (Streamable HTTP). */
export const MCP_PATH = '/mcp';

/** Options of {@link mcpRoutes}. */
export interface McpRouteOptions {
  /** The API's dataset loader: the MCP tools answer from the same in-isolate copy. */
  loader: MiddlewareHandler<AppEnv>;
}

/** Largest JSON-RPC body accepted: a tool call is a few hundred bytes, a batch of them a few KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

const METHODS = ['POST', 'OPTIONS'] as const;

// Answers to POST carry a JSON-RPC id of the client's choosing: no cache may keep or share them.
const NO_STORE = 'no-store';

/**
 * The MCP endpoint: Streamable HTTP, stateless (no session, no event stream, a JSON answer per
 * POST). A POST gets a fresh server and transport (@hono/mcp), whose tools load the dataset only
 * when called. GET is answered 405 as the spec asks of a server that offers no event stream, and so
 * are DELETE (no session to end) and every other method. Mounted before the API's method guard, with
 * CORS of its own that allows POST, so browser-based clients can call it.
 */
export function mcpRoutes(options: McpRouteOptions): Hono<AppEnv> {
  // The app is built in the Worker's global scope (worker/index.ts), so this runs at isolate start-up.
  warmUpMcp();
  const app = new Hono<AppEnv>();
  app.use(cors({ origin: '*', allowMethods: [...METHODS], exposeHeaders: ['Server-Timing', STALE_HEADER], maxAge: 86_400, credentials: false }));
  app.use(async function noStore(c, next) {
    await next();
    c.res.headers.set('Cache-Control', NO_STORE);
  });
  app.post(
    '/',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json(jsonRpcError(-32600, `Request body over ${MAX_BODY_BYTES} bytes`), 413) }),
    async (c) => {
      // Read here (the transport would read it anyway) to find what the SDK's parse would drop; a body
      // that is not JSON is left to the transport, which answers it with a JSON-RPC parse error.
      const body: unknown = await c.req.json().catch(() => undefined);
      const origin = new URL(c.req.url).origin;
      const server = createMcpServer({
        origin,
        dataset: datasetAccess(c, options.loader),
        // A citation's 引用日期: the day of the call, in UTC.
        today: new Date().toISOString().slice(0, 10),
        protoKeyCalls: callsWithProtoKey(body),
      });
      const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      await server.connect(transport);
      try {
        const response = await transport.handleRequest(c, body);
        if (!response) throw new Error('MCP transport gave no response to a POST');
        return response;
      } catch (error) {
        // Bad JSON, a wrong Content-Type or Accept, an unsupported protocol version: the transport's
        // own JSON-RPC error with its 4xx status, not the app's 500.
        if (error instanceof HTTPException) return error.getResponse();
        throw error;
      }
    },
  );
  app.all('/', (c) => errorResponse(c, 405, methodNotAllowed(c.req.method.slice(0, 16)), { Allow: METHODS.join(', ') }));
  return app;
}

function jsonRpcError(code: number, message: string) {
  return { jsonrpc: '2.0', error: { code, message }, id: null };
}

function methodNotAllowed(method: string): ErrorDetail {
  return {
    code: 'method_not_allowed',
    message:
      `${MCP_PATH} 是无状态的 MCP 端点（Streamable HTTP），只接受 POST 的 JSON-RPC 消息，不提供事件流；用法见 docs/mcp.md / ` +
      `${MCP_PATH} is a stateless MCP endpoint (Streamable HTTP): it takes JSON-RPC messages by POST and opens no event stream, so ${method} is not allowed. Point an MCP client at this URL.`,
    param: null,
  };
}
