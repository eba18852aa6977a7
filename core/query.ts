import type { SectionCode } from './industry';
import type { Province } from './provinces';

// The limits belong to the API's contract (./contract.ts); re-exported for modules that still
// import them from here (the widget, until its rewrite imports the contract).
export { DEFAULT_LIMIT, MAX_LIMIT, MAX_NAME_LENGTH, MAX_OFFSET, MAX_Q_LENGTH, MAX_YEARS } from './contract';

/** Parameters accepted by `GET /api/v1/clusters`, in canonical order. */
export const CLUSTER_PARAMS = [
  'province',
  'submittedBy',
  'city',
  'county',
  'adcode',
  'year',
  'section',
  'division',
  'q',
  'sort',
  'limit',
  'offset',
  'format',
  'include',
] as const;

/** Parameters accepted by `GET /api/v1/facets`, in canonical order. */
export const FACET_PARAMS = ['province', 'submittedBy', 'city', 'county', 'adcode', 'year', 'section', 'division', 'q'] as const;

/** Accepted values of `sort`: a field, optionally with `-` for descending. */
export const SORT_KEYS = ['id', '-id', 'year', '-year', 'province', '-province', 'name', '-name'] as const;

/**
 * A sort order. `province` orders by provinceCode, `name` by the name's pinyin; ties always go by
 * ascending id, also in descending orders, so paging is stable.
 */
export type SortKey = (typeof SORT_KEYS)[number];

/** Narrows a string to a {@link SortKey}. */
export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

/**
 * The canonical spelling of a sort: with no search, id order is the default, so `sort=id` then
 * becomes `null` and each view has one canonical URL.
 */
export function canonicalSort(key: SortKey | null, q: string): SortKey | null {
  return key === 'id' && q === '' ? null : key;
}

export type OutputFormat = 'json' | 'csv';

/**
 * What a `/clusters` JSON answer may carry besides the rows (`include=facets,meta`), in canonical
 * order: the facet counts of the same filters and the dataset description, so that a widget's
 * first load is one request.
 */
export const INCLUDE_VALUES = ['facets', 'meta'] as const;

export type Inclusion = (typeof INCLUDE_VALUES)[number];

/**
 * The filters shared by `/clusters` and `/facets`, in canonical form. `null` / empty means "no
 * filter on this". All filters combine with AND.
 */
export interface ClusterFilter {
  /** Where the cluster lies (宁波's clusters are in 浙江省). */
  province: Province | null;
  /** Who submitted it: a province's full name, a city's full name, or 新疆生产建设兵团. */
  submittedBy: string | null;
  /** Full name when it was resolved against a dataset, else the name as given (NFKC, trimmed). */
  city: string | null;
  county: string | null;
  /** 2–6 ASCII digits, a prefix of the record's adcode. */
  adcode: string | null;
  /** Ascending, distinct; empty means every year. */
  years: readonly number[];
  /** 门类 of the derived GB/T 4754-2017 classification (the record's `section`). */
  section: SectionCode | null;
  /** Two-digit 大类, matched against the record's primary `division` only, so counts add up. */
  division: string | null;
  /** Normalized search text: NFKC, ASCII lower-case, single spaces; '' means no search. */
  q: string;
  /** `q` split into its terms (all must match). */
  terms: readonly string[];
}

/** A `/clusters` query in canonical form. */
export interface ClusterQuery extends ClusterFilter {
  /** `null`: relevance when `q` is given, else id. */
  sort: SortKey | null;
  limit: number;
  offset: number;
  format: OutputFormat;
  /** In {@link INCLUDE_VALUES} order, distinct; empty means the rows alone. */
  include: readonly Inclusion[];
}

/** A filter that matches everything. */
export const EMPTY_FILTER: ClusterFilter = Object.freeze({
  province: null,
  submittedBy: null,
  city: null,
  county: null,
  adcode: null,
  years: [],
  section: null,
  division: null,
  q: '',
  terms: [],
});
