/**
 * Canonical API URLs for the widget's own parameters, so every embed of the same view asks for the
 * same URL and shares one edge-cache entry (`浙江`, `zhejiang` and `33` all become `浙江省`).
 *
 * The host page's values (province, city, year, q) go through core's value checks, the ones the
 * API's parsers run, without their messages; the query is spelled by core's `canonicalQuery`, the
 * function the Worker keys its cache with.
 * Sort, limit, offset, format and include come from the widget's own code, always valid, so they
 * are only converted. This skips `parseClusterQuery`'s checks for parameters the widget never sends,
 * its error texts and its suggestion machinery, which would cost API mode about 3 KB gzip. A unit
 * test checks over thousands of generated views that the result equals
 * `canonicalQuery(parseClusterQuery(…))`, and that it is null exactly when the API would refuse.
 */
import { canonicalQuery } from '../core/canonical';
import { checkSearchText, checkYearList, isNameLengthValid } from '../core/parse-values';
import { resolveProvince } from '../core/province-resolve';
import type { ClusterFilter, ClusterQuery } from '../core/query';
import { DEFAULT_LIMIT, INCLUDE_VALUES } from '../core/query';
import { canonicalSort, isSortKey } from '../core/query';
import { CONTROL_CHARACTERS, foldAscii, normalizeText } from '../core/text';

const WIDGET_PARAMS = ['province', 'city', 'year', 'q', 'sort', 'limit', 'offset', 'format', 'include'];

class Invalid extends Error {}

/** A value a check accepted; a refusal (null, or the problem's name) stops the whole query. */
function accepted<T extends object>(checked: T | string | null): T {
  if (checked === null || typeof checked === 'string') throw new Invalid();
  return checked;
}

function name(value: string): string {
  if (!isNameLengthValid(value)) throw new Invalid();
  return value;
}

/**
 * The canonical query string of `params` (only the widget's parameters), or `null` when a value
 * is invalid: the widget then sends the parameters as they are and shows the API's 400 message.
 */
export function canonicalWidgetQuery(params: URLSearchParams, paged: boolean): string | null {
  const values = new Map<string, string>();
  for (const [name, raw] of params) {
    if (!WIDGET_PARAMS.includes(name) || values.has(name) || CONTROL_CHARACTERS.test(raw)) return null;
    const normalized = normalizeText(raw);
    if (normalized !== '') values.set(name, normalized);
  }
  try {
    const get = (name: string) => values.get(name);
    const province = get('province');
    const city = get('city');
    const year = get('year');
    const filter: ClusterFilter = {
      province: province === undefined ? null : resolveProvince(name(province)),
      submittedBy: null,
      city: city === undefined ? null : name(city),
      county: null,
      adcode: null,
      years: year === undefined ? [] : accepted(checkYearList(year)),
      // The widget has no industry filter yet (issue 20's widget part).
      section: null,
      division: null,
      ...accepted(checkSearchText(get('q') ?? '')),
    };
    if (province !== undefined && filter.province === null) return null;
    if (!paged) return canonicalQuery(filter);
    const sort = get('sort');
    const limit = get('limit');
    const offset = get('offset');
    const format = get('format');
    const include = (get('include') ?? '').split(',');
    const sortKey = sort === undefined ? null : foldAscii(sort);
    if (sortKey !== null && !isSortKey(sortKey)) return null;
    const query: ClusterQuery = {
      ...filter,
      sort: canonicalSort(sortKey, filter.q),
      limit: limit === undefined ? DEFAULT_LIMIT : Number(limit),
      offset: offset === undefined ? 0 : Number(offset),
      format: format === 'csv' ? 'csv' : 'json',
      include: INCLUDE_VALUES.filter((member) => include.includes(member)),
    };
    return canonicalQuery(query);
  } catch (error) {
    if (error instanceof Invalid) return null;
    throw error;
  }
}
