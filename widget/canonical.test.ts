import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery } from '../core/canonical';
import { parseClusterQuery, parseFacetQuery } from '../core/parse-query';
import { PROVINCES } from '../core/provinces';
import { canonicalWidgetQuery } from './canonical';

/** What the API's parser says, spelled canonically, or null when it answers 400. */
function apiCanonical(params: URLSearchParams, paged: boolean): string | null {
  const parsed = paged ? parseClusterQuery(params.toString()) : parseFacetQuery(params.toString());
  return parsed.ok ? canonicalQuery(parsed.value) : null;
}

const provinceSpelling = fc.oneof(
  fc.constantFrom(...PROVINCES.flatMap((p) => [p.name, p.shortName, p.pinyin, p.nameEn, p.code, p.code.slice(0, 2), p.nameEn.toUpperCase()])),
  fc.constantFrom('火星', 'zhe jiang', ' 浙江 ', '浙江省\u0007', 'ｚｈｅｊｉａｎｇ', ''),
  fc.string({ maxLength: 8 }),
);
const yearList = fc.oneof(
  fc.array(fc.constantFrom('2022', '2023', '2024', '2025', ' 2023', '２０２４'), { maxLength: 4 }).map((years) => years.join(',')),
  fc.constantFrom('', 'abc', '2023,,2024', '23', '2023;2024'),
);
const searchText = fc.oneof(
  fc.constantFrom('', '轴承', 'zhoucheng', 'CiXi', 'cx 家电', '　宁波　慈溪　', 'ＬＣＤ', 'a'.repeat(64), 'a'.repeat(65), 'x\u0000y'),
  fc.string({ maxLength: 70 }),
);
/** Sort, limit and offset as the widget's own controls produce them. */
const paging = fc.record({
  sort: fc.constantFrom('', '-year', 'name', 'province'),
  limit: fc.integer({ min: 1, max: 300 }),
  page: fc.integer({ min: 1, max: 40 }),
  csv: fc.boolean(),
  include: fc.constantFrom('', 'facets', 'meta', 'facets,meta'),
});

function params(entries: Record<string, string>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value !== '') result.set(name, value);
  return result;
}

describe('canonicalWidgetQuery', () => {
  it('spells every province form as the API does', () => {
    for (const province of PROVINCES) {
      for (const spelling of [province.name, province.shortName, province.pinyin, province.code, province.code.slice(0, 2)]) {
        expect(canonicalWidgetQuery(params({ province: spelling }), true)).toBe(`province=${encodeURIComponent(province.name)}`);
      }
    }
  });

  it('leaves defaults out and keeps the API parameter order', () => {
    expect(canonicalWidgetQuery(params({ q: ' CiXi ', year: '2024,2022', province: '浙江', limit: '100' }), true)).toBe(
      `province=${encodeURIComponent('浙江省')}&year=2022,2024&q=cixi`,
    );
    // Without a search, id order is the default; with one, it overrides relevance and must stay.
    expect(canonicalWidgetQuery(params({ sort: 'id', offset: '0' }), true)).toBe('');
    expect(canonicalWidgetQuery(params({ q: 'cixi', sort: 'id' }), true)).toBe('q=cixi&sort=id');
  });

  it('is null exactly when the API would refuse the value', () => {
    expect(canonicalWidgetQuery(params({ province: '火星' }), true)).toBeNull();
    expect(canonicalWidgetQuery(params({ year: '23' }), true)).toBeNull();
    expect(canonicalWidgetQuery(params({ q: 'a'.repeat(65) }), true)).toBeNull();
    expect(canonicalWidgetQuery(params({ q: 'a'.repeat(64) }), true)).toBe(`q=${'a'.repeat(64)}`);
    expect(canonicalWidgetQuery(params({ q: 'a\u0000' }), true)).toBeNull();
  });

  it('equals canonicalQuery(parseClusterQuery(…)) for thousands of generated views', () => {
    fc.assert(
      fc.property(provinceSpelling, fc.string({ maxLength: 6 }), yearList, searchText, paging, (province, city, year, q, view) => {
        const filters = { province, city, year, q };
        const pagedParams = params({
          ...filters,
          sort: view.sort,
          limit: String(view.limit),
          offset: view.page > 1 ? String((view.page - 1) * view.limit) : '',
          format: view.csv ? 'csv' : '',
          // The widget asks for include with JSON only (the API refuses it with CSV).
          include: view.csv ? '' : view.include,
        });
        expect(canonicalWidgetQuery(pagedParams, true)).toBe(apiCanonical(pagedParams, true));
        const facetParams = params(filters);
        expect(canonicalWidgetQuery(facetParams, false)).toBe(apiCanonical(facetParams, false));
      }),
      { numRuns: 3000 },
    );
  });
});
