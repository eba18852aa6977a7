/**
 * The dataset arranged the way the pages present it: by province, prefecture (city), year,
 * submitting unit and industry division, each with its records in id order, and the URL path of
 * every page.
 */
import { clusterPath as apiClusterPath, recordPagePath } from '../../core/contract';
import type { Notice } from '../../core/notice';
import { PROVINCES, type Province } from '../../core/provinces';
import type { SectionCode } from '../../core/industry';
import type { ClusterRecord } from '../../core/record';

/** What the pages are rendered from: data/clusters.json, data/notices.json and the dataset's version. */
export interface SiteData {
  records: readonly ClusterRecord[];
  notices: readonly Notice[];
  version: string;
  /** When the dataset last changed (ISO 8601), from data/manifest.json. */
  builtAt: string;
}

export interface ProvinceGroup {
  province: Province;
  records: ClusterRecord[];
}

/** A prefecture-level unit that has its own page (municipalities are their province's page). */
export interface CityGroup {
  /** GB/T 2260 code of the prefecture: the first four digits of its units' codes, then 00. */
  code: string;
  name: string;
  province: Province;
  records: ClusterRecord[];
}

export interface YearGroup {
  year: number;
  notice: Notice | null;
  records: ClusterRecord[];
}

/** A 大类 of the derived industry classification that has clusters (as their primary division). */
export interface DivisionGroup {
  code: string;
  name: string;
  section: SectionCode;
  sectionName: string;
  records: ClusterRecord[];
}

export interface Count {
  label: string;
  value: number;
  href?: string | null;
}

export interface SiteModel {
  data: SiteData;
  records: readonly ClusterRecord[];
  provinces: ProvinceGroup[];
  cities: CityGroup[];
  years: YearGroup[];
  /** Divisions with clusters, by code. */
  divisions: DivisionGroup[];
  /** Every submitting unit with its number of clusters, most first. */
  submitters: Count[];
  provinceOf(record: ClusterRecord): ProvinceGroup;
  /** The city page a record belongs to, or null (no prefecture, or a municipality). */
  cityOf(record: ClusterRecord): CityGroup | null;
  noticeOf(year: number): Notice | null;
  divisionOf(record: ClusterRecord): DivisionGroup;
}

export const clusterPath = recordPagePath;
export const clusterCsvPath = (id: number): string => `${recordPagePath(id)}.csv`;
export const clusterApiPath = apiClusterPath;
export const provincePath = (code: string): string => `/provinces/${code}`;
export const cityPath = (code: string): string => `/cities/${code}`;
export const yearPath = (year: number): string => `/years/${year}`;
/** A division's page: `/industries/34`. */
export const divisionPath = (code: string): string => `/industries/${code}`;
export const STATS_PATH = '/stats';
/** The whole dataset as static files, complete whatever the API's page size. */
export const DATA_CSV_PATH = '/data/clusters.csv';
export const DATA_JSON_PATH = '/data/clusters.json';

/**
 * GB/T 2260 code of a record's prefecture, or null when it has none (仙桃市, 兵团 cities) or is a
 * municipality (its prefecture is the province itself). The code of the most specific unit shares
 * the prefecture's first four digits: 330282 慈溪市 → 330200 宁波市, 441900 东莞市 → 441900.
 */
export function cityCodeOf(record: ClusterRecord): string | null {
  if (record.city === null || record.city === record.province) return null;
  return `${record.adcode.slice(0, 4)}00`;
}

function byId(a: ClusterRecord, b: ClusterRecord): number {
  return a.id - b.id;
}

/** Counts sorted by value, most first, ties in the order given. */
export function sortCounts(counts: Count[]): Count[] {
  return counts
    .map((count, index) => ({ count, index }))
    .sort((a, b) => b.count.value - a.count.value || a.index - b.index)
    .map(({ count }) => count);
}

/** Arranges the dataset for the pages. Throws on a record whose province code is not a province. */
export function createSiteModel(data: SiteData): SiteModel {
  const records = [...data.records].sort(byId);
  const provinceByCode = new Map(PROVINCES.map((province) => [province.code, province]));
  const provinces = new Map<string, ProvinceGroup>();
  const cities = new Map<string, CityGroup>();
  const years = new Map<number, YearGroup>();
  const submitters = new Map<string, number>();
  const divisions = new Map<string, DivisionGroup>();
  const noticeOf = (year: number): Notice | null => data.notices.find((notice) => notice.year === year) ?? null;

  for (const record of records) {
    const province = provinceByCode.get(record.provinceCode);
    if (!province) throw new Error(`record ${record.id}: ${record.provinceCode} is not a GB/T 2260 province code`);
    let provinceGroup = provinces.get(province.code);
    if (!provinceGroup) {
      provinceGroup = { province, records: [] };
      provinces.set(province.code, provinceGroup);
    }
    provinceGroup.records.push(record);

    const cityCode = cityCodeOf(record);
    if (cityCode !== null && record.city !== null) {
      let city = cities.get(cityCode);
      if (!city) {
        city = { code: cityCode, name: record.city, province, records: [] };
        cities.set(cityCode, city);
      }
      if (city.name !== record.city) throw new Error(`record ${record.id}: ${record.city} and ${city.name} share the code ${cityCode}`);
      city.records.push(record);
    }

    let year = years.get(record.year);
    if (!year) {
      year = { year: record.year, notice: noticeOf(record.year), records: [] };
      years.set(record.year, year);
    }
    year.records.push(record);
    submitters.set(record.submittedBy, (submitters.get(record.submittedBy) ?? 0) + 1);
    let division = divisions.get(record.division);
    if (!division) {
      const { division: code, divisionName: name, section, sectionName } = record;
      division = { code, name, section, sectionName, records: [] };
      divisions.set(code, division);
    }
    division.records.push(record);
  }

  const provinceList = [...provinces.values()].sort((a, b) => a.province.code.localeCompare(b.province.code));
  return {
    data,
    records,
    provinces: provinceList,
    cities: [...cities.values()].sort((a, b) => a.code.localeCompare(b.code)),
    years: [...years.values()].sort((a, b) => a.year - b.year),
    divisions: [...divisions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    submitters: sortCounts([...submitters].map(([label, value]) => ({ label, value }))),
    provinceOf: (record) => provinces.get(record.provinceCode)!,
    cityOf: (record) => {
      const code = cityCodeOf(record);
      return code === null ? null : (cities.get(code) ?? null);
    },
    noticeOf,
    divisionOf: (record) => divisions.get(record.division)!,
  };
}

/** Counts of `records` by `key`, most first (ties in first-seen order), each with the page `href` gives. */
export function countBy<K extends string | number>(
  records: readonly ClusterRecord[],
  key: (record: ClusterRecord) => K,
  label: (key: K) => string = String,
  href: (key: K) => string | null = () => null,
): Count[] {
  const counts = new Map<K, number>();
  for (const record of records) counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
  return sortCounts([...counts].map(([value, count]) => ({ label: label(value), value: count, href: href(value) })));
}

/** Where a record lies, most general first, nulls skipped: 浙江省宁波市慈溪市. */
export function placeOf(record: ClusterRecord): string {
  const parts = [record.province, record.city === record.province ? null : record.city, record.county, record.town];
  return parts.filter((part): part is string => part !== null).join('');
}
