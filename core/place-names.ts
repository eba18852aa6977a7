import { resolveProvince } from './province-resolve';

/**
 * Short forms of place names, so `宁波` finds 宁波市, `慈溪` 慈溪市 and `玉屏` 玉屏侗族自治县.
 *
 * Rule: the short form drops one administrative suffix (市, 县, 区, 旗, 盟, 新区, 地区, 林区, 特区,
 * 矿区) or, for autonomous units, 自治县/自治州/自治旗 together with the nationality names before
 * it; a province has its customary short name (广西壮族自治区 → 广西). A short form must keep at least two characters (沙县 has none), so a single character never
 * stands for a place.
 */

/**
 * The 55 minority nationalities that appear in names of autonomous units, plus 各 (各族自治县),
 * without the 族 that follows each in a name.
 */
export const NATIONALITY_NAMES: readonly string[] = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
];

// Longest first: should one name end with another, the whole name is stripped.
const NATIONALITIES = NATIONALITY_NAMES.map((name) => `${name}族`).sort((a, b) => b.length - a.length);

const AUTONOMOUS_SUFFIXES = ['自治县', '自治州', '自治旗'];
const PLAIN_SUFFIXES = ['新区', '地区', '林区', '特区', '矿区', '市', '县', '区', '旗', '盟'];
const MIN_SHORT_LENGTH = 2;

/** Short forms of an official full name (none when it has no droppable suffix). */
export function shortFormsOf(fullName: string): string[] {
  const province = resolveProvince(fullName);
  if (province?.name === fullName) return [province.shortName];
  const autonomous = AUTONOMOUS_SUFFIXES.find((suffix) => fullName.endsWith(suffix));
  if (autonomous) {
    let stem = fullName.slice(0, -autonomous.length);
    for (let nationality = findNationalitySuffix(stem); nationality; nationality = findNationalitySuffix(stem)) {
      stem = stem.slice(0, -nationality.length);
    }
    return Array.from(stem).length >= MIN_SHORT_LENGTH && stem !== fullName ? [stem] : [];
  }
  const plain = PLAIN_SUFFIXES.find((suffix) => fullName.endsWith(suffix));
  if (!plain) return [];
  const stem = fullName.slice(0, -plain.length);
  return Array.from(stem).length >= MIN_SHORT_LENGTH ? [stem] : [];
}

function findNationalitySuffix(stem: string): string | undefined {
  return NATIONALITIES.find((name) => stem.endsWith(name) && stem.length > name.length);
}

/** Fixed aliases of submitters that no suffix rule yields (a Map: user input must never reach Object.prototype). */
export const SUBMITTER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['兵团', '新疆生产建设兵团'],
  ['新疆兵团', '新疆生产建设兵团'],
  ['生产建设兵团', '新疆生产建设兵团'],
  ['xpcc', '新疆生产建设兵团'],
]);

/** Maps every full name and every short form to the full names it stands for. */
export function buildNameIndex(fullNames: Iterable<string>): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, fullName: string) => {
    const names = index.get(key);
    if (!names) index.set(key, [fullName]);
    else if (!names.includes(fullName)) names.push(fullName);
  };
  for (const fullName of fullNames) {
    add(fullName, fullName);
    for (const short of shortFormsOf(fullName)) add(short, fullName);
  }
  // A full name always means itself only, even when it is also some other unit's short form.
  for (const [key, names] of index) if (names.includes(key) && names.length > 1) index.set(key, [key]);
  return index;
}
