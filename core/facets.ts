import type { Dataset, ProvinceSummary } from './dataset';
import { provinceByCode } from './province-resolve';
import { MATCH_ALL, MATCH_CITY, MATCH_PROVINCE, MATCH_YEAR, compileFilter } from './filter';
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

/** Body data of `GET /api/v1/facets`. */
export interface Facets {
  /** Records matching the whole filter (the `total` of `/clusters` for the same filter). */
  total: number;
  year: YearCount[];
  province: ProvinceCount[];
  city: CityCount[];
}

/**
 * Counts by year, province and city, each sorted by count descending (ties: year ascending,
 * province code, city code then name).
 *
 * Each facet ignores its own dimension's filter and applies all the others (disjunctive faceting,
 * as in Elasticsearch's post_filter): with `year=2023`, the year facet still counts 2022 and 2024,
 * so chips and dropdowns can show what switching would give. The province facet also ignores the
 * city filter: a city lies in one province and choosing another province clears it, so with
 * `city=宁波` the province counts still say what each province would give. `total` applies every filter.
 * Records with no city (counties directly under a province) are not counted in `city`.
 */
export function computeFacets(dataset: Dataset, filter: ClusterFilter): Facets {
  const compiled = compileFilter(dataset, filter);
  const years = new Map<number, number>();
  const provinces = new Map<string, number>();
  const cities = new Map<string, { count: number; code: string }>();
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
  }
  return {
    total,
    year: [...years]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value - b.value),
    province: [...provinces]
      .map(([code, count]) => ({ value: provinceByCode(code)?.name ?? code, code, count }))
      .sort((a, b) => b.count - a.count || compareStrings(a.code, b.code)),
    city: [...cities]
      .sort(([nameA, a], [nameB, b]) => b.count - a.count || compareStrings(a.code, b.code) || compareStrings(nameA, nameB))
      .map(([value, { count }]) => ({ value, count })),
  };
}

/** Provinces that have clusters, by code, with their counts (`GET /api/v1/provinces`). */
export function summarizeProvinces(dataset: Dataset): ProvinceSummary[] {
  return dataset.index.provinces.map((province) => ({ ...province }));
}
