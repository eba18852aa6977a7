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
