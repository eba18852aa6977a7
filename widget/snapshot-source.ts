/**
 * The whole dataset from one static snapshot, filtered, searched, sorted, paged and faceted in
 * the browser by core's own functions, so the answers are exactly the API's. Part of the lazily
 * loaded engine chunk: the first rows come from a first-view file without it.
 */
import {
  computeFacets,
  createDataset,
  csvFilenameUtf8,
  parseClusterQuery,
  selectClusters,
  toCsv,
  type ClusterQuery,
  type Dataset,
  type DatasetInput,
  type SearchableRecord,
} from '../core/index';
import { fetchDataFile } from './data-file';
import { WidgetError, type CsvFile, type SnapshotSource, type SourceAnswer } from './source';

/** Enough of a record's shape to index and render it; a file of other records is not a snapshot. */
function isSnapshotRecord(value: unknown): boolean {
  const record = value as Partial<SearchableRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'number' &&
    typeof record.year === 'number' &&
    typeof record.name === 'string' &&
    typeof record.provinceCode === 'string' &&
    typeof record.search === 'object' &&
    record.search !== null
  );
}

function isSnapshot(value: unknown): value is DatasetInput {
  const snapshot = value as Partial<DatasetInput> | null;
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    typeof snapshot.version === 'string' &&
    typeof snapshot.builtAt === 'string' &&
    Array.isArray(snapshot.records) &&
    snapshot.records.every(isSnapshotRecord) &&
    Array.isArray(snapshot.notices)
  );
}

function queryOf(data: Dataset, params: URLSearchParams): ClusterQuery {
  const parsed = parseClusterQuery(params, data);
  if (!parsed.ok) throw new WidgetError('query', parsed.error.message);
  return parsed.value;
}

/** The answer to the API's `/clusters` parameters over `data`; throws a `query` error where the API answers 400. */
export function snapshotAnswer(data: Dataset, params: URLSearchParams): SourceAnswer {
  const query = queryOf(data, params);
  const { total, rows } = selectClusters(data, query);
  return {
    page: { total, rows, datasetVersion: data.version },
    // The query's filters are the facets' filters: computeFacets ignores sort and paging.
    facets: computeFacets(data, query),
    info: { version: data.version, notices: [...data.notices] },
  };
}

/** Every row matching the filters of `params`, as CSV: what the API's CSV of its largest page holds, and here all rows fit in memory. */
export function snapshotCsv(data: Dataset, params: URLSearchParams): CsvFile {
  const query = queryOf(data, params);
  const { rows } = selectClusters(data, { ...query, limit: data.records.length, offset: 0 });
  return { text: toCsv(rows), filename: csvFilenameUtf8(query) };
}

/** The snapshot at `url` as a source; with `version`, a snapshot of any other version is refused as stale. */
export async function loadSnapshotSource(url: string, version: string | null): Promise<SnapshotSource> {
  const snapshot = await fetchDataFile(url, isSnapshot);
  if (version !== null && snapshot.version !== version) throw new WidgetError('stale', url);
  let data: Dataset;
  try {
    data = createDataset(snapshot);
  } catch {
    // Duplicate ids or records of another shape: not a snapshot this code can read.
    throw new WidgetError('invalid', url);
  }
  return {
    version: data.version,
    load: (params) => snapshotAnswer(data, params),
    csvFile: (params) => snapshotCsv(data, params),
  };
}
