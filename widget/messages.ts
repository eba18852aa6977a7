/** Every UI string of the widget, in one language. */
export interface Messages {
  /** A province's name in this language (Chinese names stay as they are; other places are never translated). */
  placeName: (name: string) => string;
  title: string;
  count: (total: number, place: string) => string;
  loading: string;
  search: string;
  searchPlaceholder: string;
  province: string;
  allProvinces: string;
  city: string;
  allCities: string;
  place: string;
  /** The select of the derived classification's divisions (GB/T 4754 大类). */
  division: string;
  allDivisions: string;
  years: string;
  allYears: string;
  sort: string;
  sortOptions: Record<SortOption, string>;
  yearBatch: (year: number, batch: number) => string;
  industry: string;
  submittedBy: string;
  notice: string;
  recordPage: string;
  recordLink: string;
  range: (from: number, to: number, total: number) => string;
  page: (page: number, pages: number) => string;
  previous: string;
  next: string;
  download: string;
  empty: string;
  clearFilters: string;
  failed: string;
  /** A data file is not there (a 404): its URL. */
  fileMissing: (url: string) => string;
  /** A data file is truncated, not JSON, or not a cluster-list file: its URL. */
  fileInvalid: (url: string) => string;
  /** The engine's code did not load, so only the first rows can show. */
  filteringUnavailable: string;
  retry: string;
  source: string;
  sourceYear: (year: number) => string;
  version: (version: string) => string;
}

/** Sort orders offered to the reader (the API's `sort` values): the API's default, newest first, by name, by place. */
export type SortOption = '' | '-year' | 'name' | 'province';

/** The sort options in the order the select lists them. */
export const SORT_OPTIONS: readonly SortOption[] = ['', '-year', 'name', 'province'];
