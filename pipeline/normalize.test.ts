import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize';

describe('normalizeName', () => {
  it('drops extraction spaces around Latin letters', () => {
    expect(normalizeName('陕西省咸阳市秦都区 LCD 面板显示产业集群')).toBe('陕西省咸阳市秦都区LCD面板显示产业集群');
  });

  it('drops spaces between Chinese characters and collapses leading/trailing space', () => {
    expect(normalizeName('  河北省 安平县　丝网产业集群 ')).toBe('河北省安平县丝网产业集群');
  });

  it('keeps one space between two Latin words', () => {
    expect(normalizeName('某市 Mini  LED 产业集群')).toBe('某市Mini LED产业集群');
  });

  it('keeps full-width brackets and turns ASCII ones full-width, so the data never mixes them', () => {
    expect(normalizeName('江西省南城县校具（教育装备）产业集群')).toBe('江西省南城县校具（教育装备）产业集群');
    expect(normalizeName('江西省南城县校具(教育装备)产业集群')).toBe('江西省南城县校具（教育装备）产业集群');
  });

  it('turns full-width letters and digits into ASCII', () => {
    expect(normalizeName('某区ＬＣＤ５Ｇ产业集群')).toBe('某区LCD5G产业集群');
  });
});
