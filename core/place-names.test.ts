import { describe, expect, it } from 'vitest';
import { buildNameIndex, shortFormsOf } from './place-names';

describe('shortFormsOf', () => {
  it.each([
    ['宁波市', ['宁波']],
    ['慈溪市', ['慈溪']],
    ['海淀区', ['海淀']],
    ['滨海新区', ['滨海']],
    ['玉屏侗族自治县', ['玉屏']],
    ['黔东南苗族侗族自治州', ['黔东南']],
    ['双江拉祜族佤族布朗族傣族自治县', ['双江']],
    ['积石山保安族东乡族撒拉族自治县', ['积石山']],
    ['恩施土家族苗族自治州', ['恩施']],
    ['阿拉善盟', ['阿拉善']],
    ['神农架林区', ['神农架']],
    ['广西壮族自治区', ['广西']],
    ['新疆维吾尔自治区', ['新疆']],
    ['浙江省', ['浙江']],
  ])('%s → %j', (full, short) => {
    expect(shortFormsOf(full)).toEqual(short);
  });

  it('never shortens to a single character or to nothing', () => {
    expect(shortFormsOf('沙县')).toEqual([]);
    expect(shortFormsOf('新疆生产建设兵团')).toEqual([]);
    expect(shortFormsOf('市')).toEqual([]);
  });
});

describe('buildNameIndex', () => {
  it('maps full and short names; an ambiguous short name stands for all its full names', () => {
    const index = buildNameIndex(['朝阳区', '朝阳市', '朝阳县', '宁波市']);
    expect(index.get('朝阳')).toEqual(['朝阳区', '朝阳市', '朝阳县']);
    expect(index.get('朝阳市')).toEqual(['朝阳市']);
    expect(index.get('宁波')).toEqual(['宁波市']);
    expect(index.get('宁')).toBeUndefined();
  });

  it('lets a full name mean only itself even when it is another unit’s short form', () => {
    const index = buildNameIndex(['吉林市', '吉林省', '吉林']);
    expect(index.get('吉林')).toEqual(['吉林']);
  });
});
