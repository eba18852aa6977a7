import { describe, expect, it } from 'vitest';
import { FacetsSchema, MetaSchema, ProvincesSchema } from '../../worker/openapi/schemas';
import { get, list } from './support/api';

// What the API says about the rows: facets, provinces, meta, and include=facets,meta beside the
// rows, against the real seeded data (migrations/0001_seed_*.sql): 300 clusters of 2022–2024.

describe('GET /api/v1/clusters?include=facets,meta', () => {
  const json = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return res.json();
  };

  it('carries exactly what /facets and /meta answer for the same filters, beside the same rows', async () => {
    const filters = 'province=浙江&city=宁波&year=2023';
    const body = await list(`${filters}&include=facets,meta&limit=5`);
    const plain = await list(`${filters}&limit=5`);
    expect(body.data).toEqual(plain.data);
    expect(body.meta).toEqual(plain.meta);
    expect(body.included?.facets).toEqual(FacetsSchema.parse(await json(`/api/v1/facets?${filters}`)).data);
    expect(body.included?.meta).toEqual(MetaSchema.parse(await json('/api/v1/meta')).data);
    // With a city chosen, the province counts still offer every province: one answer serves the widget's selects.
    expect(body.included?.facets?.province.length).toBeGreaterThan(10);
  });

  it('includes only what was asked for, and nothing without include', async () => {
    expect(Object.keys((await list('include=meta')).included ?? {})).toEqual(['meta']);
    expect(Object.keys((await list('include=facets')).included ?? {})).toEqual(['facets']);
    expect('included' in (await list('province=33'))).toBe(false);
    expect('included' in (await list('include='))).toBe(false);
  });

  it('answers every spelling and order with the same body and ETag', async () => {
    const spellings = ['include=facets,meta&province=浙江', 'province=33&include=meta,facets', 'include=META,facets,meta&province=zhejiang'];
    const responses = await Promise.all(spellings.map((query) => get(`/api/v1/clusters?${encodeURI(query)}`)));
    const bodies = await Promise.all(responses.map((res) => res.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map((res) => res.headers.get('ETag'))).size).toBe(1);
    const withoutInclude = await get(`/api/v1/clusters?province=${encodeURIComponent('浙江省')}`);
    expect(withoutInclude.headers.get('ETag')).not.toBe(responses[0]?.headers.get('ETag'));
  });

  it('revalidates with a 304 like every other answer', async () => {
    const path = '/api/v1/clusters?province=33&include=facets,meta';
    const first = await get(path);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"/);
    expect(first.headers.get('Cache-Control')).toContain('s-maxage');
    const again = await get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/v1/facets', () => {
  it('counts by year, province and city for the filters, sorted by count', async () => {
    const res = await get('/api/v1/facets?province=浙江');
    expect(res.status).toBe(200);
    const { data, meta } = FacetsSchema.parse(await res.json());
    const total = (await list('province=浙江省')).meta.total;
    expect(meta.total).toBe(total);
    expect(data.year.reduce((sum, f) => sum + f.count, 0)).toBe(total);
    expect(data.city.map((f) => f.value)).toContain('宁波市');
    for (const facet of [data.year, data.province, data.city]) {
      const counts = facet.map((f) => f.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    // The province facet ignores the province filter, so a dropdown can offer the others.
    expect(data.province.find((f) => f.value === '浙江省')).toMatchObject({ code: '330000', count: total });
    expect(data.province.length).toBeGreaterThan(10);
  });

  it('gives identical facets for every spelling of a province', async () => {
    const bodies = await Promise.all(['浙江省', 'zhejiang', '33'].map((p) => get(`/api/v1/facets?province=${encodeURIComponent(p)}`).then((r) => r.text())));
    expect(new Set(bodies).size).toBe(1);
  });
});

describe('GET /api/v1/provinces', () => {
  it('lists every provincial-level division with clusters, with names, code and count', async () => {
    const res = await get('/api/v1/provinces');
    expect(res.status).toBe(200);
    const { data, meta } = ProvincesSchema.parse(await res.json());
    expect(meta.total).toBe(data.length);
    expect(data.reduce((sum, p) => sum + p.count, 0)).toBe(300);
    expect(data.find((p) => p.code === '330000')).toEqual({
      name: '浙江省',
      shortName: '浙江',
      nameEn: 'Zhejiang',
      code: '330000',
      count: (await list('province=33')).meta.total,
    });
  });
});

describe('GET /api/v1/meta', () => {
  it('describes version, size, build time, yearly notices and the source', async () => {
    const res = await get('/api/v1/meta');
    expect(res.status).toBe(200);
    const { data, meta } = MetaSchema.parse(await res.json());
    expect(data.datasetVersion).toBe(meta.datasetVersion);
    expect(data.datasetVersion).toBe((await list('limit=1')).meta.datasetVersion);
    expect(data.recordCount).toBe(300);
    expect(Number.isNaN(Date.parse(data.builtAt))).toBe(false);
    expect(data.years.map((y) => [y.year, y.batch, y.count])).toEqual([
      [2022, 1, 100],
      [2023, 2, 100],
      [2024, 3, 100],
    ]);
    for (const year of data.years) {
      expect(year.notice?.title).toContain(String(year.year));
      expect(year.notice?.url).toMatch(/^https:\/\/[a-z.]*miit\.gov\.cn\//);
    }
    expect(data.source.url).toBe('https://www.miit.gov.cn/');
    expect(data.attribution).toContain('工业和信息化部');
    expect(data.license).toContain('MIIT');
  });
});
