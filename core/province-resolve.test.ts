import { describe, expect, it } from 'vitest';
import { resolveProvince, suggestProvinces } from './province-resolve';
import { PROVINCES } from './provinces';

describe('PROVINCES', () => {
  it('lists the 34 provincial-level divisions with distinct codes, names and spellings', () => {
    expect(PROVINCES).toHaveLength(34);
    for (const key of ['code', 'name', 'shortName', 'nameEn', 'pinyin'] as const) {
      expect(new Set(PROVINCES.map((p) => p[key])).size, key).toBe(34);
    }
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-8][0-9]0000$/);
  });
});

describe('resolveProvince', () => {
  it.each(['浙江省', '浙江', 'zhejiang', 'Zhejiang', 'ZHEJIANG', ' zhe jiang ', '330000', '33', '３３００００', 'ｚｈｅｊｉａｎｇ'])(
    'resolves %j to 浙江省',
    (input) => {
      expect(resolveProvince(input)?.name).toBe('浙江省');
    },
  );

  it('resolves every division by each of its spellings', () => {
    for (const p of PROVINCES) {
      for (const spelling of [p.name, p.shortName, p.pinyin, p.nameEn, p.nameEn.toUpperCase(), p.code, p.code.slice(0, 2), ...p.aliases]) {
        expect(resolveProvince(spelling)?.code, `${spelling}`).toBe(p.code);
      }
    }
  });

  it.each([
    ['Inner Mongolia', '内蒙古自治区'],
    ['neimenggu', '内蒙古自治区'],
    ['内蒙古', '内蒙古自治区'],
    ['Tibet', '西藏自治区'],
    ['xizang', '西藏自治区'],
    ['Hong Kong', '香港特别行政区'],
    ['hongkong', '香港特别行政区'],
    ['Macau', '澳门特别行政区'],
    ['Macao', '澳门特别行政区'],
    ['广西', '广西壮族自治区'],
    ['新疆', '新疆维吾尔自治区'],
    ['Shanxi', '山西省'],
    ['Shaanxi', '陕西省'],
    ['Taiwan', '台湾省'],
  ])('resolves %s to %s', (input, name) => {
    expect(resolveProvince(input)?.name).toBe(name);
  });

  it.each(['浙', '330200', '3300', '99', '990000', 'zhejian', '', 'x', '浙江省宁波市', '<script>'])('does not resolve %j', (input) => {
    expect(resolveProvince(input)).toBeNull();
  });
});

describe('suggestProvinces', () => {
  it.each([
    ['浙', '浙江省'],
    ['zheijang', '浙江省'],
    ['zhejian', '浙江省'],
    ['Guangdon', '广东省'],
    ['浙江市', '浙江省'],
    ['浙江省宁波市', '浙江省'],
    ['Inner Mongol', '内蒙古自治区'],
    ['sichaun', '四川省'],
  ])('suggests %s → %s first', (input, name) => {
    expect(suggestProvinces(input)[0]?.name).toBe(name);
  });

  it('gives at most three, ordered by closeness then code', () => {
    expect(suggestProvinces('he').map((p) => p.name)).toEqual(['河北省', '黑龙江省', '河南省']);
    expect(suggestProvinces('h', 5)).toHaveLength(5);
  });

  it('suggests nothing for digits, empty input or nonsense', () => {
    expect(suggestProvinces('99')).toEqual([]);
    expect(suggestProvinces('')).toEqual([]);
    expect(suggestProvinces('qqqqqqqq')).toEqual([]);
    expect(suggestProvinces("' OR 1=1 --")).toEqual([]);
  });
});
