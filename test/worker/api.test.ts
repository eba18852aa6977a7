import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../core';
import { ClusterListSchema, ClusterResponseSchema } from '../../worker/openapi/schemas';
import { get, list } from './support/api';

// The rows: /api/v1/clusters and /api/v1/clusters/{id}, against the real seeded data
// (migrations/0001_seed_*.sql): 300 clusters of 2022–2024. Facets, provinces and meta are in
// api-summaries.test.ts.

async function ids(query: string) {
  return (await list(query)).data.map((record) => record.id);
}

describe('GET /api/v1/clusters', () => {
  it('pages through the whole list with meta.total, limit and offset', async () => {
    const first = await list('');
    expect(first.meta).toMatchObject({ total: 300, limit: 100, offset: 0 });
    expect(first.meta.datasetVersion).toMatch(/\S/);
    expect(first.data).toHaveLength(100);
    expect(first.data.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    const all = await list('limit=300');
    expect(all.data).toHaveLength(300);
    expect(new Set(all.data.map((r) => r.id)).size).toBe(300);

    const page = await list('limit=10&offset=295');
    expect(page.meta).toMatchObject({ total: 300, limit: 10, offset: 295 });
    expect(page.data.map((r) => r.id)).toEqual([296, 297, 298, 299, 300]);

    const beyond = await list('offset=1000');
    expect(beyond.meta.total).toBe(300);
    expect(beyond.data).toEqual([]);
  });

  it('returns records with exactly the public fields, in publication order', async () => {
    const { data } = await list('limit=300');
    for (const record of data) expect(Object.keys(record)).toEqual([...RECORD_FIELDS]);
  });

  it('gives identical results for the five spellings of a province', async () => {
    const spellings = ['浙江省', '浙江', 'zhejiang', 'Zhejiang', '330000', '33'];
    const bodies = await Promise.all(spellings.map((p) => get(`/api/v1/clusters?province=${encodeURIComponent(p)}`).then((r) => r.text())));
    for (const body of bodies) expect(body).toBe(bodies[0]);
    const parsed = ClusterListSchema.parse(JSON.parse(bodies[0]!));
    expect(parsed.meta.total).toBeGreaterThan(10);
    expect(new Set(parsed.data.map((r) => r.province))).toEqual(new Set(['浙江省']));
  });

  it('puts 宁波 clusters in 浙江省 and finds them by city, submitter and adcode prefix', async () => {
    const zhejiang = await ids('province=浙江省&limit=300');
    const byCity = await list('city=宁波&limit=300');
    expect(byCity.meta.total).toBeGreaterThan(0);
    for (const record of byCity.data) {
      expect(record.province).toBe('浙江省');
      expect(record.city).toBe('宁波市');
      expect(zhejiang).toContain(record.id);
    }
    expect(await ids('city=宁波市&limit=300')).toEqual(byCity.data.map((r) => r.id));
    expect(await ids('adcode=3302&limit=300')).toEqual(byCity.data.map((r) => r.id));

    const submitted = await list('submittedBy=宁波市&limit=300');
    expect(submitted.meta.total).toBeGreaterThan(0);
    for (const record of submitted.data) expect(record.submittedBy).toBe('宁波市');
  });

  it('filters by county, full or short name', async () => {
    const short = await list('county=慈溪');
    expect(short.data.map((r) => r.county)).toEqual(['慈溪市']);
    expect(await ids('county=慈溪市')).toEqual(short.data.map((r) => r.id));
  });

  it('answers a place name that matches nothing with an empty page, not an error', async () => {
    const none = await list('city=不存在市');
    expect(none.meta.total).toBe(0);
    expect(none.data).toEqual([]);
  });

  it('filters by one year or a comma list', async () => {
    const y2023 = await list('year=2023&limit=300');
    expect(y2023.meta.total).toBe(100);
    expect(new Set(y2023.data.map((r) => r.year))).toEqual(new Set([2023]));
    const both = await list('year=2024,2023&limit=300');
    expect(both.meta.total).toBe(200);
    expect(new Set(both.data.map((r) => r.year))).toEqual(new Set([2023, 2024]));
  });

  it('searches Chinese substrings, full pinyin and initials, case-insensitively', async () => {
    const zhoucheng = await list('q=轴承&limit=300');
    expect(zhoucheng.meta.total).toBeGreaterThan(1);
    for (const record of zhoucheng.data) expect(record.name).toContain('轴承');
    expect(await ids('q=zhoucheng&limit=300')).toEqual(expect.arrayContaining(zhoucheng.data.map((r) => r.id)));
    expect(await ids('q=ZhouCheng&limit=300')).toEqual(await ids('q=zhoucheng&limit=300'));

    const cixi = await list('q=cixi');
    expect(cixi.data[0]?.county).toBe('慈溪市');
    const cx = await list('q=cx&limit=300');
    expect(cx.data.map((r) => r.county)).toContain('慈溪市');
    const chinese = await list('q=慈溪');
    expect(chinese.data[0]?.county).toBe('慈溪市');
  });

  it('narrows with several words (AND)', async () => {
    const both = await list('q=浙江%20轴承&limit=300');
    expect(both.meta.total).toBeGreaterThan(0);
    for (const record of both.data) {
      expect(record.province).toBe('浙江省');
      expect(record.name).toContain('轴承');
    }
    expect(both.meta.total).toBeLessThan((await list('q=轴承')).meta.total);
  });

  it('accepts a pasted full cluster name and any q of 64 characters (no LIKE pattern limit)', async () => {
    const name = '新疆维吾尔自治区乌鲁木齐市头屯河区风电装备及高端专用设备制造产业集群';
    const exact = await list(`q=${encodeURIComponent(name)}`);
    expect(exact.data[0]?.name).toBe(name);

    const q64 = `${name} ${'设'.repeat(64 - name.length - 1)}`;
    expect(Array.from(q64)).toHaveLength(64);
    const long = await list(`q=${encodeURIComponent(q64)}`);
    expect(long.meta.total).toBe(0);
  });

  it('sorts by id, year, province and name, ascending or descending', async () => {
    const byYearDesc = (await list('sort=-year&limit=300')).data;
    expect(byYearDesc[0]?.year).toBe(2024);
    expect(byYearDesc.at(-1)?.year).toBe(2022);
    const byIdDesc = await ids('sort=-id&limit=3');
    expect(byIdDesc).toEqual([300, 299, 298]);
    const byProvince = (await list('sort=province&limit=300')).data.map((r) => r.provinceCode);
    expect(byProvince).toEqual([...byProvince].sort());
    const byName = await ids('sort=name&limit=300');
    expect(byName).toHaveLength(300);
    expect(await ids('sort=-name&limit=300')).not.toEqual(byName);
  });

  it('serves the same rows as CSV with a BOM, a header line and a descriptive download name', async () => {
    const res = await get('/api/v1/clusters?province=zhejiang&year=2023&format=csv&limit=300');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
    const disposition = res.headers.get('Content-Disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="clusters_zhejiang_2023\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('集群_浙江省_2023.csv');

    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(RECORD_FIELDS.join(','));
    const json = await list('province=zhejiang&year=2023&limit=300');
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(json.data.map((r) => r.id));
  });
});

describe('GET /api/v1/clusters/{id}', () => {
  it('returns one record', async () => {
    const res = await get('/api/v1/clusters/194');
    expect(res.status).toBe(200);
    const body = ClusterResponseSchema.parse(await res.json());
    expect(body.data).toMatchObject({ id: 194, county: '慈溪市', province: '浙江省' });
    expect(Object.keys(body.data)).toEqual([...RECORD_FIELDS]);
  });

  it('points to the record page on the origin of the request, in meta (the record fields stay as they are)', async () => {
    const first = ClusterResponseSchema.parse(await (await get('/api/v1/clusters/194')).json());
    expect(first.meta.page).toBe('https://api.test/clusters/194');
    const other = await SELF.fetch('https://mirror.example/api/v1/clusters/194');
    const body = ClusterResponseSchema.parse(await other.json());
    expect(body.meta.page).toBe('https://mirror.example/clusters/194');
    expect(body.data).toEqual(first.data);
    // Different bodies, so different validators: one host's ETag never revalidates the other's.
    const tagged = await get('/api/v1/clusters/194');
    expect(other.headers.get('ETag')).not.toBe(tagged.headers.get('ETag'));
  });

  it('answers an absent id with a JSON 404', async () => {
    const res = await get('/api/v1/clusters/301');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('301'), param: 'id' },
    });
  });
});
