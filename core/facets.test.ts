import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { createDataset } from './dataset';
import { computeFacets, summarizeProvinces } from './facets';
import { parseClusterQuery, parseFacetQuery } from './parse-query';
import { selectClusters } from './select';
import { unwrap } from '../test/fixtures/unwrap';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

function facets(raw: string) {
  const filter = parseFacetQuery(raw, dataset);
  if (!filter.ok) throw new Error(filter.error.message);
  return computeFacets(dataset, filter.value);
}

describe('computeFacets', () => {
  it('counts everything without a filter, sorted by count then key', () => {
    const all = facets('');
    expect(all.total).toBe(14);
    expect(all.year).toEqual([
      { value: 2022, count: 7 },
      { value: 2023, count: 4 },
      { value: 2024, count: 3 },
    ]);
    expect(all.province.slice(0, 3)).toEqual([
      { value: '浙江省', code: '330000', count: 4 },
      { value: '内蒙古自治区', code: '150000', count: 2 },
      { value: '重庆市', code: '500000', count: 2 },
    ]);
    expect(all.city[0]).toEqual({ value: '宁波市', count: 3 });
    expect(all.city.reduce((sum, c) => sum + c.count, 0)).toBe(13); // 石河子市 has no prefecture
  });

  it('applies every filter to total, matching /clusters', () => {
    for (const raw of ['province=浙江', 'year=2023', 'q=轴承', 'city=宁波&year=2024', 'adcode=15']) {
      const query = unwrap(parseClusterQuery(raw, dataset));
      expect(facets(raw).total, raw).toBe(selectClusters(dataset, query).total);
    }
  });

  it('lets each facet ignore its own filter so the other choices keep their counts', () => {
    const result = facets('province=浙江&year=2023');
    expect(result.total).toBe(2);
    // Year facet: 浙江省 in every year.
    expect(result.year).toEqual([
      { value: 2023, count: 2 },
      { value: 2022, count: 1 },
      { value: 2024, count: 1 },
    ]);
    // Province facet: every province in 2023.
    expect(result.province).toEqual([
      { value: '浙江省', code: '330000', count: 2 },
      { value: '内蒙古自治区', code: '150000', count: 1 },
      { value: '贵州省', code: '520000', count: 1 },
    ]);
    // City facet: cities of 浙江省 in 2023.
    expect(result.city).toEqual([
      { value: '宁波市', count: 1 },
      { value: '绍兴市', count: 1 },
    ]);
  });

  it('lets the province facet ignore the city too, so one answer serves a chosen city', () => {
    const withCity = facets('province=浙江&city=宁波&year=2023');
    expect(withCity.total).toBe(1);
    // What switching province would give (the city is cleared then): every province in 2023.
    expect(withCity.province).toEqual(facets('year=2023').province);
    // The year and city facets still apply the city's province.
    expect(withCity.city).toEqual(facets('province=浙江&year=2023').city);
    expect(withCity.year).toEqual(facets('province=浙江&city=宁波').year);
  });

  it('orders cities by count, then code', () => {
    expect(facets('province=浙江').city).toEqual([
      { value: '宁波市', count: 3 },
      { value: '绍兴市', count: 1 },
    ]);
  });

  it('counts search hits only, ties by province code', () => {
    expect(facets('q=zhoucheng').province.map((p) => p.value)).toEqual(['浙江省', '山东省', '河南省']);
  });
});

describe('summarizeProvinces', () => {
  it('lists provinces with clusters only, by code, with names and counts', () => {
    const provinces = summarizeProvinces(dataset);
    expect(provinces.map((p) => p.code)).toEqual(['110000', '150000', '330000', '370000', '410000', '500000', '520000', '610000', '650000']);
    expect(provinces.find((p) => p.code === '330000')).toEqual({ name: '浙江省', shortName: '浙江', nameEn: 'Zhejiang', code: '330000', count: 4 });
    expect(provinces.reduce((sum, p) => sum + p.count, 0)).toBe(14);
  });

  it('returns a copy the caller may change', () => {
    summarizeProvinces(dataset)[0]!.count = 999;
    expect(summarizeProvinces(dataset)[0]!.count).toBe(1);
  });
});

describe('computeFacets: the derived industry classification', () => {
  it("counts by section and by primary division, with the standard's names; the counts add up to total", () => {
    const all = facets('');
    expect(all.section).toEqual([
      { value: 'C', name: '制造业', count: 13 },
      { value: 'I', name: '信息传输、软件和信息技术服务业', count: 1 },
    ]);
    expect(all.division.slice(0, 2)).toEqual([
      { value: '34', name: '通用设备制造业', section: 'C', count: 4 },
      { value: '26', name: '化学原料和化学制品制造业', section: 'C', count: 2 },
    ]);
    expect(all.division.reduce((sum, entry) => sum + entry.count, 0)).toBe(all.total);
  });

  it('ignores its own dimension: division=34 still counts the other divisions and sections', () => {
    const machinery = facets('division=34');
    expect(machinery.total).toBe(4);
    expect(machinery.division.map((entry) => entry.value)).toEqual(['34', '26', '32', '38', '39', '33', '65']);
    expect(machinery.section.map((entry) => [entry.value, entry.count])).toEqual([
      ['C', 13],
      ['I', 1],
    ]);
    expect(machinery.province.reduce((sum, entry) => sum + entry.count, 0)).toBe(4);
  });

  it('applies the section to the division facet, so section=I lists only its divisions', () => {
    const services = facets('section=i');
    expect(services.total).toBe(1);
    expect(services.division).toEqual([{ value: '65', name: '软件和信息技术服务业', section: 'I', count: 1 }]);
    expect(services.section.map((entry) => entry.value)).toEqual(['C', 'I']);
  });

  it('matches the primary division only, never the secondary', () => {
    // 190 锰系新型功能材料 and 100 碳硅铝新材料 are 32 with 26 as secondary; 26 counts 118 and 277 only.
    expect(selectClusters(dataset, unwrap(parseClusterQuery('division=26', dataset))).rows.map((row) => row.id)).toEqual([118, 277]);
  });
});
