import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { createDataset, type Dataset } from '../../core';
import { createMcpServer } from './server';

// One made-up cluster: enough for every tool to answer, and for no answer to be mistaken for data.
const RECORD = {
  id: 1,
  year: 2022,
  batch: 1,
  seq: 1,
  name: '北京市示例产业集群',
  industry: '示例',
  province: '北京市',
  provinceCode: '110000',
  city: '北京市',
  county: null,
  town: null,
  adcode: '110000',
  submittedBy: '北京市',
  sourceUrl: 'https://warm-up.invalid/',
  section: 'C' as const,
  sectionName: '制造业',
  division: '34',
  divisionName: '通用设备制造业',
  secondaryDivision: null,
  secondaryDivisionName: null,
  search: {
    namePinyin: 'bei jing shi shi li',
    nameInitials: 'bjssl',
    industryPinyin: 'shi li',
    industryInitials: 'sl',
    placePinyin: 'bei jing shi',
    placeInitials: 'bjs',
  },
};

const call = (id: number, name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

// The calls that load the dataset, each answered once and once refused. Not tools/list or a
// resource read: they never load the dataset, so their first call is far within the budget anyway,
// and warming them would only lengthen every isolate's start-up.
const MESSAGES: readonly unknown[] = [
  {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'warm-up', version: '0' } },
  },
  call(1, 'search_clusters', { province: '北京', q: 'shili', limit: 1 }),
  call(2, 'search_clusters', { province: 'beijng', year: 2021 }),
  call(3, 'count_clusters', { by: 'province', year: [2022] }),
  call(4, 'get_cluster', { id: 1 }),
  call(5, 'get_cluster', { id: 2 }),
];

let warmed = false;

/**
 * Answers made-up tool calls, in memory, on a one-record dataset: Zod sets a schema's checks
 * up on its first parse and V8 compiles a function on its first call, and done here, at isolate
 * start-up (the global scope, which Workers bound apart from a request's CPU), that one-off work is
 * not paid by the first MCP call the isolate answers, which must stay within the cold-start budget
 * (bench: "first MCP call CPU"). It costs every isolate's start-up some tens of ms (docs/mcp.md,
 * "Cold start"). Nothing in it does I/O or waits on a timer; it runs once per isolate.
 */
export function warmUpMcp(): void {
  if (warmed) return;
  warmed = true;
  const dataset: Dataset = createDataset({ version: 'warm-up', builtAt: '2022-01-01T00:00:00Z', notices: [], records: [RECORD] });
  const server = createMcpServer({ origin: 'https://warm-up.invalid', dataset: () => Promise.resolve(dataset), today: '2022-01-01', protoKeyCalls: new Set() });
  const transport: Transport = { start: async () => {}, send: async () => {}, close: async () => {} };
  void server.connect(transport).then(() => {
    for (const message of MESSAGES) transport.onmessage?.(JSONRPCMessageSchema.parse(message));
  });
}
