/**
 * What a POST to /mcp needs beyond the route: the MCP server and its transport. worker/routes/mcp.ts
 * imports this module on the first POST, so the SDK and its schemas are evaluated only by isolates
 * that answer MCP calls.
 */
export { StreamableHTTPTransport } from '@hono/mcp';
export { datasetAccess } from './dataset-access';
export { callsWithProtoKey } from './proto-keys';
export { createMcpServer } from './server';
