/** How long and how often each step runs. */
export interface BenchSettings {
  label: 'full' | 'quick';
  connections: number;
  rounds: number;
  secondsPerRun: number;
  warmupSeconds: number;
  coldSamples: number;
  soakConnections: number;
  soakSeconds: number;
  widgetWarmups: number;
  widgetRepeats: number;
  /** The same on the mobile network (reported only, and each load takes longer). */
  widgetMobileRepeats: number;
  /** Interleaved pairs of the mobile embed measure (snippet, physical limit). */
  embedPairs: number;
}

/** The run `npm run bench` does: about five minutes on the 2-core machine. */
export const FULL: BenchSettings = {
  label: 'full',
  connections: 10,
  rounds: 5,
  secondsPerRun: 3,
  warmupSeconds: 1,
  coldSamples: 7,
  soakConnections: 50,
  soakSeconds: 30,
  widgetWarmups: 2,
  widgetRepeats: 20,
  widgetMobileRepeats: 10,
  embedPairs: 21,
};

/** `npm run bench -- --quick`: a smoke run of the harness; its figures are not the goals' figures. */
export const QUICK: BenchSettings = {
  label: 'quick',
  connections: 10,
  rounds: 2,
  secondsPerRun: 1,
  warmupSeconds: 1,
  coldSamples: 2,
  soakConnections: 50,
  soakSeconds: 3,
  widgetWarmups: 1,
  widgetRepeats: 3,
  widgetMobileRepeats: 3,
  embedPairs: 3,
};

/** Paths the bench measures. */
export const PATHS = {
  hello: '/api/v1/hello',
  memoHit: '/api/v1/clusters?province=浙江省',
  fullList: '/api/v1/clusters?limit=300',
  /** A cold isolate's first request being a search builds the search text first. */
  coldSearch: '/api/v1/clusters?q=cixi',
  mcp: '/mcp',
} as const;

/**
 * The MCP call a fresh isolate gets first: memoHit's query as a search_clusters call. A stateless
 * endpoint has no session, so any call, not only `initialize`, can be the first an isolate sees.
 */
export const MCP_COLD_CALL = {
  body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_clusters', arguments: { province: '浙江省' } } }),
  headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', 'MCP-Protocol-Version': '2025-06-18' },
} as const;

/** The embed the widget measures use, as a builder user picks it, and its first-view file (relative to the widget folder). */
export const EMBED = {
  province: '浙江省',
  firstView: 'data/views/provinces/浙江省.json',
} as const;
