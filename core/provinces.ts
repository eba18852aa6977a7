/** A provincial-level division (省级行政区) of GB/T 2260. */
export interface Province {
  /** 6-digit code, e.g. "330000". */
  code: string;
  /** Official full name, e.g. 浙江省. */
  name: string;
  /** Customary short name, e.g. 浙江. */
  shortName: string;
  /** English name as used by the Chinese government, e.g. Zhejiang, Inner Mongolia. */
  nameEn: string;
  /** Toneless pinyin of the short name, no spaces; 陕西 is spelled "shaanxi" to tell it from 山西. */
  pinyin: string;
  /** Other accepted spellings (English variants), lower-case. */
  aliases: readonly string[];
}

const p = (code: string, name: string, shortName: string, nameEn: string, pinyin: string, ...aliases: string[]): Province => ({
  code,
  name,
  shortName,
  nameEn,
  pinyin,
  aliases,
});

/** All 34 provincial-level divisions, by code, including those that have no clusters. */
export const PROVINCES: readonly Province[] = [
  p('110000', '北京市', '北京', 'Beijing', 'beijing', 'peking'),
  p('120000', '天津市', '天津', 'Tianjin', 'tianjin'),
  p('130000', '河北省', '河北', 'Hebei', 'hebei'),
  p('140000', '山西省', '山西', 'Shanxi', 'shanxi'),
  p('150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'neimenggu', 'nei mongol', 'neimongol'),
  p('210000', '辽宁省', '辽宁', 'Liaoning', 'liaoning'),
  p('220000', '吉林省', '吉林', 'Jilin', 'jilin'),
  p('230000', '黑龙江省', '黑龙江', 'Heilongjiang', 'heilongjiang'),
  p('310000', '上海市', '上海', 'Shanghai', 'shanghai'),
  p('320000', '江苏省', '江苏', 'Jiangsu', 'jiangsu'),
  p('330000', '浙江省', '浙江', 'Zhejiang', 'zhejiang'),
  p('340000', '安徽省', '安徽', 'Anhui', 'anhui'),
  p('350000', '福建省', '福建', 'Fujian', 'fujian'),
  p('360000', '江西省', '江西', 'Jiangxi', 'jiangxi'),
  p('370000', '山东省', '山东', 'Shandong', 'shandong'),
  p('410000', '河南省', '河南', 'Henan', 'henan'),
  p('420000', '湖北省', '湖北', 'Hubei', 'hubei'),
  p('430000', '湖南省', '湖南', 'Hunan', 'hunan'),
  p('440000', '广东省', '广东', 'Guangdong', 'guangdong'),
  p('450000', '广西壮族自治区', '广西', 'Guangxi', 'guangxi'),
  p('460000', '海南省', '海南', 'Hainan', 'hainan'),
  p('500000', '重庆市', '重庆', 'Chongqing', 'chongqing'),
  p('510000', '四川省', '四川', 'Sichuan', 'sichuan'),
  p('520000', '贵州省', '贵州', 'Guizhou', 'guizhou'),
  p('530000', '云南省', '云南', 'Yunnan', 'yunnan'),
  p('540000', '西藏自治区', '西藏', 'Xizang', 'xizang', 'tibet'),
  p('610000', '陕西省', '陕西', 'Shaanxi', 'shaanxi'),
  p('620000', '甘肃省', '甘肃', 'Gansu', 'gansu'),
  p('630000', '青海省', '青海', 'Qinghai', 'qinghai'),
  p('640000', '宁夏回族自治区', '宁夏', 'Ningxia', 'ningxia'),
  p('650000', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'xinjiang'),
  p('710000', '台湾省', '台湾', 'Taiwan', 'taiwan'),
  p('810000', '香港特别行政区', '香港', 'Hong Kong', 'xianggang', 'hongkong sar'),
  p('820000', '澳门特别行政区', '澳门', 'Macao', 'aomen', 'macau'),
];
