import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import type { ToolContext } from './context';
import { registerResources } from './resources';
import { registerClusterTool } from './tools/cluster';
import { registerCountTool } from './tools/count';
import { registerSearchTool } from './tools/search';

const SERVER_INFO = { name: 'cluster-list', title: '中小企业特色产业集群名单 · SME characteristic industrial clusters', version: '1.0.0' };

const INSTRUCTIONS = `China's national list of SME characteristic industrial clusters (中小企业特色产业集群), published by MIIT (工业和信息化部) in 2022, 2023 and 2024: 300 clusters, each with its place (province, city, county, GB/T 2260 codes), industry and submitting unit.
Use search_clusters to find clusters (by province in any spelling, city, county, year, or a Chinese or pinyin keyword), count_clusters for counts by year, province, city or submitter, and get_cluster for one cluster's notice and GB/T 7714 citation.
Cite a cluster with its page URL. Credit the data to MIIT; the resource cluster-list://dataset says how, and cluster-list://fields what each field means.`;

// Tool output is checked against the output schemas by zod; this validator only serves the SDK's
// checks of a client's elicitation answers, which this server never asks for. It is the SDK's
// Workers validator (no code generation, which Workers forbid), built once per isolate.
const VALIDATOR = new CfWorkerJsonSchemaValidator();

/** Bounds the elements of a tool's arguments: no argument takes more than a list of years. */
const MAX_ARGUMENT_ELEMENTS = 64;

/**
 * The MCP server of one request (the endpoint is stateless: every POST gets its own), with the tools
 * and resources answering from that request's dataset.
 */
export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions: INSTRUCTIONS,
    jsonSchemaValidator: VALIDATOR,
    maxToolInputElements: MAX_ARGUMENT_ELEMENTS,
  });
  registerSearchTool(server, context);
  registerCountTool(server, context);
  registerClusterTool(server, context);
  registerResources(server, context);
  return server;
}
