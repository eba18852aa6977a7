import type { Dataset } from './dataset';
import {
  parseAdcode,
  parseFormat,
  parseInclude,
  parseLimit,
  parseName,
  parseOffset,
  parseProvince,
  parseDivision,
  parseSearchText,
  parseSection,
  parseSort,
  parseYears,
  checkYearsExist,
  resolvePlace,
  resolveSubmitter,
} from './parse-values';
import { DEFAULT_LIMIT } from './contract';
import { canonicalSort, CLUSTER_PARAMS, EMPTY_FILTER, FACET_PARAMS, type ClusterFilter, type ClusterQuery } from './query';
import { echo, fail, ok, type Result } from './result';
import { parseSearchParams, repeatedParameter } from './search-params';
import { normalizeText } from './text';

/** Parameters as a strictly parsed query string, or as the raw string itself. */
export type QueryInput = URLSearchParams | string;

/**
 * Parses and validates a `/clusters` query into canonical form. Without a dataset only the syntax
 * is checked (the widget in API mode, or the Worker before its dataset is loaded); with one, years
 * must exist in it and city, county and submitter short names resolve to its full names.
 * Never throws: every bad input becomes an {@link ApiError}.
 */
export function parseClusterQuery(input: QueryInput, dataset?: Dataset): Result<ClusterQuery> {
  const query = parseClusterSyntax(input, dataset);
  return query.ok && dataset ? resolveQuery(query.value, dataset) : query;
}

/** Parses a `/facets` query: the filters of {@link parseClusterQuery}, nothing else. */
export function parseFacetQuery(input: QueryInput, dataset?: Dataset): Result<ClusterFilter> {
  const filter = parseFacetSyntax(input, dataset);
  return filter.ok && dataset ? resolveQuery(filter.value, dataset) : filter;
}

/**
 * Completes a query parsed without a dataset (the Worker parses before its dataset is loaded, so
 * that bad syntax never waits on D1): every year must exist in the dataset, and city, county and
 * submitter short names resolve to its full names. Checks, never parses again.
 */
export function resolveQuery<T extends ClusterFilter>(query: T, dataset: Dataset): Result<T> {
  const years = checkYearsExist(query.years, dataset);
  if (!years.ok) return years;
  return ok({
    ...query,
    submittedBy: query.submittedBy === null ? null : resolvePlace(query.submittedBy, dataset.index.submitters),
    city: query.city === null ? null : resolvePlace(query.city, dataset.index.cities),
    county: query.county === null ? null : resolvePlace(query.county, dataset.index.counties),
  });
}

// The syntax of a /clusters query; the dataset, when given, only adds the available years to the
// message of a malformed year.
function parseClusterSyntax(input: QueryInput, dataset: Dataset | undefined): Result<ClusterQuery> {
  const params = toParams(input);
  if (!params.ok) return params;
  const values = collect(params.value, CLUSTER_PARAMS, '/clusters');
  if (!values.ok) return values;
  const filter = buildFilter(values.value, dataset);
  if (!filter.ok) return filter;
  const { sort, limit, offset, format, include } = values.value;
  const query: ClusterQuery = { ...filter.value, sort: null, limit: DEFAULT_LIMIT, offset: 0, format: 'json', include: [] };
  if (sort !== undefined) {
    const parsed = parseSort(sort);
    if (!parsed.ok) return parsed;
    query.sort = canonicalSort(parsed.value, query.q);
  }
  if (limit !== undefined) {
    const parsed = parseLimit(limit);
    if (!parsed.ok) return parsed;
    query.limit = parsed.value;
  }
  if (offset !== undefined) {
    const parsed = parseOffset(offset);
    if (!parsed.ok) return parsed;
    query.offset = parsed.value;
  }
  if (format !== undefined) {
    const parsed = parseFormat(format);
    if (!parsed.ok) return parsed;
    query.format = parsed.value;
  }
  if (include !== undefined) {
    const parsed = parseInclude(include, query.format);
    if (!parsed.ok) return parsed;
    query.include = parsed.value;
  }
  return ok(query);
}

function parseFacetSyntax(input: QueryInput, dataset: Dataset | undefined): Result<ClusterFilter> {
  const params = toParams(input);
  if (!params.ok) return params;
  const values = collect(params.value, FACET_PARAMS, '/facets');
  if (!values.ok) return values;
  return buildFilter(values.value, dataset);
}

function toParams(input: QueryInput): Result<URLSearchParams> {
  return typeof input === 'string' ? parseSearchParams(input) : ok(input);
}

type Values = Partial<Record<(typeof CLUSTER_PARAMS)[number], string>>;

/**
 * Rejects unknown and repeated names, and returns the values NFKC-normalized and trimmed, an empty
 * value counting as absent (HTML forms send `q=`).
 */
function collect(params: URLSearchParams, accepted: readonly string[], endpoint: string): Result<Values> {
  const values: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (!accepted.includes(name)) return unknownParameter(name, accepted, endpoint);
    // The name is an accepted one, far shorter than echo()'s limit: the text is quoted whole.
    if (seen.has(name)) return repeatedParameter(name);
    seen.add(name);
    const value = normalizeText(raw);
    if (value !== '') values[name] = value;
  }
  return ok(values);
}

function unknownParameter(name: string, accepted: readonly string[], endpoint: string): Result<never> {
  const near = accepted.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return fail(
    'unknown_parameter',
    name,
    `未知参数“${echo(name)}”。${near ? `您是否要找 ${near}？` : ''}${endpoint} 接受：${accepted.join(', ')}`,
    `Unknown parameter "${echo(name)}".${near ? ` Did you mean ${near}?` : ''} ${endpoint} accepts: ${accepted.join(', ')}`,
  );
}

function buildFilter(values: Values, dataset: Dataset | undefined): Result<ClusterFilter> {
  const filter: ClusterFilter = { ...EMPTY_FILTER, years: [], terms: [] };
  if (values.province !== undefined) {
    const checked = parseName('province', values.province);
    if (!checked.ok) return checked;
    const province = parseProvince(values.province);
    if (!province.ok) return province;
    filter.province = province.value;
  }
  if (values.submittedBy !== undefined) {
    const name = parseName('submittedBy', values.submittedBy);
    if (!name.ok) return name;
    filter.submittedBy = resolveSubmitter(name.value);
  }
  if (values.city !== undefined) {
    const name = parseName('city', values.city);
    if (!name.ok) return name;
    filter.city = name.value;
  }
  if (values.county !== undefined) {
    const name = parseName('county', values.county);
    if (!name.ok) return name;
    filter.county = name.value;
  }
  if (values.adcode !== undefined) {
    const adcode = parseAdcode(values.adcode);
    if (!adcode.ok) return adcode;
    filter.adcode = adcode.value;
  }
  if (values.year !== undefined) {
    const years = parseYears(values.year, dataset);
    if (!years.ok) return years;
    filter.years = years.value;
  }
  if (values.section !== undefined) {
    const section = parseSection(values.section, dataset);
    if (!section.ok) return section;
    filter.section = section.value;
  }
  if (values.division !== undefined) {
    const division = parseDivision(values.division, dataset);
    if (!division.ok) return division;
    filter.division = division.value;
  }
  if (values.q !== undefined) {
    const search = parseSearchText(values.q);
    if (!search.ok) return search;
    filter.q = search.value.q;
    filter.terms = search.value.terms;
  }
  return ok(filter);
}
