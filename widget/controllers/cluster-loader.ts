import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../filters';
import { WidgetError, type ClusterSource, type DatasetInfo, type Facets, type Include, type SourceAnswer } from '../source';

/** One load: where from, the `/clusters` parameters of the reader's view, and whether facets show. */
export interface LoadRequest {
  /** Identifies the source (its `api` and `src`): a change of source is a change of request. */
  sourceKey: string;
  source: () => ClusterSource | Promise<ClusterSource>;
  params: URLSearchParams;
  view: ViewState;
  facets: boolean;
}

/** The rows on screen and the view they answer, which may lag behind the controls while loading. */
export interface Loaded extends SourceAnswer {
  view: ViewState;
}

function requestKey(request: LoadRequest | null): string {
  return request ? `${request.sourceKey}\n${request.params}\n${request.facets}` : '';
}

/** Anything thrown becomes a WidgetError (duck-typed: the self-hosted chunk has its own class). */
function widgetErrorOf(error: unknown): WidgetError {
  const candidate = error as Partial<WidgetError> | null;
  return typeof candidate?.retryable === 'boolean' ? (error as WidgetError) : new WidgetError('network', true);
}

/**
 * Loads the host's rows: one request per change of the request key, checked before each render;
 * the one in flight aborted when a newer one starts or the host leaves the page; an overtaken
 * answer never painted. Facets and the dataset info come in the same answer; the info is asked
 * for once.
 *
 * Not `@lit/task`, which does the same: it cost API mode 741 B gzip of a 15 KiB budget
 * (docs/widget.md, "Size").
 */
export class ClusterLoader implements ReactiveController {
  /** The latest answer, kept on screen while the next one loads; undefined after an error. */
  loaded: Loaded | undefined;
  error: WidgetError | null = null;
  busy = false;
  /** The facets for the controls: the latest ones, kept while loading. */
  facets: Facets | null = null;
  /** The dataset info for the source line, kept from the first answer that had it. */
  info: DatasetInfo | null = null;
  private readonly host: ReactiveControllerHost;
  private readonly request: () => LoadRequest | null;
  private readonly onLoaded: (loaded: Loaded) => void;
  private key = '';
  private controller: AbortController | null = null;

  constructor(host: ReactiveControllerHost, request: () => LoadRequest | null, onLoaded: (loaded: Loaded) => void) {
    this.host = host;
    this.request = request;
    this.onLoaded = onLoaded;
    host.addController(this);
  }

  /** Before each render: a changed request starts now, so its busy state renders at once. */
  hostUpdate(): void {
    const request = this.request();
    const key = requestKey(request);
    if (key === this.key) return;
    this.key = key;
    if (request) void this.run(request);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    // Back on the page, it loads again.
    this.key = '';
  }

  /** Asks again for the current request. */
  retry(): void {
    this.key = '';
    this.host.requestUpdate();
  }

  private async run(request: LoadRequest): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.busy = true;
    try {
      const include: Include = { facets: request.facets, meta: this.info === null };
      const resolved = request.source();
      // The API's source comes back at once: not awaiting it lets the request leave before this render.
      const source = resolved instanceof Promise ? await resolved : resolved;
      const answer = await source.load(request.params, include, signal);
      if (signal.aborted) return;
      this.info = answer.info ?? this.info;
      this.facets = answer.facets ?? (request.facets ? this.facets : null);
      this.loaded = { ...answer, view: request.view };
      this.error = null;
      this.onLoaded(this.loaded);
    } catch (error) {
      if (signal.aborted) return;
      this.loaded = undefined;
      this.error = widgetErrorOf(error);
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
