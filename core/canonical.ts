import { DEFAULT_LIMIT } from './contract';
import type { ClusterFilter, ClusterQuery } from './query';

/**
 * The canonical query string of a parsed query, without `?`: parameters in the fixed order
 * province, submittedBy, city, county, adcode, year, section, division, q, sort, limit, offset, format, include; canonical
 * values (province full name, years ascending and distinct, q normalized); defaults left out.
 * Equivalent spellings (`province=浙江`, `zhejiang`, `330000`, `33`, `浙江省`) give the same string,
 * so it keys the response memo and ETag, and the widget builds its URLs with it so equal views share
 * one edge-cache entry. Values are encodeURIComponent-encoded, except that the commas of a year
 * or include list stay literal (they are legal in a query and keep URLs readable).
 */
export function canonicalQuery(query: ClusterFilter | ClusterQuery): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  if (query.province) add('province', query.province.name);
  if (query.submittedBy !== null) add('submittedBy', query.submittedBy);
  if (query.city !== null) add('city', query.city);
  if (query.county !== null) add('county', query.county);
  if (query.adcode !== null) add('adcode', query.adcode);
  if (query.years.length > 0) add('year', query.years.join(','));
  if (query.section !== null) add('section', query.section);
  if (query.division !== null) add('division', query.division);
  if (query.q !== '') add('q', query.q);
  if ('limit' in query) {
    if (query.sort !== null) add('sort', query.sort);
    if (query.limit !== DEFAULT_LIMIT) add('limit', String(query.limit));
    if (query.offset !== 0) add('offset', String(query.offset));
    if (query.format !== 'json') add('format', query.format);
    if (query.include.length > 0) add('include', query.include.join(','));
  }
  return parts.join('&');
}
