import type { Facets } from '../core/facets';
import type { FirstViewFacets } from '../core/first-view';
import type { Notice } from '../core/notice';
import type { ClusterRecord } from '../core/record';
import type { Segment } from './highlight';

/** One page of the filtered list. */
export interface ClusterPage {
  /** Full match count, not the number of rows on this page. */
  total: number;
  rows: ClusterRecord[];
  datasetVersion: string;
}

/**
 * The counts for the controls, as `/api/v1/facets` gives them: by year, province (full name) and
 * city always; by section and division once the engine answered (a first view leaves them out).
 */
export type AnswerFacets = FirstViewFacets & Partial<Pick<Facets, 'section' | 'division'>>;

/** What the source line and the year chips need: the dataset version and the notices. */
export interface DatasetInfo {
  version: string;
  notices: Notice[];
}

/** One load's answer: what the API's `/clusters?…&include=facets,meta` gives for the same query (a first view's without its industry facets). */
export interface SourceAnswer {
  page: ClusterPage;
  facets: AnswerFacets;
  info: DatasetInfo;
}

/** A CSV file generated in the browser. */
export interface CsvFile {
  text: string;
  filename: string;
}

/**
 * The whole dataset of one version in memory (a snapshot), answering every query with core's own
 * functions, so the answers are exactly the API's. Lives in the lazily loaded engine chunk.
 */
export interface SnapshotSource {
  /** The dataset version of the snapshot. */
  readonly version: string;
  /** The answer to the API's `/clusters` query parameters; throws a {@link WidgetError} for a query the API refuses. */
  load(params: URLSearchParams): SourceAnswer;
  /** The CSV of every row matching the filters of `params`, as the API's CSV of its largest page. */
  csvFile(params: URLSearchParams): CsvFile;
}

/** Which snapshot an engine reads: its URL, and the version it must be (null: any). */
export interface SnapshotChoice {
  url: string;
  version: string | null;
}

/** A snapshot source that also hands the reader the CSV and marks search hits: what the engine chunk gives the element. */
export interface Engine extends SnapshotSource {
  /** Hands the CSV of exactly these filters to the browser as a download. */
  download(params: URLSearchParams): void;
  /** `text` split into runs, those matching a term of the search `q` literally marked. */
  highlight(text: string, q: string): Segment[];
}

/**
 * Why a load failed, which decides the message:
 * - `network`: the file could not be fetched (offline, blocked, a 5xx);
 * - `missing`: the file is not there (404);
 * - `invalid`: the file is truncated, not JSON, or not a cluster-list data file;
 * - `stale`: a snapshot of another version than the rows on screen (a release mid-session);
 * - `code`: the lazily loaded engine chunk did not load (blocked by the host page, offline);
 * - `query`: the host page's preset is one the API refuses; the message is the API's.
 */
export type WidgetErrorKind = 'network' | 'missing' | 'invalid' | 'stale' | 'code' | 'query';

/**
 * A failure the widget can show. `detail` is the file's URL, or for `query` the API's message.
 * `retryable` is false when asking again cannot help (the host page configured an invalid filter),
 * so no retry button is offered then.
 */
export class WidgetError extends Error {
  readonly kind: WidgetErrorKind;
  readonly detail: string;
  readonly retryable: boolean;

  constructor(kind: WidgetErrorKind, detail: string) {
    super(`${kind}: ${detail}`);
    this.kind = kind;
    this.detail = detail;
    this.retryable = kind !== 'query';
  }
}

/** Anything thrown becomes a WidgetError (duck-typed: the engine chunk has its own copy of the class). */
export function widgetErrorOf(error: unknown): WidgetError {
  const candidate = error as Partial<WidgetError> | null;
  if (typeof candidate?.kind === 'string' && typeof candidate.detail === 'string') return error as WidgetError;
  return new WidgetError('network', '');
}
