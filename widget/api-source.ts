import type { Notice } from '../core/notice';
import type { ClusterRecord } from '../core/record';
import { canonicalWidgetQuery } from './canonical';
import { WidgetError, type ClusterPage, type ClusterSource, type DatasetInfo, type Facets } from './source';

/** The most rows one API call returns, so the CSV link covers every row of any filter up to that. */
const CSV_LIMIT = 300;

interface ErrorBody {
  error?: { message?: unknown };
}

/**
 * Equal views share one URL, hence one edge-cache entry. An invalid value (a host page's typo)
 * goes to the API as given, and the widget shows the API's 400 message, which says what is accepted.
 */
function canonicalClusters(params: URLSearchParams): string {
  return canonicalWidgetQuery(params, true) ?? params.toString();
}

function canonicalFacets(params: URLSearchParams): string {
  return canonicalWidgetQuery(params, false) ?? params.toString();
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new WidgetError('network', true);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as ErrorBody | null)?.error?.message;
    // A 400 is the host page's configuration (e.g. an unknown province): retrying cannot help.
    const retryable = response.status !== 400 && response.status !== 404;
    throw new WidgetError(typeof message === 'string' && !retryable ? message : 'network', retryable);
  }
  if (body === null || typeof body !== 'object') throw new WidgetError('network', true);
  return body;
}

interface ListBody {
  data: ClusterRecord[];
  meta: { total: number; datasetVersion: string };
}

/** The part of `/api/v1/meta` the source line uses. */
interface MetaBody {
  data: {
    datasetVersion: string;
    years: { year: number; batch: number; notice: Omit<Notice, 'year' | 'batch'> | null }[];
  };
}

function noticesOf(meta: MetaBody['data']): Notice[] {
  return meta.years.flatMap(({ year, batch, notice }) => (notice ? [{ year, batch, ...notice }] : []));
}

/** The API's source, whose rows requests can be sent ahead of time. */
export interface ApiSource extends ClusterSource {
  /** Sends the request `clusters(params)` would, ahead of time; that call then takes its answer. */
  prefetch(params: URLSearchParams): void;
  /** A link to the CSV of exactly these filters. */
  csvUrl(params: URLSearchParams): string;
}

/** Reads the public API at `base` (an origin, or a URL under which `/api/v1` lives). */
export function createApiSource(base: URL): ApiSource {
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const endpoint = (path: string, query: string): string => `${root}api/v1/${path}${query ? `?${query}` : ''}`;
  let info: Promise<DatasetInfo> | undefined;
  /** Rows requests sent ahead of time by URL, each taken by the first `clusters` call that asks for it. */
  const early = new Map<string, { body: Promise<unknown>; controller: AbortController }>();
  const clustersUrl = (params: URLSearchParams) => endpoint('clusters', canonicalClusters(params));

  return {
    async clusters(params, signal): Promise<ClusterPage> {
      const url = clustersUrl(params);
      const sent = early.get(url);
      early.delete(url);
      // Taken over, it is aborted like the caller's own request would be.
      if (sent) signal.addEventListener('abort', () => sent.controller.abort(), { once: true });
      const body = (await (sent?.body ?? getJson(url, signal))) as ListBody;
      return { total: body.meta.total, rows: body.data, datasetVersion: body.meta.datasetVersion };
    },
    prefetch(params): void {
      const url = clustersUrl(params);
      if (early.has(url)) return;
      // Nobody may ever take it (the element changed first): its failure must not go unhandled.
      const controller = new AbortController();
      const body = getJson(url, controller.signal);
      body.catch(() => {});
      early.set(url, { body, controller });
    },
    async facets(params, signal): Promise<Facets> {
      const body = (await getJson(endpoint('facets', canonicalFacets(params)), signal)) as { data: Facets };
      return body.data;
    },
    info(): Promise<DatasetInfo> {
      // One request per page for every widget on it; never aborted, since other widgets share it.
      info ??= getJson(endpoint('meta', ''), new AbortController().signal).then((body) => {
        const meta = (body as MetaBody).data;
        return { version: meta.datasetVersion, notices: noticesOf(meta) };
      });
      info.catch(() => (info = undefined));
      return info;
    },
    csvUrl(params): string {
      const csv = new URLSearchParams(params);
      csv.set('limit', String(CSV_LIMIT));
      csv.set('format', 'csv');
      return endpoint('clusters', canonicalClusters(csv));
    },
  };
}
