import type { Facets } from '../core/facets';
import type { Notice } from '../core/notice';
import type { ClusterRecord } from '../core/record';
import { canonicalWidgetQuery } from './canonical';
import { WidgetError, type ClusterSource, type DatasetInfo, type Include, type SourceAnswer } from './source';

/** The most rows one API call returns, so the CSV link covers every row of any filter up to that. */
const CSV_LIMIT = 300;

interface ErrorBody {
  error?: { message?: unknown; param?: unknown };
}

/** The part of `/api/v1/meta` (and of `included.meta`) the source line uses. */
interface MetaData {
  datasetVersion: string;
  years: { year: number; batch: number; notice: Omit<Notice, 'year' | 'batch'> | null }[];
}

interface ListBody {
  data: ClusterRecord[];
  meta: { total: number; datasetVersion: string };
  /** Absent from an older API, which does not know `include`. */
  included?: { facets?: Facets; meta?: MetaData };
}

/**
 * Equal views share one URL, hence one edge-cache entry. An invalid value (a host page's typo)
 * goes to the API as given, and the widget shows the API's 400 message, which says what is accepted.
 */
function canonicalClusters(params: URLSearchParams): string {
  return canonicalWidgetQuery(params, true) ?? params.toString();
}

/** `params` with the API's `include` parameter for what `include` asks for (core spells it canonically). */
export function withInclude(params: URLSearchParams, { facets, meta }: Include): URLSearchParams {
  const members = [facets ? 'facets' : '', meta ? 'meta' : ''].filter(Boolean);
  const result = new URLSearchParams(params);
  if (members.length > 0) result.set('include', members.join(','));
  return result;
}

/**
 * The JSON body of a successful answer, or null for a 400 naming `include`: an API from before
 * `include`, which refuses what it does not know.
 *
 * Plain `fetch` defaults (mode `cors`, credentials `same-origin`): exactly what a
 * `<link rel="preload" as="fetch" crossorigin>` for the same URL sends, so the browser hands this
 * request the preloaded response instead of making a second one.
 */
async function getJson(url: string, signal: AbortSignal): Promise<object | null> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new WidgetError('network', true);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { message, param } = (body as ErrorBody | null)?.error ?? {};
    if (response.status === 400 && param === 'include') return null;
    // A 400 is the host page's configuration (e.g. an unknown province): retrying cannot help.
    const retryable = response.status !== 400 && response.status !== 404;
    throw new WidgetError(typeof message === 'string' && !retryable ? message : 'network', retryable);
  }
  if (body === null || typeof body !== 'object') throw new WidgetError('network', true);
  return body;
}

function infoOf(meta: MetaData): DatasetInfo {
  const notices = meta.years.flatMap(({ year, batch, notice }) => (notice ? [{ year, batch, ...notice }] : []));
  return { version: meta.datasetVersion, notices };
}

function answerOf(body: ListBody): SourceAnswer {
  const page = { total: body.meta.total, rows: body.data, datasetVersion: body.meta.datasetVersion };
  const meta = body.included?.meta;
  return { page, facets: body.included?.facets ?? null, info: meta ? infoOf(meta) : null };
}

/** The API's source. */
export interface ApiSource extends ClusterSource {
  /** The URL `load(params, include)` fetches (a preload hint for it is taken by that request). */
  url(params: URLSearchParams, include: Include): string;
  /** A link to the CSV of exactly these filters. */
  csvUrl(params: URLSearchParams): string;
  /** A link to a record's page on the site the API belongs to. */
  recordUrl(id: number): string;
}

/** Reads the public API at `base` (an origin, or a URL under which `/api/v1` lives). */
export function createApiSource(base: URL): ApiSource {
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const clustersUrl = (query: string): string => `${root}api/v1/clusters${query ? `?${query}` : ''}`;
  const url = (params: URLSearchParams, include: Include): string => clustersUrl(canonicalClusters(withInclude(params, include)));

  return {
    url,
    async load(params, include, signal): Promise<SourceAnswer> {
      // An older API refuses include: the rows alone, without facets or the source line's info.
      const body = (await getJson(url(params, include), signal)) ?? (await getJson(url(params, { facets: false, meta: false }), signal));
      return answerOf(body as ListBody);
    },
    csvUrl(params): string {
      const csv = new URLSearchParams(params);
      csv.set('limit', String(CSV_LIMIT));
      csv.set('format', 'csv');
      return clustersUrl(canonicalClusters(csv));
    },
    recordUrl(id): string {
      return `${root}clusters/${id}`;
    },
  };
}
