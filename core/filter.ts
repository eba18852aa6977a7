import type { Dataset, IndexedRecord } from './dataset';
import type { ClusterFilter } from './query';
import { compileTerms, scoreRecord, type CompiledTerm } from './search';

/** Bits of {@link CompiledFilter.match}: which dimensions of the filter a record satisfies. */
export const MATCH_YEAR = 1;
export const MATCH_PROVINCE = 2;
export const MATCH_CITY = 4;
export const MATCH_REST = 8;
export const MATCH_SECTION = 16;
export const MATCH_DIVISION = 32;
export const MATCH_ALL = MATCH_YEAR | MATCH_PROVINCE | MATCH_CITY | MATCH_REST | MATCH_SECTION | MATCH_DIVISION;

/** A filter with its names resolved and terms prepared: built once per request, applied per record. */
export interface CompiledFilter {
  /** Which dimensions the record satisfies, as MATCH_* bits (the search counts in MATCH_REST). */
  match(entry: IndexedRecord): number;
  /** 0 unless the record satisfies the whole filter; then its relevance (> 0), or 1 without a search. */
  rank(entry: IndexedRecord): number;
  hasSearch: boolean;
}

/** Compiles a filter against a dataset: name lookups and term preparation happen here, once. */
export function compileFilter(dataset: Dataset, filter: ClusterFilter): CompiledFilter {
  const { index } = dataset;
  const years = filter.years.length > 0 ? new Set(filter.years) : null;
  const provinceCode = filter.province?.code ?? null;
  const cities = filter.city === null ? null : new Set(index.cities.get(filter.city) ?? []);
  const counties = filter.county === null ? null : new Set(index.counties.get(filter.county) ?? []);
  const submitters = filter.submittedBy === null ? null : new Set(index.submitters.get(filter.submittedBy) ?? []);
  const { adcode, section, division } = filter;
  const terms: CompiledTerm[] = compileTerms(filter.terms);
  const hasSearch = terms.length > 0;

  // Every dimension but the search, which is the costly part and is checked last.
  const matchFields = (entry: IndexedRecord) => {
    const { record } = entry;
    let bits = 0;
    if (years === null || years.has(record.year)) bits |= MATCH_YEAR;
    if (provinceCode === null || record.provinceCode === provinceCode) bits |= MATCH_PROVINCE;
    if (cities === null || (record.city !== null && cities.has(record.city))) bits |= MATCH_CITY;
    if (section === null || record.section === section) bits |= MATCH_SECTION;
    if (division === null || record.division === division) bits |= MATCH_DIVISION;
    if (
      (counties === null || (record.county !== null && counties.has(record.county))) &&
      (submitters === null || submitters.has(record.submittedBy)) &&
      (adcode === null || record.adcode.startsWith(adcode))
    ) {
      bits |= MATCH_REST;
    }
    return bits;
  };
  const score = (entry: IndexedRecord) => (hasSearch ? scoreRecord(entry, terms) : 1);
  return {
    hasSearch,
    match(entry) {
      const bits = matchFields(entry);
      return (bits & MATCH_REST) !== 0 && hasSearch && scoreRecord(entry, terms) === 0 ? bits & ~MATCH_REST : bits;
    },
    rank: (entry) => (matchFields(entry) === MATCH_ALL ? score(entry) : 0),
  };
}
