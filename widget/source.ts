import type { Notice } from '../core/notice';
import type { Facets } from '../core/facets';
import type { ClusterRecord } from '../core/record';

/** One page of the filtered list. */
export interface ClusterPage {
  /** Full match count, not the number of rows on this page. */
  total: number;
  rows: ClusterRecord[];
  datasetVersion: string;
}

/** Counts by year, province (full name) and city for one filter, as `/api/v1/facets` gives them. */
export type { Facets } from '../core/facets';

/** What the source line and the year chips need: the dataset version and the notices. */
export interface DatasetInfo {
  version: string;
  notices: Notice[];
}

/**
 * Where the widget's data comes from: the public API, or a static snapshot filtered in the
 * browser with the API's own functions. Both take the API's query parameters.
 */
export interface ClusterSource {
  clusters(params: URLSearchParams, signal: AbortSignal): Promise<ClusterPage>;
  facets(params: URLSearchParams, signal: AbortSignal): Promise<Facets>;
  info(signal: AbortSignal): Promise<DatasetInfo>;
}

/** Self-hosted mode's source, which makes the CSV in the browser. */
export interface StaticSource extends ClusterSource {
  /** Hands the CSV of exactly these filters to the browser as a download. */
  downloadCsv(params: URLSearchParams): Promise<void>;
}

/**
 * A failure the widget can show. `retryable` is false when asking again cannot help (the host
 * page configured an invalid filter), so no retry button is offered then.
 */
export class WidgetError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
