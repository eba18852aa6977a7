import type { Dataset, ProvinceSummary } from './dataset';
import { provinceByCode } from './province-resolve';
import { MATCH_ALL, MATCH_CITY, MATCH_DIVISION, MATCH_PROVINCE, MATCH_SECTION, MATCH_YEAR, compileFilter } from './filter';
import type { SectionCode } from './industry';
import type { ClusterFilter } from './query';
import { compareStrings } from './text';

export interface YearCount {
  value: number;
  count: number;
}

export interface ProvinceCount {
  /** Full name, e.g. 浙江省. */
  value: string;
  code: string;
  count: number;
}

export interface CityCount {
  /** Full name, e.g. 宁波市. */
  value: string;
  count: number;
}

export interface SectionCount {
  /** 门类 letter, e.g. C. */
  value: SectionCode;
  /** The standard's name, e.g. 制造业. */
  name: string;
  count: number;
}

export interface DivisionCount {
  /** Two-digit 大类, e.g. 34. */
  value: string;
  /** The standard's name, e.g. 通用设备制造业. */
  name: string;
  section: SectionCode;
  count: number;
}

/** Body data of `GET /api/v1/facets`. */
export interface Facets {
  /** Records matching the whole filter (the `total` of `/clusters` for the same filter). */
  total: number;
  year: YearCount[];
  province: ProvinceCount[];
  city: CityCount[];
  /** By the derived classification's 门类 (primary division's section). */
  section: SectionCount[];
  /** By primary 大类; secondary divisions are not counted, so the counts add up to `total`. */
  division: DivisionCount[];
}

/**
 * Counts by year, province, city, section and division, each sorted by count descending (ties:
 * year ascending, province code, city code then name, section letter, division code).
 *
 * Each facet ignores its own dimension's filter and applies all the others (disjunctive faceting,
 * as in Elasticsearch's post_filter): with `year=2023`, the year facet still counts 2022 and 2024,
 * so chips and dropdowns can show what switching would give. The province facet also ignores the
 * city filter: a city lies in one province and choosing another province clears it, so with
 * `city=宁波` the province counts still say what each province would give. `total` applies every filter.
 * Records with no city (counties directly under a province) are not counted in `city`. The section
 * facet likewise ignores the division filter (a division lies in one section), and the division
 * facet applies the section filter, so `section=C` lists the manufacturing divisions.
 */
export function computeFacets(dataset: Dataset, filter: ClusterFilter): Facets {
  const compiled = compileFilter(dataset, filter);
  const years = new Map<number, number>();
  const provinces = new Map<string, number>();
  const cities = new Map<string, { count: number; code: string }>();
  const sections = new Map<SectionCode, SectionCount>();
  const divisions = new Map<string, DivisionCount>();
  let total = 0;
  for (const entry of dataset.index.entries) {
    const bits = compiled.match(entry);
    const { record } = entry;
    if (bits === MATCH_ALL) total++;
    if ((bits | MATCH_YEAR) === MATCH_ALL) years.set(record.year, (years.get(record.year) ?? 0) + 1);
    if ((bits | MATCH_PROVINCE | MATCH_CITY) === MATCH_ALL) provinces.set(record.provinceCode, (provinces.get(record.provinceCode) ?? 0) + 1);
    if ((bits | MATCH_CITY) === MATCH_ALL && record.city !== null) {
      const city = cities.get(record.city);
      if (city) city.count++;
      else cities.set(record.city, { count: 1, code: record.adcode.slice(0, 4) });
    }
    if ((bits | MATCH_SECTION | MATCH_DIVISION) === MATCH_ALL) {
      const section = sections.get(record.section);
      if (section) section.count++;
      else sections.set(record.section, { value: record.section, name: record.sectionName, count: 1 });
    }
    if ((bits | MATCH_DIVISION) === MATCH_ALL) {
      const division = divisions.get(record.division);
      if (division) division.count++;
      else divisions.set(record.division, { value: record.division, name: record.divisionName, section: record.section, count: 1 });
    }
  }
  return {
    total,
    year: [...years].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value - b.value),
    province: [...provinces]
      .map(([code, count]) => ({ value: provinceByCode(code)?.name ?? code, code, count }))
      .sort((a, b) => b.count - a.count || compareStrings(a.code, b.code)),
    city: [...cities]
      .sort(([nameA, a], [nameB, b]) => b.count - a.count || compareStrings(a.code, b.code) || compareStrings(nameA, nameB))
      .map(([value, { count }]) => ({ value, count })),
    section: [...sections.values()].sort((a, b) => b.count - a.count || compareStrings(a.value, b.value)),
    division: [...divisions.values()].sort((a, b) => b.count - a.count || compareStrings(a.value, b.value)),
  };
}

/** Provinces that have clusters, by code, with their counts (`GET /api/v1/provinces`). */
export function summarizeProvinces(dataset: Dataset): ProvinceSummary[] {
  return dataset.index.provinces.map((province) => ({ ...province }));
}
