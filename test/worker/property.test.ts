import { SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTER_PARAMS, RECORD_FIELDS } from '../../core';
import { ClusterListSchema, ErrorSchema, FacetsSchema } from '../../worker/openapi/schemas';

// Thousands of random and hostile query strings: the answer is always a 200 or a 400 whose body
// is valid JSON of the documented shape (or, for format=csv, a CSV with the documented header).

const NUM_RUNS = 1500;

const knownName = fc.constantFrom(...CLUSTER_PARAMS);
const hostileName = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '', ' ', 'Province', 'LIMIT', 'q[]', 'year[0]');
const name = fc.oneof({ weight: 12, arbitrary: knownName }, { weight: 1, arbitrary: hostileName }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const goodValue = fc.constantFrom(
  '浙江省',
  '浙江',
  'zhejiang',
  '330000',
  '33',
  'Inner Mongolia',
  '宁波',
  '宁波市',
  '慈溪',
  '3302',
  '2023',
  '2022,2024',
  '轴承',
  'cixi',
  'cx',
  'zhoucheng',
  '浙江 轴承',
  '-year',
  'name',
  'id',
  '300',
  '1',
  '0',
  'csv',
  'json',
  '新疆生产建设兵团',
);
const hostileValue = fc.constantFrom(
  "' OR 1=1 --",
  '1; DROP TABLE clusters',
  '%',
  '%%',
  '%E6%B5',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '%0A',
  '%7F',
  '%C2%85',
  '<script>alert(1)</script>',
  '${7*7}',
  '../../etc/passwd',
  '\u202e',
  '\ufeff',
  '１２３',
  'Ⅻ',
  '2023,,2024',
  '-1',
  '1e3',
  '0x1f',
  'NaN',
  'Infinity',
  '9007199254740993',
  '+',
  '++',
  '%2B',
  '=',
  '&',
  '%26',
  '%3D',
  '🏭'.repeat(20),
  '轴'.repeat(64),
  '轴'.repeat(65),
);
const randomValue = fc.oneof(fc.string({ maxLength: 70 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.integer().map(String));
const value = fc.oneof({ weight: 4, arbitrary: goodValue }, { weight: 3, arbitrary: hostileValue }, { weight: 3, arbitrary: randomValue });

/** Encodes like a client would, or not at all (raw hostile bytes, lone surrogates, stray %). */
function maybeEncode(text: string, encode: boolean): string {
  if (!encode) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const segmentParts = fc.tuple(name, value, fc.boolean(), fc.boolean(), fc.boolean());
const toSegment = ([n, v, encodeName, encodeValue, bare]: [string, string, boolean, boolean, boolean]) =>
  bare ? maybeEncode(n, encodeName) : `${maybeEncode(n, encodeName)}=${maybeEncode(v, encodeValue)}`;

const queryString = fc.oneof(
  // Mostly distinct names, so that values, not just repeats, are what gets exercised.
  { weight: 6, arbitrary: fc.uniqueArray(segmentParts, { selector: (parts) => parts[0], maxLength: 5 }).map((all) => all.map(toSegment).join('&')) },
  { weight: 2, arbitrary: fc.array(segmentParts, { maxLength: 6 }).map((all) => all.map(toSegment).join('&')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

async function check(path: string, query: string, validate200: (body: unknown) => void) {
  const res = await SELF.fetch(`https://api.test${path}?${query}`);
  expect([200, 400], query).toContain(res.status);
  const type = res.headers.get('Content-Type') ?? '';
  // ignoreBOM keeps the BOM in the text, so the test sees the bytes Excel sees.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(await res.arrayBuffer());
  if (res.status === 200 && type.startsWith('text/csv')) {
    expect(text.startsWith(`\uFEFF${RECORD_FIELDS.join(',')}\r\n`), query).toBe(true);
    return;
  }
  expect(type, query).toBe('application/json; charset=utf-8');
  const body: unknown = JSON.parse(text);
  if (res.status === 200) validate200(body);
  else expect(ErrorSchema.parse(body).error.message, query).toContain(' / ');
}

describe('random and hostile query strings', () => {
  it('/api/v1/clusters answers 200 or 400 with the documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, (query) =>
        check('/api/v1/clusters', query, (body) => {
          const { data, meta } = ClusterListSchema.parse(body);
          // A page holds exactly what is left after the offset, up to the limit.
          expect(data.length).toBe(Math.max(0, Math.min(meta.limit, meta.total - meta.offset)));
        }),
      ),
      { numRuns: NUM_RUNS },
    );
  }, 180_000);

  it('/api/v1/facets answers 200 or 400 with the documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, (query) =>
        check('/api/v1/facets', query, (body) => {
          const { data, meta } = FacetsSchema.parse(body);
          expect(data.year.every((f) => f.count <= 300)).toBe(true);
          expect(meta.total).toBeLessThanOrEqual(300);
        }),
      ),
      { numRuns: NUM_RUNS },
    );
  }, 180_000);
});
