/**
 * Self-hosted mode: the whole dataset from one static JSON snapshot, filtered, searched, sorted,
 * paged and faceted in the browser by core's own functions, so results are exactly the API's.
 * Loaded with a dynamic import only when `src` is set, which keeps API mode small.
 */
import {
  computeFacets,
  createDataset,
  csvFilenameUtf8,
  parseClusterQuery,
  selectClusters,
  toCsv,
  type Dataset,
  type DatasetInput,
} from '../core/index';
import type { Result } from '../core/result';
import { WidgetError, type StaticSource } from './source';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new WidgetError(result.error.message, false);
  return result.value;
}

function isSnapshot(value: unknown): value is DatasetInput {
  const snapshot = value as Partial<DatasetInput> | null;
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    typeof snapshot.version === 'string' &&
    Array.isArray(snapshot.records) &&
    Array.isArray(snapshot.notices)
  );
}

async function loadSnapshot(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new WidgetError('network', true);
  }
  if (!response.ok) throw new WidgetError('network', true);
  const body: unknown = await response.json().catch(() => null);
  if (!isSnapshot(body)) throw new WidgetError(`${url}: not a cluster-list snapshot`, false);
  return createDataset(body);
}

/** A CSV file generated in the browser. */
export interface CsvFile {
  text: string;
  filename: string;
}

/** A source over the snapshot at `url`, fetched once, on first use; `csvFile` is for tests. */
export function createStaticSource(url: string): StaticSource & { csvFile(params: URLSearchParams): Promise<CsvFile> } {
  let dataset: Promise<Dataset> | undefined;
  const load = (): Promise<Dataset> => {
    dataset ??= loadSnapshot(url);
    dataset.catch(() => (dataset = undefined));
    return dataset;
  };

  /** Every matching row, not one page: the API's CSV link asks for its largest page, and here all rows fit in memory. */
  const csvFile = async (params: URLSearchParams): Promise<CsvFile> => {
    const data = await load();
    const query = unwrap(parseClusterQuery(params, data));
    const { rows } = selectClusters(data, { ...query, limit: data.records.length, offset: 0 });
    return { text: toCsv(rows), filename: csvFilenameUtf8(query) };
  };

  return {
    csvFile,
    async load(params, include) {
      const data = await load();
      const query = unwrap(parseClusterQuery(params, data));
      const { total, rows } = selectClusters(data, query);
      return {
        page: { total, rows, datasetVersion: data.version },
        // The query's filters are the facets' filters: computeFacets ignores sort and paging.
        facets: include.facets ? computeFacets(data, query) : null,
        info: include.meta ? { version: data.version, notices: [...data.notices] } : null,
      };
    },
    async downloadCsv(params) {
      const { text, filename } = await csvFile(params);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
