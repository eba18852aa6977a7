/** Every UI string of the widget, in one language. */
export interface Messages {
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
  years: string;
  allYears: string;
  sort: string;
  sortOptions: Record<SortKey, string>;
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
  retry: string;
  source: string;
  sourceYear: (year: number) => string;
  version: (version: string) => string;
}

/** Sort orders offered to the reader (the API's `sort` values): newest first, by name, by place. */
export type SortKey = '' | '-year' | 'name' | 'province';
