import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT, HOSTILE_RECORDS, RECORDS } from '../test/fixtures/records';
import { canonicalQuery } from './canonical';
import { createDataset } from './dataset';
import { computeFacets } from './facets';
import { parseClusterQuery, parseFacetQuery } from './parse-query';
import { isDivisionCode, SECTION_CODES } from './industry';
import { PROVINCES } from './provinces';
import { ERRORS, MAX_LIMIT, MAX_OFFSET, MAX_Q_LENGTH } from './contract';
import { CLUSTER_PARAMS, type ClusterFilter } from './query';
import type { ApiError, Result } from './result';
import { selectClusters } from './select';
import { toCsv } from './csv';

const dataset = createDataset({ ...FIXTURE_DATASET_INPUT, records: [...RECORDS, ...HOSTILE_RECORDS] });

// The parser's codes as the contract lists them: a new code there is accepted here without a copy.
const CODES: ReadonlySet<string> = new Set(ERRORS.filter((error) => error.status === 400).map((error) => error.code));

const hostileValues = [
  '',
  ' ',
  '%',
  '%%',
  '%E6',
  '%E6%B5',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '%0A',
  '%7F',
  '%C2%85',
  '+',
  '%2B',
  '&',
  '=',
  '==',
  "'",
  '"',
  ';',
  '--',
  "' OR 1=1 --",
  '1; DROP TABLE clusters',
  '%27%20OR%201%3D1',
  '<script>alert(1)</script>',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '\u202e',
  '%E2%80%AE',
  '%EF%BB%BF',
  '%F0%9F%98%80',
  '𠀀',
  '\ud800',
  '浙',
  '浙江',
  'zhejiang',
  '33',
  '330000',
  '2023',
  '2023,2024',
  '2021',
  '2023,',
  ',',
  '-1',
  '0',
  '1e3',
  '0x10',
  '301',
  '300',
  '100000',
  '100001',
  'NaN',
  'Infinity',
  'json',
  'csv',
  'CSV',
  'id',
  '-year',
  'name',
  '--name',
  'a'.repeat(64),
  'a'.repeat(65),
  '测'.repeat(64),
  '测'.repeat(65),
  '%E3%80%80',
  'cixi',
  'cx',
  'zhoucheng',
  '宁波',
  '兵团',
  '3302',
  '33020',
  '3302000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'facets',
  'meta',
  'facets,meta',
  'meta,facets,meta',
  'FACETS',
  'facets,',
  'rows',
  'C',
  'c',
  'I',
  'T',
  'Z',
  'CC',
  '34',
  '01',
  '97',
  '98',
  '99',
  '00',
  '3',
  '034',
  'abc',
  'C34',
];

const names = fc.oneof(
  fc.constantFrom(...CLUSTER_PARAMS),
  fc.constantFrom('Province', 'YEAR', '__proto__', 'constructor', '', '%71', 'q%00', 'limit ', 'callback', 'page'),
  fc.string({ maxLength: 8 }),
);
const values = fc.oneof(fc.constantFrom(...hostileValues), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
const segment = fc.tuple(names, values, fc.boolean()).map(([n, v, bare]) => (bare && v === '' ? n : `${n}=${v}`));
const structured = fc.array(segment, { maxLength: 6 }).map((segments) => segments.join('&'));
const raw = fc.oneof(structured, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

function expectWellFormedError(error: ApiError) {
  expect(error.status).toBe(400);
  expect(CODES.has(error.code), error.code).toBe(true);
  expect(error.message).toMatch(/\S.* \/ \S/);
  expect(error.message.length).toBeLessThan(600);
  expect(error.param === null || typeof error.param === 'string').toBe(true);
}

function expectValidFilter(filter: ClusterFilter) {
  expect(filter.province === null || PROVINCES.includes(filter.province)).toBe(true);
  expect(filter.years.every((year) => dataset.years.includes(year))).toBe(true);
  expect([...filter.years].sort((a, b) => a - b)).toEqual(filter.years);
  expect(Array.from(filter.q).length).toBeLessThanOrEqual(MAX_Q_LENGTH);
  expect(filter.terms.join(' ')).toBe(filter.q);
  expect(filter.terms.every((term) => term !== '' && !/\s/.test(term))).toBe(true);
  expect(filter.adcode === null || /^[0-9]{2,6}$/.test(filter.adcode)).toBe(true);
  expect(filter.section === null || (SECTION_CODES as readonly string[]).includes(filter.section)).toBe(true);
  expect(filter.division === null || isDivisionCode(filter.division)).toBe(true);
}

function check<T>(result: Result<T>, valid: (value: T) => void) {
  if (result.ok) valid(result.value);
  else expectWellFormedError(result.error);
}

// Thousands of runs: generous timeouts so a busy 2-core machine cannot fail them (no timing is asserted).
describe('parsing random and hostile query strings', { timeout: 120_000 }, () => {
  it('never throws, and yields a valid query that round-trips, or a well-formed error (/clusters)', () => {
    fc.assert(
      fc.property(raw, (input) => {
        check(parseClusterQuery(input, dataset), (query) => {
          expectValidFilter(query);
          expect(query.limit).toBeGreaterThanOrEqual(1);
          expect(query.limit).toBeLessThanOrEqual(MAX_LIMIT);
          expect(query.offset).toBeGreaterThanOrEqual(0);
          expect(query.offset).toBeLessThanOrEqual(MAX_OFFSET);
          expect(parseClusterQuery(canonicalQuery(query), dataset)).toEqual({ ok: true, value: query });
          const { total, rows } = selectClusters(dataset, query);
          expect(rows.length).toBeLessThanOrEqual(Math.min(query.limit, total));
          expect(toCsv(rows).startsWith('\uFEFFid,')).toBe(true);
        });
        // Without a dataset (the widget, the Worker before its dataset loads), the canonical
        // spelling parses back to the very same query, and spelling that again changes nothing.
        check(parseClusterQuery(input), (query) => {
          const canonical = canonicalQuery(query);
          const reparsed = parseClusterQuery(canonical);
          expect(reparsed).toEqual({ ok: true, value: query });
          if (reparsed.ok) expect(canonicalQuery(reparsed.value)).toBe(canonical);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, and yields a valid filter that round-trips, or a well-formed error (/facets)', () => {
    fc.assert(
      fc.property(raw, (input) => {
        check(parseFacetQuery(input, dataset), (filter) => {
          expectValidFilter(filter);
          expect(parseFacetQuery(canonicalQuery(filter), dataset)).toEqual({ ok: true, value: filter });
          const facets = computeFacets(dataset, filter);
          expect(facets.total).toBeLessThanOrEqual(dataset.records.length);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
