import { SELF } from 'cloudflare:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Origin the tests address the Worker by. */
export const ORIGIN = 'https://api.test';

/**
 * The official SDK client, connected to the real Worker in workerd (`SELF.fetch`), as Claude
 * Desktop or Cursor would connect to `/mcp`. It validates every structured result against the
 * tool's published outputSchema (with the SDK's Workers validator: workerd forbids Ajv's code generation).
 */
export async function connectClient(): Promise<Client> {
  const client = new Client({ name: 'cluster-list-test', version: '1.0.0' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });
  const transport = new StreamableHTTPClientTransport(new URL(`${ORIGIN}/mcp`), {
    fetch: (url, init) => SELF.fetch(new Request(url, init)),
  });
  await client.connect(transport);
  return client;
}

/** Calls a tool and returns its result, typed as a tools/call result. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of a result's first content block. */
export function textOf(result: CallToolResult): string {
  const first = result.content[0];
  if (first?.type !== 'text') throw new Error(`expected a text block, got ${JSON.stringify(first)}`);
  return first.text;
}
