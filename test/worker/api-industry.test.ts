import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_FIELDS, RECORD_FIELDS } from '../../core';
import { ErrorSchema, FacetsSchema } from '../../worker/openapi/schemas';
import { get, list } from './support/api';

// The derived industry classification through the API, against the real seeded data.

async function error(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(400);
  return ErrorSchema.parse(await res.json()).error;
}

describe('the industry classification on /api/v1', () => {
  it('puts section, division and their standard names on every record', async () => {
    const { data } = await list('limit=300');
    expect(data).toHaveLength(300);
    expect(data.find((record) => record.id === 46)).toMatchObject({
      industry: '中小轴承',
      section: 'C',
      sectionName: '制造业',
      division: '34',
      divisionName: '通用设备制造业',
      secondaryDivision: null,
      secondaryDivisionName: null,
    });
    expect(data.find((record) => record.id === 75)).toMatchObject({
      division: '39',
      secondaryDivision: '26',
      secondaryDivisionName: '化学原料和化学制品制造业',
    });
  });

  it('filters by primary division and by section, alone or with other filters', async () => {
    const machinery = await list('division=34&limit=300');
    expect(machinery.meta.total).toBe(36);
    expect(machinery.data.every((record) => record.division === '34')).toBe(true);
    expect((await list('division=34&province=浙江')).meta.total).toBe(7);
    expect((await list('section=i&limit=300')).data.map((record) => record.division).sort()).toEqual(['64', ...Array(11).fill('65')]);
    expect((await list('section=C&division=65')).meta.total).toBe(0);
    // A division of the standard that no cluster has is an empty result, not an error.
    expect((await list('division=01')).meta.total).toBe(0);
  });

  it('counts by section and division in /facets, adding up to the total', async () => {
    const res = await get('/api/v1/facets');
    const { data, meta } = FacetsSchema.parse(await res.json());
    expect(data.section).toEqual([
      { value: 'C', name: '制造业', count: 285 },
      { value: 'I', name: '信息传输、软件和信息技术服务业', count: 12 },
      { value: 'M', name: '科学研究和技术服务业', count: 2 },
      { value: 'G', name: '交通运输、仓储和邮政业', count: 1 },
    ]);
    expect(data.division[0]).toEqual({ value: '39', name: '计算机、通信和其他电子设备制造业', section: 'C', count: 46 });
    expect(data.division.reduce((sum, entry) => sum + entry.count, 0)).toBe(meta.total);
    const zhejiang = FacetsSchema.parse(await (await get('/api/v1/facets?division=34')).json());
    expect(zhejiang.meta.total).toBe(36);
    expect(zhejiang.data.province[0]).toMatchObject({ value: '浙江省', count: 7 });
    expect(zhejiang.data.division.length).toBe(data.division.length);
  });

  it('writes the classification as the last CSV columns and names the file after the filter', async () => {
    const res = await get('/api/v1/clusters?division=34&format=csv&limit=300');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="clusters_division-34\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]!.endsWith(CLASSIFICATION_FIELDS.join(','))).toBe(true);
    expect(lines[0]).toBe(RECORD_FIELDS.join(','));
    expect(lines).toHaveLength(37);
    expect(lines.slice(1).every((line) => line.endsWith(',C,制造业,34,通用设备制造业,,') || /,C,制造业,34,通用设备制造业,\d\d,[^,]+$/u.test(line))).toBe(true);
  });

  it.each([
    ['/api/v1/clusters?division=99', 'division'],
    ['/api/v1/clusters?division=abc', 'division'],
    ['/api/v1/facets?division=00', 'division'],
    ['/api/v1/clusters?section=Z', 'section'],
    ['/api/v1/facets?section=制造业', 'section'],
  ])('%s is a 400 that lists the valid values', async (path, param) => {
    const body = await error(path);
    expect(body.param).toBe(param);
    if (param === 'division') {
      expect(body.code).toBe('unknown_division');
      expect(body.message).toContain('01–97');
      expect(body.message).toContain('01–97');
      expect(body.message).toContain('The facets endpoint lists the codes that have clusters');
    } else {
      expect(body.code).toBe('unknown_section');
      expect(body.message).toContain('A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T');
      expect(body.message).toContain('The facets endpoint lists the codes that have clusters');
    }
  });
});
