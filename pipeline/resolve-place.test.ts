import { describe, expect, it } from 'vitest';
import { loadDivisions } from './divisions';
import type { Place } from './resolve-place';
import { countyForms, resolvePlace } from './resolve-place';

const table = loadDivisions();

function place(name: string): Place & { rest: string } {
  const result = resolvePlace(name, table);
  if (!result.ok) throw new Error(result.message);
  return { ...result.place, rest: result.rest };
}

function failure(name: string): string {
  const result = resolvePlace(name, table);
  if (result.ok) throw new Error(`expected "${name}" to fail, got ${JSON.stringify(result.place)}`);
  return result.message;
}

describe('resolvePlace', () => {
  it('fills the prefecture a name omits from the division table (河北省安平县 → 衡水市)', () => {
    expect(place('河北省安平县丝网产业集群')).toEqual({
      province: '河北省',
      provinceCode: '130000',
      city: '衡水市',
      county: '安平县',
      town: null,
      adcode: '131125',
      submittedBy: '河北省',
      rest: '丝网产业集群',
    });
  });

  it('reads a 计划单列市 entry without its province as submitted by the city (宁波市鄞州区)', () => {
    expect(place('宁波市鄞州区电梯关键配套件产业集群')).toMatchObject({
      province: '浙江省',
      provinceCode: '330000',
      city: '宁波市',
      county: '鄞州区',
      adcode: '330212',
      submittedBy: '宁波市',
    });
  });

  it('reads a 计划单列市 written without 市 when a county follows (宁波慈溪市)', () => {
    expect(place('宁波慈溪市智能小家电产业集群')).toMatchObject({
      province: '浙江省',
      city: '宁波市',
      county: '慈溪市',
      adcode: '330282',
      submittedBy: '宁波市',
      rest: '智能小家电产业集群',
    });
  });

  it('reads a 计划单列市 followed by a county-level city (青岛市胶州市)', () => {
    expect(place('青岛市胶州市智慧家居制造产业集群')).toMatchObject({
      province: '山东省',
      city: '青岛市',
      county: '胶州市',
      adcode: '370281',
      submittedBy: '青岛市',
    });
  });

  it('puts 新疆生产建设兵团 cities directly under 新疆维吾尔自治区 with no prefecture', () => {
    expect(place('新疆生产建设兵团阿拉尔市纺织原料生产及加工产业集群')).toMatchObject({
      province: '新疆维吾尔自治区',
      provinceCode: '650000',
      city: null,
      county: '阿拉尔市',
      adcode: '659002',
      submittedBy: '新疆生产建设兵团',
    });
    expect(place('新疆生产建设兵团石河子市碳硅铝新材料产业集群')).toMatchObject({ city: null, county: '石河子市', adcode: '659001' });
  });

  it('expands an abbreviated autonomous county to its official full name (玉屏县 → 玉屏侗族自治县)', () => {
    expect(place('贵州省玉屏县锰系新型功能材料产业集群')).toMatchObject({
      city: '铜仁市',
      county: '玉屏侗族自治县',
      adcode: '520622',
      rest: '锰系新型功能材料产业集群',
    });
    expect(countyForms('双江拉祜族佤族布朗族傣族自治县')).toEqual(['双江拉祜族佤族布朗族傣族自治县', '双江县']);
    expect(countyForms('长白朝鲜族自治县')).toEqual(['长白朝鲜族自治县', '长白县']);
    expect(countyForms('安平县')).toEqual(['安平县']);
  });

  it('reads towns and sub-districts in prefectures without counties (中山, 东莞, 儋州)', () => {
    expect(place('广东省中山市小榄镇智能锁具产业集群')).toMatchObject({ city: '中山市', county: null, town: '小榄镇', adcode: '442000' });
    expect(place('广东省东莞市万江街道数控装备产业集群')).toMatchObject({ city: '东莞市', county: null, town: '万江街道', adcode: '441900' });
    expect(place('海南省儋州市三都办事处石化新材料产业集群')).toMatchObject({
      city: '儋州市',
      county: null,
      town: '三都办事处',
      adcode: '460400',
      rest: '石化新材料产业集群',
    });
  });

  it('reads county-level cities directly under a province with no prefecture (湖北省仙桃市)', () => {
    expect(place('湖北省仙桃市无纺布产业集群')).toMatchObject({ province: '湖北省', city: null, county: '仙桃市', adcode: '429004' });
  });

  it('knows districts created or renamed recently', () => {
    expect(place('福建省漳州市长泰区新型电子元器件产业集群')).toMatchObject({ city: '漳州市', county: '长泰区', adcode: '350605' });
    expect(place('安徽省芜湖市湾沚区通航装备制造产业集群')).toMatchObject({ city: '芜湖市', county: '湾沚区', adcode: '340210' });
    expect(place('河北省邯郸市永年区紧固件产业集群')).toMatchObject({ city: '邯郸市', county: '永年区', adcode: '130408' });
    expect(place('贵州省六盘水市水城区铝制家居产业集群')).toMatchObject({ county: '水城区', adcode: '520204' });
    expect(place('山东省济南市钢城区精密锻件产业集群')).toMatchObject({ city: '济南市', county: '钢城区', adcode: '370117' });
  });

  it('uses the municipality itself as the prefecture-level unit', () => {
    expect(place('北京市海淀区行业应用软件产业集群')).toMatchObject({ province: '北京市', city: '北京市', county: '海淀区', adcode: '110108' });
    expect(place('重庆市忠县锂电新材料产业集群')).toMatchObject({ province: '重庆市', city: '重庆市', county: '忠县', adcode: '500233' });
  });

  it('resolves a county name shared across China within the stated province and prefecture', () => {
    expect(place('江苏省南京市鼓楼区X产业集群')).toMatchObject({ county: '鼓楼区', adcode: '320106' });
    expect(place('福建省福州市鼓楼区X产业集群')).toMatchObject({ county: '鼓楼区', adcode: '350102' });
    expect(place('河北省张家口市桥西区X产业集群')).toMatchObject({ city: '张家口市', adcode: '130703' });
    expect(place('海南省海口市龙华区数字创意设计产业集群')).toMatchObject({ adcode: '460106' });
    expect(place('深圳市龙华区新型显示器件产业集群')).toMatchObject({ adcode: '440309' });
  });

  it('refuses a county name that is ambiguous within the stated province', () => {
    expect(failure('河北省桥西区X产业集群')).toMatch(/ambiguous.*130104.*130703/u);
  });

  it('refuses unknown places instead of guessing', () => {
    expect(failure('浙江省火星市X产业集群')).toMatch(/unknown place/u);
    expect(failure('火星省某县X产业集群')).toMatch(/no province/u);
    // 金普新区 is a national new area, not a county-level unit of the table: never fold it into the industry.
    expect(failure('大连市金普新区X产业集群')).toMatch(/unknown place "金普新区"/u);
    expect(failure('广东省中山市不存在镇X产业集群')).toMatch(/unknown place/u);
  });

  it('does not let a prefecture written without 市 stand alone (湖南省长沙县 is a county, not 长沙 + 县…)', () => {
    expect(place('湖南省长沙县数控磨床产业集群')).toMatchObject({ city: '长沙市', county: '长沙县', adcode: '430121' });
  });
});
