import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT, HOSTILE_RECORDS, RECORDS } from '../test/fixtures/records';
import { createDataset } from './dataset';
import { parseClusterQuery } from './parse-query';
import { RECORD_FIELDS } from './record';
import { getCluster, selectClusters } from './select';
import { unwrap } from '../test/fixtures/unwrap';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

function select(raw: string) {
  const query = parseClusterQuery(raw, dataset);
  if (!query.ok) throw new Error(query.error.message);
  return selectClusters(dataset, query.value);
}

const ids = (raw: string) => select(raw).rows.map((row) => row.id);

describe('selectClusters: filters', () => {
  it('returns every record in id order by default', () => {
    expect(select('')).toEqual({ total: RECORDS.length, rows: dataset.records });
  });

  it('returns public fields only, in publication order', () => {
    for (const row of select('').rows) expect(Object.keys(row)).toEqual([...RECORD_FIELDS]);
  });

  it('filters by the province where the cluster lies: 宁波 clusters are in 浙江省', () => {
    expect(ids('province=浙江')).toEqual([92, 132, 194, 294]);
    expect(ids('province=Inner%20Mongolia')).toEqual([118, 212]);
    expect(ids('province=Tibet')).toEqual([]);
  });

  it('filters by submitter', () => {
    expect(ids('submittedBy=宁波')).toEqual([92, 194, 294]);
    expect(ids('submittedBy=浙江')).toEqual([132]);
    expect(ids('submittedBy=兵团')).toEqual([100]);
  });

  it('filters by city and county, full or short', () => {
    expect(ids('city=宁波')).toEqual([92, 194, 294]);
    expect(ids('city=宁波市')).toEqual([92, 194, 294]);
    expect(ids('county=慈溪')).toEqual([194]);
    expect(ids('county=玉屏')).toEqual([190]);
    expect(ids('county=玉屏侗族自治县')).toEqual([190]);
    expect(ids('city=火星')).toEqual([]);
    expect(ids('city=宁')).toEqual([]);
  });

  it('matches every full name of an ambiguous short name', () => {
    const records = RECORDS.map((r) => (r.id === 73 ? { ...r, county: '青山县' } : r));
    const ambiguous = createDataset({ ...FIXTURE_DATASET_INPUT, records });
    const query = unwrap(parseClusterQuery('county=青山', ambiguous));
    expect(query.county).toBe('青山');
    expect(selectClusters(ambiguous, query).rows.map((r) => r.id)).toEqual([73, 212]);
  });

  it('filters by adcode prefix: 3302 is all of 宁波市', () => {
    expect(ids('adcode=3302')).toEqual([92, 194, 294]);
    expect(ids('adcode=33')).toEqual(ids('province=33'));
    expect(ids('adcode=330282')).toEqual([194]);
  });

  it('filters by one year or several', () => {
    expect(ids('year=2024')).toEqual([212, 277, 294]);
    expect(ids('year=2023,2024&province=浙江')).toEqual([132, 194, 294]);
  });

  it('combines filters with AND', () => {
    expect(ids('province=浙江&city=宁波&year=2022')).toEqual([92]);
    expect(ids('province=河南&city=宁波')).toEqual([]);
  });
});

describe('selectClusters: search', () => {
  it('finds Chinese substrings in name, industry and places', () => {
    expect(ids('q=轴承')).toEqual([46, 50, 132]);
    expect(ids('q=慈溪')).toEqual([194]);
    expect(ids('q=绍兴')).toEqual([132]);
  });

  it('finds full pinyin and initials, case-insensitively', () => {
    expect(ids('q=cixi')).toEqual([194]);
    expect(ids('q=CiXi')).toEqual([194]);
    expect(ids('q=zhoucheng')).toEqual([46, 50, 132]);
    expect(ids('q=cx')).toContain(194);
    expect(ids('q=chongqing')).toEqual([73, 277]);
  });

  it('anchors full pinyin at a syllable start', () => {
    expect(ids('q=houcheng')).toEqual([]);
    expect(ids('q=ixi')).toEqual([]);
  });

  it('requires every term (AND)', () => {
    expect(ids('q=轴承 浙江')).toEqual([132]);
    expect(ids('q=zhoucheng shandong')).toEqual([46]);
    expect(ids('q=轴承 宁波')).toEqual([]);
  });

  it('ranks an industry hit before a name hit before a place hit, ties by id', () => {
    // 宁波: place and name of 92/194/294 (name 2), and in the name of the 宁波-submitted clusters only.
    const records = [...RECORDS, ...HOSTILE_RECORDS.map((r) => ({ ...r, id: r.id, name: `浙江省${r.id}号产业集群`, industry: `${r.id}号` }))];
    const withExtras = createDataset({ ...FIXTURE_DATASET_INPUT, records });
    const query = parseClusterQuery('q=浙江', withExtras);
    if (!query.ok) throw new Error(query.error.message);
    // 132 has 浙江 in its name; 92/194/294 only in their place; the extras in their name.
    expect(selectClusters(withExtras, query.value).rows.map((r) => r.id)).toEqual([132, 901, 902, 92, 194, 294]);
  });

  it('ranks an industry hit before a name hit, whatever the ids', () => {
    const records = RECORDS.map((r) => (r.id === 294 ? { ...r, industry: '重庆风味半导体' } : r));
    const withIndustry = createDataset({ ...FIXTURE_DATASET_INPUT, records });
    const query = parseClusterQuery('q=重庆', withIndustry);
    if (!query.ok) throw new Error(query.error.message);
    expect(selectClusters(withIndustry, query.value).rows.map((r) => r.id)).toEqual([294, 73, 277]);
  });

  it('sums the weights of all terms', () => {
    // 轴承 is an industry hit for all three; 山东 only a place hit (46) and 浙江 a name hit (132).
    expect(ids('q=轴承 山东')).toEqual([46]);
    expect(ids('q=zhoucheng sd')).toEqual([46]);
  });

  it('ranks whole-syllable pinyin above a partial match', () => {
    // 46 becomes a 磁性材料 (ci xing) cluster: "cixi" hits its industry only partially.
    const records = RECORDS.map((r) =>
      r.id === 46
        ? {
            ...r,
            industry: '磁性材料',
            name: '山东省临清市磁性材料产业集群',
            search: { ...r.search, industryPinyin: 'ci xing cai liao', industryInitials: 'cxcl' },
          }
        : r,
    );
    const withMagnets = createDataset({ ...FIXTURE_DATASET_INPUT, records });
    const query = parseClusterQuery('q=cixi', withMagnets);
    if (!query.ok) throw new Error(query.error.message);
    expect(selectClusters(withMagnets, query.value).rows.map((r) => r.id)).toEqual([194, 46]);
  });

  it('uses the given sort instead of ranking', () => {
    expect(ids('q=轴承&sort=-id')).toEqual([132, 50, 46]);
  });
});

describe('selectClusters: sorting and paging', () => {
  it('sorts by year, province code and name pinyin, ties by ascending id', () => {
    expect(ids('sort=year&limit=3')).toEqual([1, 46, 50]);
    expect(ids('sort=-year&limit=4')).toEqual([212, 277, 294, 118]);
    expect(ids('sort=province&limit=4')).toEqual([1, 118, 212, 92]);
    expect(ids('sort=-province&limit=3')).toEqual([100, 87, 190]);
    expect(ids('sort=-id&limit=2')).toEqual([294, 277]);
    const byName = select('sort=name').rows.map((r) => r.name);
    expect(byName[0]).toBe('北京市海淀区行业应用软件产业集群');
    expect(select('sort=-name').rows.map((r) => r.name)).toEqual([...byName].reverse());
  });

  it('pages with limit and offset; total is always the full count', () => {
    expect(select('limit=2')).toMatchObject({ total: 14, rows: [{ id: 1 }, { id: 46 }] });
    expect(select('limit=2&offset=2').rows.map((r) => r.id)).toEqual([50, 73]);
    expect(select('offset=13')).toMatchObject({ total: 14, rows: [{ id: 294 }] });
    expect(select('offset=14')).toEqual({ total: 14, rows: [] });
    expect(select('offset=100000&q=轴承')).toEqual({ total: 3, rows: [] });
    expect(select('q=轴承&limit=1&offset=1')).toMatchObject({ total: 3, rows: [{ id: 50 }] });
  });

  it('walks every record exactly once across pages, in every order', () => {
    for (const sort of ['', 'sort=-year', 'sort=province', 'sort=-name', 'q=shi']) {
      const seen: number[] = [];
      for (let offset = 0; offset < 20; offset += 3) seen.push(...ids(`${sort}&limit=3&offset=${offset}`));
      expect(seen, sort).toEqual(ids(`${sort}&limit=300`));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });
});

describe('createDataset and getCluster', () => {
  it('knows its years, notices and records by id', () => {
    expect(dataset.years).toEqual([2022, 2023, 2024]);
    expect(dataset.notices.map((n) => n.year)).toEqual([2022, 2023, 2024]);
    expect(getCluster(dataset, 194)?.county).toBe('慈溪市');
    expect(getCluster(dataset, 195)).toBeUndefined();
    expect(getCluster(dataset, 194)).not.toHaveProperty('search');
  });

  it('rejects duplicate ids', () => {
    expect(() => createDataset({ ...FIXTURE_DATASET_INPUT, records: [...RECORDS, RECORDS[0]!] })).toThrow(/duplicate/);
  });

  it('drops extra columns a D1 row may carry', () => {
    const rows = RECORDS.map((r) => ({ ...r, extra: 'x' }));
    expect(createDataset({ ...FIXTURE_DATASET_INPUT, records: rows }).records[0]).not.toHaveProperty('extra');
  });
});
