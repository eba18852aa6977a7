/**
 * cluster-list core: the record type and the pure query semantics shared by the Worker, the
 * widget's self-hosted mode and the scripts. No Node or DOM APIs, no dependencies.
 */
export { RECORD_FIELDS, type ClusterRecord, type SearchHelpers, type SearchableRecord } from './record';
export type { Notice } from './notice';
export { ok, fail, type ApiError, type ApiErrorCode, type Result } from './result';
export { PROVINCES, type Province } from './provinces';
export { resolveProvince, suggestProvinces, provinceByCode } from './province-resolve';
export { shortFormsOf } from './place-names';
export { SORT_KEYS, isSortKey, type SortKey } from './query';
export {
  CLUSTER_PARAMS,
  FACET_PARAMS,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_OFFSET,
  MAX_Q_LENGTH,
  MAX_NAME_LENGTH,
  MAX_YEARS,
  EMPTY_FILTER,
  INCLUDE_VALUES,
  type ClusterFilter,
  type ClusterQuery,
  type Inclusion,
  type OutputFormat,
} from './query';
export { createDataset, type Dataset, type DatasetInput, type ProvinceSummary } from './dataset';
export { parseSearchParams } from './search-params';
export { parseClusterQuery, parseFacetQuery, resolveQuery, type QueryInput } from './parse-query';
export { parseClusterId } from './parse-values';
export { canonicalQuery } from './canonical';
export { selectClusters, getCluster, type Selection } from './select';
export { countBySubmitter, type SubmitterCount } from './submitter-counts';
export { computeFacets, summarizeProvinces, type Facets, type YearCount, type ProvinceCount, type CityCount } from './facets';
export { toCsv, csvFilename, csvFilenameUtf8, csvContentDisposition } from './csv';
export {
  LIST_NAME,
  PUBLISHER,
  MIIT,
  dateParts,
  citableNotice,
  citationTitle,
  gbt7714,
  gbt7714Notice,
  bibtex,
  cslJson,
  type CitationInput,
  type DateParts,
} from './citation';
