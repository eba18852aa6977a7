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

/** What a load asks for besides the rows: the API's `include` members. */
export interface Include {
  /** The counts for the year chips and the province and city selects, for the same filters. */
  facets: boolean;
  /** The dataset info for the source line. */
  meta: boolean;
}

/**
 * One load's answer. `facets` and `info` are null when they were not asked for, or when an
 * older API answered without them: the rows still show.
 */
export interface SourceAnswer {
  page: ClusterPage;
  facets: Facets | null;
  info: DatasetInfo | null;
}

/**
 * Where the widget's data comes from: the public API, or a static snapshot filtered in the
 * browser with the API's own functions. Both take the API's `/clusters` query parameters.
 */
export interface ClusterSource {
  /** The rows of `params` and, in the same answer, what `include` asks for. */
  load(params: URLSearchParams, include: Include, signal: AbortSignal): Promise<SourceAnswer>;
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
