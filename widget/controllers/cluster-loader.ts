import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../filters';
import { firstViewAnswer, loadFirstView, type FirstViewFile } from '../first-view-source';
import { widgetErrorOf, type AnswerFacets, type DatasetInfo, type SourceAnswer, type WidgetError } from '../source';
import type { EngineController } from './engine-controller';

/** One load: the reader's view, its `/clusters` parameters, and the files that can answer it. */
export interface LoadRequest {
  view: ViewState;
  params: URLSearchParams;
  pageSize: number;
  /** The first-view file that answers this view, or null when only the engine can. */
  firstView: FirstViewFile | null;
  /** The host's snapshot (`src`), or null for the one in the widget's data folder. */
  src: string | null;
}

/** The rows on screen and the view they answer, which may lag behind the controls while loading. */
export interface Loaded extends SourceAnswer {
  view: ViewState;
}

function requestKey(request: LoadRequest | null): string {
  return request ? `${request.src}\n${request.params}` : '';
}

/**
 * Loads the host's rows: one load per change of the request key, checked before each render; an
 * overtaken answer is never painted. A view that has a first-view file is answered from it while
 * the engine is not ready, and the engine then loads while the browser is idle; every other view
 * is answered by the engine. No load ever calls the API.
 */
export class ClusterLoader implements ReactiveController {
  /** The latest answer, kept on screen while the next one loads; undefined after an error. */
  loaded: Loaded | undefined;
  error: WidgetError | null = null;
  busy = false;
  /** The facets for the controls: the latest ones, kept while loading. */
  facets: AnswerFacets | null = null;
  /** The dataset info for the source line, from the latest answer. */
  info: DatasetInfo | null = null;
  private readonly host: ReactiveControllerHost;
  private readonly engine: EngineController;
  private readonly request: () => LoadRequest | null;
  private readonly onLoaded: (loaded: Loaded) => void;
  private key = '';
  /** Counts loads, so that only the latest one's answer is shown. */
  private generation = 0;
  /** The request whose answer is on screen. */
  private shown: LoadRequest | null = null;

  constructor(host: ReactiveControllerHost, engine: EngineController, request: () => LoadRequest | null, onLoaded: (loaded: Loaded) => void) {
    this.host = host;
    this.engine = engine;
    this.request = request;
    this.onLoaded = onLoaded;
    host.addController(this);
  }

  /** Before each render: a changed request starts now, so its busy state renders at once. */
  hostUpdate(): void {
    const request = this.request();
    const key = requestKey(request);
    if (key !== this.key) {
      this.key = key;
      if (request) void this.run(request);
    }
    this.completeFacets();
  }

  hostDisconnected(): void {
    this.generation++;
    // Back on the page, it loads again.
    this.key = '';
  }

  /** Asks again for the current request. */
  retry(): void {
    this.key = '';
    this.host.requestUpdate();
  }

  /**
   * A first view leaves the industry facets out, so the first paint does not pay for them. Once
   * the engine is ready, it counts them for the rows on screen (in memory, no request), and the
   * industry select fills in with the same render.
   */
  private completeFacets(): void {
    const engine = this.engine.current;
    if (engine && this.shown && !this.busy && !this.facets?.division) this.facets = engine.load(this.shown.params).facets;
  }

  private async answer(request: LoadRequest): Promise<SourceAnswer> {
    const file = request.firstView;
    if (file && this.engine.state !== 'ready') {
      try {
        const view = await loadFirstView(file.url);
        this.engine.showFirstView(file.url, view);
        return firstViewAnswer(view, request.pageSize);
      } catch (error) {
        // A year the data does not have has no first view: the engine says so as the API would.
        if (!file.optional || widgetErrorOf(error).kind !== 'missing') throw error;
      }
    }
    return (await this.engine.get(request.src)).load(request.params);
  }

  private async run(request: LoadRequest): Promise<void> {
    const generation = ++this.generation;
    this.busy = true;
    try {
      const answer = await this.answer(request);
      if (generation !== this.generation) return;
      this.info = answer.info;
      this.facets = answer.facets;
      this.loaded = { ...answer, view: request.view };
      this.shown = request;
      this.error = null;
      this.onLoaded(this.loaded);
      if (request.firstView) this.engine.warm(request.src);
    } catch (error) {
      if (generation !== this.generation) return;
      const failure = widgetErrorOf(error);
      // The engine's code did not load: the rows on screen stay, and the controls say filtering is unavailable.
      if (failure.kind !== 'code' || !this.loaded) {
        this.loaded = undefined;
        this.error = failure;
      }
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
