import { SELF } from 'cloudflare:test';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connectClient, ORIGIN, textOf } from './support/mcp-client';

// The official SDK client against the real Worker and the real seeded data (300 clusters).

let client: Client;
beforeAll(async () => {
  client = await connectClient();
});
afterAll(async () => {
  await client.close();
});

function resourceText(read: { contents: ({ text: string } | { blob: string })[] }): string {
  const first = read.contents[0];
  if (!first || !('text' in first)) throw new Error('expected a text resource');
  return first.text;
}

type Row = { id: number; province: string; name: string; page: string };

describe('MCP: initialize and list', () => {
  it('initializes as a stateless server with tools and resources', () => {
    expect(client.getServerVersion()?.name).toBe('cluster-list');
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} });
    expect(client.getInstructions()).toMatch(/search_clusters/);
  });

  it('lists the three tools with descriptions, input and output schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['count_clusters', 'get_cluster', 'search_clusters']);
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(100);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.annotations).toMatchObject({ readOnlyHint: true });
    }
    const search = tools.find((tool) => tool.name === 'search_clusters')!;
    expect(Object.keys(search.inputSchema.properties ?? {})).toEqual([
      'province',
      'submittedBy',
      'city',
      'county',
      'adcode',
      'year',
      'section',
      'division',
      'q',
      'sort',
      'limit',
      'offset',
    ]);
  });

  it('lists and reads the resources: the dataset description and the field meanings', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri).sort()).toEqual(['cluster-list://dataset', 'cluster-list://fields']);
    const dataset = await client.readResource({ uri: 'cluster-list://dataset' });
    const meta = JSON.parse(resourceText(dataset));
    expect(meta).toMatchObject({ recordCount: 300, source: { nameEn: expect.stringContaining('MIIT') } });
    expect(meta.years.map((year: { year: number }) => year.year)).toEqual([2022, 2023, 2024]);
    expect(meta.attribution).toMatch(/MIIT/);
    const restMeta = (await (await SELF.fetch(`${ORIGIN}/api/v1/meta`)).json()) as { data: unknown };
    expect(meta).toEqual(restMeta.data);
    const fields = JSON.parse(resourceText(await client.readResource({ uri: 'cluster-list://fields' })));
    expect(fields.fields.map((field: { field: string }) => field.field)).toContain('submittedBy');
    for (const field of fields.fields) expect(field.en.length, field.field).toBeGreaterThan(10);
  });
});

describe('MCP: search_clusters', () => {
  it("finds 浙江省's 23 clusters by any spelling of the province, each row with its page URL", async () => {
    for (const province of ['浙江省', '浙江', 'zhejiang', '33']) {
      const result = await call(client, 'search_clusters', { province });
      expect(result.isError, province).toBeFalsy();
      const found = result.structuredContent as { total: number; rows: Row[]; apiUrl: string };
      expect(found.total, province).toBe(23);
      expect(found.rows).toHaveLength(23);
      expect(found.rows.every((row) => row.province === '浙江省')).toBe(true);
      expect(found.rows[0]!.page).toBe(`${ORIGIN}/clusters/${found.rows[0]!.id}`);
      expect(found.apiUrl).toBe(`${ORIGIN}/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81&limit=50`);
      // The text block carries the same value, for clients that show a model only text.
      expect(JSON.parse(textOf(result))).toEqual(found);
    }
  });

  it('finds the four bearing clusters by the pinyin zhoucheng', async () => {
    const result = await call(client, 'search_clusters', { q: 'zhoucheng' });
    const found = result.structuredContent as { total: number; rows: Row[] };
    expect(found.total).toBe(4);
    expect(found.rows.every((row) => row.name.includes('轴承'))).toBe(true);
  });

  it('pages with limit and offset, and filters by year', async () => {
    const first = (await call(client, 'search_clusters', { year: [2023, 2024], limit: 5 })).structuredContent as { total: number; rows: Row[] };
    const second = (await call(client, 'search_clusters', { year: [2024, 2023], limit: 5, offset: 5 })).structuredContent as { total: number; rows: Row[] };
    expect(first.total).toBe(200);
    expect(second.total).toBe(200);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(Array.from({ length: 10 }, (_, i) => 101 + i));
  });
});

describe('MCP: get_cluster', () => {
  it('gets cluster 194 with its code 330282, its notice and GB/T 7714 citations', async () => {
    const result = await call(client, 'get_cluster', { id: 194 });
    expect(result.isError).toBeFalsy();
    const got = result.structuredContent as {
      cluster: { id: number; adcode: string; county: string; year: number };
      page: string;
      notice: { year: number; url: string } | null;
      citation: { gbt7714: string; notice: string | null };
    };
    expect(got.cluster).toMatchObject({ id: 194, adcode: '330282', county: '慈溪市', year: 2023 });
    expect(got.page).toBe(`${ORIGIN}/clusters/194`);
    expect(got.notice?.year).toBe(2023);
    const today = new Date().toISOString().slice(0, 10);
    expect(got.citation.gbt7714).toMatch(
      new RegExp(
        `^cluster-list\\. .+产业集群: 中小企业特色产业集群名单2023年度第\\d+号\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[${today}\\]\\. ${ORIGIN}/clusters/194\\.$`,
      ),
    );
    expect(got.citation.notice).toMatch(new RegExp(`^中华人民共和国工业和信息化部\\. .+\\[EB/OL\\]\\. \\[${today}\\]\\. https://`));
  });
});

describe('MCP: count_clusters', () => {
  it('counts by province: every province once, summing to 300, 浙江省 with 23', async () => {
    const result = await call(client, 'count_clusters', { by: 'province' });
    const counted = result.structuredContent as { total: number; counts: { value: string; code: string; count: number }[] };
    expect(counted.total).toBe(300);
    expect(counted.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(300);
    expect(counted.counts.find((entry) => entry.value === '浙江省')).toEqual({ value: '浙江省', code: '330000', count: 23 });
  });

  it('counts by year, city and submitting unit for a filter', async () => {
    const years = (await call(client, 'count_clusters', { by: 'year' })).structuredContent as { counts: unknown[] };
    expect(years.counts).toEqual([
      { value: 2022, count: 100 },
      { value: 2023, count: 100 },
      { value: 2024, count: 100 },
    ]);
    const cities = (await call(client, 'count_clusters', { by: 'city', province: '浙江' })).structuredContent as { total: number; counts: { count: number }[] };
    expect(cities.total).toBe(23);
    expect(cities.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(23);
    const submitters = (await call(client, 'count_clusters', { by: 'submittedBy', province: '浙江' })).structuredContent as {
      counts: { value: string; count: number }[];
    };
    expect(submitters.counts.map((entry) => entry.value).sort()).toEqual(['宁波市', '浙江省']);
    expect(submitters.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(23);
  });

  it('counts by the derived industry section and division, and filters by them, as /api/v1/facets does', async () => {
    const sections = (await call(client, 'count_clusters', { by: 'section' })).structuredContent as {
      counts: { value: string; name: string; count: number }[];
    };
    expect(sections.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(300);
    expect(sections.counts[0]).toMatchObject({ value: 'C', name: '制造业' });
    const facets = (await (await SELF.fetch('https://api.test/api/v1/facets?section=C&province=浙江')).json()) as {
      data: { division: { value: string; count: number }[] };
    };
    const divisions = (await call(client, 'count_clusters', { by: 'division', section: 'C', province: '浙江' })).structuredContent as {
      counts: { value: string; count: number }[];
    };
    expect(divisions.counts.map(({ value, count }) => ({ value, count }))).toEqual(facets.data.division.map(({ value, count }) => ({ value, count })));
    const refused = await call(client, 'search_clusters', { division: '99' });
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain('01');
  });
});

describe('MCP: the example conversation of docs/mcp.md', () => {
  it('answers as the page says', async () => {
    const zhejiang = (await call(client, 'search_clusters', { province: '浙江', q: 'zhoucheng' })).structuredContent as { total: number; rows: Row[] };
    expect(zhejiang.total).toBe(1);
    expect(zhejiang.rows[0]!.name).toBe('浙江省新昌县滚动轴承产业集群');
    const national = (await call(client, 'search_clusters', { q: 'zhoucheng' })).structuredContent as { rows: Row[] };
    expect(national.rows.map((row) => row.name)).toEqual([
      '山东省临清市中小轴承产业集群',
      '河南省新安县轴承制造产业集群',
      '河北省临西县轴承零部件产业集群',
      '浙江省新昌县滚动轴承产业集群',
    ]);
    const provinces = (await call(client, 'count_clusters', { by: 'province' })).structuredContent as { counts: { value: string; count: number }[] };
    expect(provinces.counts.slice(0, 4).map(({ value, count }) => `${value} ${count}`)).toEqual(['浙江省 23', '山东省 23', '广东省 22', '江苏省 19']);
    const cited = (await call(client, 'get_cluster', { id: 194 })).structuredContent as { citation: { gbt7714: string } };
    expect(cited.citation.gbt7714).toMatch(/^cluster-list\. 宁波慈溪市智能小家电产业集群: 中小企业特色产业集群名单2023年度第94号\[EB\/OL\]\. /);
  });
});
