import { SELF } from 'cloudflare:test';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SORT_KEYS } from '../../core';
import { call, connectClient, ORIGIN, textOf } from './support/mcp-client';

// A tool and the REST API answer the same query alike: generated arguments, good and bad, go to
// the tool and, as the query string a REST client would write, to /api/v1; rows, totals, counts and
// errors must agree.

const NUM_RUNS = 150;
// Hundreds of requests per property: generous, so a busy machine cannot fail them (no speed is asserted).
const TIMEOUT_MS = 180_000;

let client: Client;
beforeAll(async () => {
  client = await connectClient();
});
afterAll(async () => {
  await client.close();
});

// Strings a URL can carry (lone surrogates are checked by example in mcp-errors.test.ts).
const wellFormed = (maxLength: number) => fc.string({ unit: 'binary', maxLength }).filter((text) => !/\p{Surrogate}/u.test(text));
const pick = <T>(values: T[], other: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: other });

const filterArgs = {
  province: pick(['浙江省', '浙江', 'zhejiang', 'ZheJiang', '33', '330000', 'Inner Mongolia', 'xizang', 'zheijang', '浙', 'Atlantis', ' 广东 '], wellFormed(8)),
  submittedBy: pick(['宁波', '宁波市', '兵团', '浙江', '青岛', '新疆生产建设兵团'], wellFormed(6)),
  city: pick(['宁波', '宁波市', '苏州', '朝阳', '重庆市', '慈溪'], wellFormed(6)),
  county: pick(['慈溪', '慈溪市', '玉屏', '余姚市'], wellFormed(6)),
  adcode: pick(['33', '3302', '330282', '44', '3', 'abc', '1234567'], wellFormed(4)),
  year: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(2022, 2023, 2024) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(2022, 2023, 2024), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(2021, 20233, 2023.5, -1, [2023, 2019]) },
  ),
  q: pick(['轴承', 'zhoucheng', 'cixi', 'cx', '浙江 轴承', '家电', 'ZHOU', '新材料', 'a\u0000b', '轴'.repeat(65), '   '], wellFormed(10)),
};
// At most two filters at once: more than that rarely leaves a row to compare.
const someFilters = fc
  .tuple(fc.record(filterArgs), fc.subarray(Object.keys(filterArgs) as (keyof typeof filterArgs)[], { maxLength: 2 }))
  .map(([all, chosen]) => Object.fromEntries(chosen.map((name) => [name, all[name]])));
const paging = fc.record(
  {
    sort: pick([...SORT_KEYS, 'NAME', 'relevance'], wellFormed(4)),
    limit: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 300 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 301, 2.5, 1e21) }),
    offset: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 100_001, 0.5) }),
  },
  { requiredKeys: [] },
);
const searchArgs = fc.tuple(someFilters, paging).map(([filters, page]) => ({ ...filters, ...page }));
const countArgs = fc.tuple(fc.constantFrom('year', 'province', 'city'), someFilters).map(([by, filters]) => ({ by, ...filters }));

/** The query string a REST client would write for the arguments: values as JavaScript prints them. */
function restQuery(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([name, value]) => name !== 'by' && value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`)
    .join('&');
}

type ErrorBody = { error: { code: string; message: string; param: string | null } };

async function rest(path: string, query: string): Promise<{ status: number; body: unknown }> {
  const res = await SELF.fetch(`${ORIGIN}${path}?${query}`);
  return { status: res.status, body: await res.json() };
}

function expectSameError(tool: Awaited<ReturnType<typeof call>>, answer: { status: number; body: unknown }, label: string) {
  expect(answer.status, label).toBe(400);
  expect(tool.isError, label).toBe(true);
  const { code, message, param } = (answer.body as ErrorBody).error;
  expect(textOf(tool), label).toBe(`${code}${param === null ? '' : ` (${param})`}: ${message}`);
}

describe('MCP tools and the REST API agree', () => {
  it(
    'search_clusters answers as GET /api/v1/clusters: total, rows in order, the same errors',
    async () => {
      const outcomes = { rows: 0, errors: 0 };
      await fc.assert(
        fc.asyncProperty(searchArgs, async (args) => {
          const tool = await call(client, 'search_clusters', args);
          const answer = await rest('/api/v1/clusters', restQuery({ limit: 50, ...args }));
          const label = JSON.stringify(args);
          if (answer.status !== 200) {
            outcomes.errors++;
            expectSameError(tool, answer, label);
            return;
          }
          expect(tool.isError, `${label}: ${tool.isError ? textOf(tool) : ''}`).toBeFalsy();
          const body = answer.body as { data: { id: number }[]; meta: { total: number; limit: number; offset: number } };
          const found = tool.structuredContent as { total: number; limit: number; offset: number; rows: { page: string }[]; apiUrl: string };
          expect({ total: found.total, limit: found.limit, offset: found.offset }, label).toEqual({
            total: body.meta.total,
            limit: body.meta.limit,
            offset: body.meta.offset,
          });
          expect(
            found.rows.map(({ page: _page, ...record }) => record),
            label,
          ).toEqual(body.data);
          // The apiUrl the tool gives is the canonical form of the same query: it answers the same rows.
          const canonical = (await (await SELF.fetch(found.apiUrl)).json()) as typeof body;
          expect(canonical.data, label).toEqual(body.data);
          if (body.data.length > 0) outcomes.rows++;
        }),
        { numRuns: NUM_RUNS },
      );
      // Both kinds of answer were compared often enough to mean something.
      expect(outcomes.rows).toBeGreaterThan(NUM_RUNS / 5);
      expect(outcomes.errors).toBeGreaterThan(NUM_RUNS / 10);
    },
    TIMEOUT_MS,
  );

  it(
    'count_clusters answers as GET /api/v1/facets: total and the counts of its dimension, the same errors',
    async () => {
      await fc.assert(
        fc.asyncProperty(countArgs, async (args) => {
          const tool = await call(client, 'count_clusters', args);
          const answer = await rest('/api/v1/facets', restQuery(args));
          const label = JSON.stringify(args);
          if (answer.status !== 200) {
            expectSameError(tool, answer, label);
            return;
          }
          expect(tool.isError, `${label}: ${tool.isError ? textOf(tool) : ''}`).toBeFalsy();
          const body = answer.body as { data: Record<string, unknown[]>; meta: { total: number } };
          const counted = tool.structuredContent as { total: number; counts: unknown[] };
          expect(counted.total, label).toBe(body.meta.total);
          expect(counted.counts, label).toEqual(body.data[args.by]!);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'get_cluster answers as GET /api/v1/clusters/{id}',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.integer({ min: -5, max: 320 }), fc.constantFrom(1.5, 1e21, 2 ** 53)), async (id) => {
          const tool = await call(client, 'get_cluster', { id });
          const answer = await rest(`/api/v1/clusters/${String(id)}`, '');
          if (answer.status === 400) {
            expectSameError(tool, answer, String(id));
            return;
          }
          expect(Boolean(tool.isError), String(id)).toBe(answer.status === 404);
          if (answer.status === 404) {
            expect(textOf(tool)).toMatch(/^not_found \(id\): /);
            return;
          }
          const body = answer.body as { data: unknown; meta: { page: string } };
          const got = tool.structuredContent as { cluster: unknown; page: string };
          expect(got.cluster).toEqual(body.data);
          expect(got.page).toBe(body.meta.page);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
