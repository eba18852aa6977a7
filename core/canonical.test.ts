import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { canonicalQuery } from './canonical';
import { createDataset } from './dataset';
import { parseClusterQuery, parseFacetQuery } from './parse-query';
import { selectClusters } from './select';
import { unwrap } from '../test/fixtures/unwrap';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

function canonical(raw: string, withDataset = true): string {
  const result = parseClusterQuery(raw, withDataset ? dataset : undefined);
  if (!result.ok) throw new Error(result.error.message);
  return canonicalQuery(result.value);
}

describe('canonicalQuery', () => {
  it('is empty for the defaults, spelled out or not', () => {
    expect(canonical('')).toBe('');
    expect(canonical('sort=id&limit=100&offset=0&format=json&q=')).toBe('');
  });

  it('collapses the five spellings of a province, and their results are identical', () => {
    const spellings = ['浙江省', '浙江', 'zhejiang', 'Zhejiang', '330000', '33'].map((p) => `province=${encodeURIComponent(p)}`);
    const keys = new Set(spellings.map((raw) => canonical(raw)));
    expect([...keys]).toEqual([`province=${encodeURIComponent('浙江省')}`]);
    const results = spellings.map((raw) => {
      const query = parseClusterQuery(raw, dataset);
      return query.ok ? selectClusters(dataset, query.value) : null;
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]?.total).toBe(4);
  });

  it('places section and division after year, the section upper-cased', () => {
    expect(canonical('q=zhoucheng&division=34&section=c&year=2023')).toBe('year=2023&section=C&division=34&q=zhoucheng');
  });

  it('uses a fixed parameter order whatever the input order', () => {
    expect(canonical('format=csv&offset=5&limit=10&sort=-name&q=Cixi&year=2024,2023&adcode=33&county=慈溪&city=宁波&submittedBy=宁波&province=zhejiang')).toBe(
      `province=${encodeURIComponent('浙江省')}&submittedBy=${encodeURIComponent('宁波市')}&city=${encodeURIComponent('宁波市')}` +
        `&county=${encodeURIComponent('慈溪市')}&adcode=33&year=2023,2024&q=cixi&sort=-name&limit=10&offset=5&format=csv`,
    );
  });

  it('puts include last, as facets,meta whatever the order asked', () => {
    expect(canonical('include=meta,facets&limit=10&province=33')).toBe(`province=${encodeURIComponent('浙江省')}&limit=10&include=facets,meta`);
    expect(canonical('include=META')).toBe('include=meta');
    expect(canonical('include=')).toBe('');
  });

  it('normalizes years, q and percent-encoding', () => {
    expect(canonical('year=2024,2023,2024')).toBe('year=2023,2024');
    expect(canonical('year=2023%2C2024')).toBe('year=2023,2024');
    expect(canonical(`q=${encodeURIComponent(' ＺＨＯＵ\u3000cheng  ')}`)).toBe('q=zhou%20cheng');
    expect(canonical('q=zhou+cheng')).toBe('q=zhou%20cheng');
    expect(canonical('q=%E8%BD%B4%E6%89%BF')).toBe(canonical('q=轴承'));
  });

  it('gives the same string without a dataset for province, year, q, sort, limit and offset', () => {
    const raw = 'offset=10&limit=20&sort=year&q=CX&year=2024,2023&province=33';
    expect(canonical(raw, false)).toBe(canonical(raw, true));
  });

  it('encodes reserved characters so a value cannot smuggle in parameters', () => {
    expect(canonical(`q=${encodeURIComponent('a&limit=1 b=c')}`)).toBe('q=a%26limit%3D1%20b%3Dc');
  });

  it('works on facet filters, which have no paging', () => {
    const filter = unwrap(parseFacetQuery('year=2023&province=浙江', dataset));
    expect(canonicalQuery(filter)).toBe(`province=${encodeURIComponent('浙江省')}&year=2023`);
  });

  it('round-trips: parsing the canonical string gives the same query', () => {
    for (const raw of [
      'province=33&year=2023,2022&q=轴承 zhou&sort=-province&limit=7&offset=3&format=csv',
      'city=宁波&county=慈溪',
      'adcode=3302&submittedBy=兵团',
    ]) {
      const first = parseClusterQuery(raw, dataset);
      if (!first.ok) throw new Error(first.error.message);
      const again = parseClusterQuery(canonicalQuery(first.value), dataset);
      expect(again).toEqual(first);
    }
  });
});
