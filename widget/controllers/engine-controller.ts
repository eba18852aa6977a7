import type { ReactiveControllerHost } from 'lit';
import type { FirstView } from '../../core/first-view';
import { dataUrl, latestSnapshotUrl } from '../data-location';
import { loadFirstView } from '../first-view-source';
import { loadEngine } from '../load-engine';
import { widgetErrorOf, type Engine, type SnapshotChoice, type WidgetError } from '../source';

/** Where the engine is: not asked for yet, on its way, answering, or failed (retried on the next ask). */
export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

/** The first view on screen and its file, whose snapshot is the one that matches its rows. */
interface ShownFirstView {
  url: string;
  view: FirstView;
}

/** The snapshot a first view names: of its own version. */
function snapshotOf(view: FirstView): SnapshotChoice {
  return { url: dataUrl(view.snapshot), version: view.version };
}

/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: soon, then). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}

/**
 * The host's engine (the lazy chunk, widget/engine.ts) over the snapshot that matches the rows on
 * screen: the host's `src`, else the snapshot the first view on screen names (of its own
 * version), else the latest snapshot beside the script. Its state changes update the host, whose
 * controls say when filtering is unavailable.
 */
export class EngineController {
  state: EngineState = 'idle';
  /** Why the last load failed; null unless `state` is `failed`. */
  error: WidgetError | null = null;
  /** The engine, once `state` is `ready`: rows answered by it can be marked up with its search hits. */
  current: Engine | null = null;
  private readonly host: ReactiveControllerHost;
  private engine: Promise<Engine> | null = null;
  private src: string | null = null;
  private firstView: ShownFirstView | null = null;

  constructor(host: ReactiveControllerHost) {
    // Only asks the host to update; it has nothing to do when the host connects or disconnects.
    this.host = host;
  }

  /** The engine's code did not load (blocked, offline): only the rows already on screen can show. */
  get codeFailed(): boolean {
    return this.state === 'failed' && this.error?.kind === 'code';
  }

  /** Notes the first view now on screen, so the engine reads the snapshot of the same version. */
  showFirstView(url: string, view: FirstView): void {
    this.firstView = { url, view };
  }

  /** Loads the engine once the browser is idle, so the reader's first change is answered at once. */
  warm(src: string | null): void {
    if (this.state === 'idle') whenIdle(() => void this.get(src).catch(() => {}));
  }

  /** Loads the engine again after a failure (the reader's retry). */
  retry(): void {
    void this.get(this.src).catch(() => {});
  }

  /** The engine for the host's `src` (null: the data folder's), loading it when needed. */
  get(src: string | null): Promise<Engine> {
    if (src !== this.src) {
      this.src = src;
      this.engine = null;
    }
    this.engine ??= this.start(src);
    return this.engine;
  }

  private async start(src: string | null): Promise<Engine> {
    this.setState('loading', null);
    try {
      const engine = await this.open(src);
      this.current = engine;
      this.setState('ready', null);
      return engine;
    } catch (error) {
      this.engine = null;
      this.setState('failed', widgetErrorOf(error));
      throw error;
    }
  }

  private async open(src: string | null): Promise<Engine> {
    const { openEngine } = await loadEngine();
    if (src) return openEngine({ url: new URL(src, document.baseURI).href, version: null }, null);
    const shown = this.firstView;
    if (!shown) return openEngine({ url: latestSnapshotUrl(), version: null }, null);
    return openEngine(snapshotOf(shown.view), async () => {
      const fresh = await loadFirstView(shown.url, true);
      this.firstView = { url: shown.url, view: fresh };
      return snapshotOf(fresh);
    });
  }

  private setState(state: EngineState, error: WidgetError | null): void {
    this.state = state;
    this.error = error;
    this.host.requestUpdate();
  }
}
