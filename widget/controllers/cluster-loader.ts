import { Task, TaskStatus, initialState } from '@lit/task';
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
 * Loads the host's rows with `@lit/task`: one request per change of the request key, the one in
 * flight aborted when a newer one starts or the host leaves the page, and an overtaken answer
 * never painted. Facets and the dataset info come in the same answer; the info is asked for once.
 */
export class ClusterLoader implements ReactiveController {
  /** The dataset info for the source line, kept from the first answer that had it. */
  info: DatasetInfo | null = null;
  private facetsShown: Facets | null = null;
  private readonly task: Task<[LoadRequest | null], Loaded>;

  constructor(host: ReactiveControllerHost, request: () => LoadRequest | null, onLoaded: (loaded: Loaded) => void) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [request()],
      argsEqual: ([previous], [next]) => requestKey(previous ?? null) === requestKey(next ?? null),
      task: ([next], { signal }) => (next ? this.load(next, signal) : initialState),
      onComplete: (loaded) => onLoaded(loaded),
    });
  }

  hostConnected(): void {
    // Aborted by a disconnection: back on the page, it loads again.
    if (this.task.status === TaskStatus.ERROR && this.task.error instanceof DOMException) void this.task.run();
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  /** The latest answer, kept on screen while the next one loads. */
  get loaded(): Loaded | undefined {
    return this.task.status === TaskStatus.ERROR ? undefined : this.task.value;
  }

  /** The facets for the controls: the latest ones, kept while loading. */
  get facets(): Facets | null {
    return this.facetsShown;
  }

  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  get error(): WidgetError | null {
    return this.task.status === TaskStatus.ERROR ? widgetErrorOf(this.task.error) : null;
  }

  /** Asks again for the current request. */
  retry(): void {
    void this.task.run();
  }

  private async load(request: LoadRequest, signal: AbortSignal): Promise<Loaded> {
    const include: Include = { facets: request.facets, meta: this.info === null };
    const source = await request.source();
    const answer = await source.load(request.params, include, signal);
    // Task ignores an overtaken answer, but this one must not even update the facets or info.
    // (Not signal.throwIfAborted(): Chromium before 100 lacks it.)
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    this.info = answer.info ?? this.info;
    this.facetsShown = answer.facets ?? (request.facets ? this.facetsShown : null);
    return { ...answer, view: request.view };
  }
}
