import { SELF } from 'cloudflare:test';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connectClient, ORIGIN, textOf } from './support/mcp-client';

// What a model gets back when it calls wrongly (tool errors it can act on), and the endpoint's
// HTTP answers, through the official SDK client and SELF against the real seeded data.

let client: Client;
beforeAll(async () => {
  client = await connectClient();
});
afterAll(async () => {
  await client.close();
});

describe('MCP: errors a model can act on', () => {
  async function toolError(name: string, args: Record<string, unknown>): Promise<string> {
    const result = await call(client, name, args);
    expect(result.isError, JSON.stringify(args)).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    return textOf(result);
  }

  it('an unknown province lists the nearest names', async () => {
    const text = await toolError('search_clusters', { province: 'zheijang' });
    expect(text).toMatch(/^unknown_province \(province\): /);
    expect(text).toContain('浙江省 (Zhejiang)');
    expect(await toolError('count_clusters', { by: 'city', province: '浙' })).toContain('浙江省');
    expect(await toolError('search_clusters', { province: 'Atlantis' })).toMatch(/full name \(浙江省\)/);
  });

  it('a year without clusters lists the years that exist', async () => {
    const text = await toolError('search_clusters', { year: 2021 });
    expect(text).toMatch(/^unknown_year \(year\): /);
    expect(text).toContain('Available years: 2022, 2023, 2024');
    expect(await toolError('count_clusters', { by: 'province', year: [2023, 1999] })).toContain('Available years: 2022, 2023, 2024');
    expect(await toolError('search_clusters', { year: 20233 })).toMatch(/^invalid_year \(year\): .*four-digit year/);
  });

  it('an unknown id says no cluster has it, and which ids exist', async () => {
    const text = await toolError('get_cluster', { id: 999 });
    expect(text).toBe(
      'not_found (id): 没有编号为 999 的集群。现有编号为 1–300，可用 search_clusters 查找 / No cluster has id 999. Ids run from 1 to 300; find one with search_clusters.',
    );
    for (const id of [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER])
      expect(await toolError('get_cluster', { id })).toMatch(/^invalid_id \(id\): .*positive integer/);
  });

  it('hostile input gets the answers the REST API gives: long strings, NUL, lone surrogates, huge numbers', async () => {
    expect(await toolError('search_clusters', { q: '轴'.repeat(65) })).toMatch(/^query_too_long \(q\): .*at most 64 characters \(got 65\)/);
    expect(await toolError('search_clusters', { city: 'x'.repeat(10_000) })).toMatch(/^value_too_long \(city\): /);
    expect(await toolError('search_clusters', { q: 'a\u0000b' })).toMatch(/^invalid_characters \(q\): /);
    expect(await toolError('search_clusters', { county: 'x\ud800y' })).toMatch(/^malformed_query: /);
    expect(await toolError('search_clusters', { limit: 1e308 })).toMatch(/^invalid_limit \(limit\): .*1 to 300/);
    expect(await toolError('search_clusters', { offset: -1 })).toMatch(/^invalid_offset \(offset\): /);
    expect(await toolError('search_clusters', { year: [2023, 2023.5] })).toMatch(/^invalid_year \(year\): /);
    expect(await toolError('search_clusters', { sort: 'relevance' })).toMatch(/^invalid_sort \(sort\): .*Accepted: id, -id/);
  });

  it('refuses unknown and wrongly typed arguments, __proto__ included, as tool errors', async () => {
    expect(await toolError('search_clusters', { provinve: '浙江' })).toMatch(
      /Unknown argument "provinve"\. search_clusters accepts: province, submittedBy, city/,
    );
    expect(await toolError('count_clusters', { by: 'year', Province: '浙江' })).toMatch(/Did you mean province\?/);
    // The SDK's parse would drop the key (it sets a prototype): refused like ?__proto__= on the REST API.
    for (const [tool, args] of [
      ['search_clusters', '{"__proto__": {"province": "浙江"}}'],
      ['count_clusters', '{"by": "year", "__proto__": null}'],
      ['get_cluster', '{"id": 194, "__proto__": {"id": 1}}'],
    ] as const) {
      expect(await toolError(tool, JSON.parse(args)), args).toMatch(
        new RegExp(`^unknown_parameter \\(__proto__\\): .*Unknown argument "__proto__"\\. ${tool} accepts: `),
      );
    }
    expect(await toolError('search_clusters', { province: 33 })).toMatch(/province/);
    expect(await toolError('count_clusters', { by: 'industry' })).toMatch(/by/);
    expect(await toolError('search_clusters', { year: Array.from({ length: 100 }, () => 2023) })).toMatch(/maximum of 64 elements/);
  });
});

describe('MCP: HTTP', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    SELF.fetch(`${ORIGIN}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
      body,
    });

  it('answers GET, DELETE and HEAD with 405 and Allow: POST (stateless, no event stream)', async () => {
    for (const method of ['GET', 'DELETE', 'PUT', 'HEAD']) {
      const res = await SELF.fetch(`${ORIGIN}/mcp`, { method, headers: { Accept: 'text/event-stream' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('POST, OPTIONS');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      if (method !== 'HEAD') expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    }
  });

  it('answers a CORS preflight for POST, so browser clients can connect', async () => {
    const res = await SELF.fetch(`${ORIGIN}/mcp`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://inspector.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, mcp-protocol-version',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('mcp-protocol-version');
  });

  it('answers malformed JSON-RPC with a JSON-RPC error and a 4xx, never a 500', async () => {
    const cases: [string, Record<string, string>, number][] = [
      ['{not json', {}, 400],
      ['{"jsonrpc":"2.0"}', {}, 400],
      ['{"jsonrpc":"2.0","id":1,"method":"tools/list"}', { 'Content-Type': 'text/plain' }, 415],
      [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_clusters', arguments: { q: 'x'.repeat(70_000) } } }), {}, 413],
    ];
    for (const [body, headers, status] of cases) {
      const res = await post(body, headers);
      expect(res.status, body.slice(0, 40)).toBe(status);
      expect(((await res.json()) as { jsonrpc: string; error: { code: number } }).error.code).toBeLessThan(0);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
  });

  it('answers an unknown method and an unknown tool with JSON-RPC errors', async () => {
    const unknownMethod = await post('{"jsonrpc":"2.0","id":7,"method":"clusters/everything"}');
    expect(await unknownMethod.json()).toMatchObject({ id: 7, error: { code: -32601 } });
    const unknownTool = await call(client, 'drop_tables', {});
    expect(unknownTool.isError).toBe(true);
    expect(textOf(unknownTool)).toMatch(/drop_tables not found/);
  });
});
