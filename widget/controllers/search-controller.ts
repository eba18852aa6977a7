import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing may pause before the search runs. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box's text as the reader types it, committed after a pause in typing, on Enter or
 * on change; a pending commit is dropped when the host leaves the page.
 */
export class SearchController implements ReactiveController {
  /** What the box shows (the committed search is the host's view). */
  text = '';
  private readonly host: ReactiveControllerHost;
  private readonly onCommit: (text: string) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, onCommit: (text: string) => void) {
    this.host = host;
    this.onCommit = onCommit;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Shows `text` without running a search (a preset, or the filters cleared). */
  reset(text: string): void {
    this.text = text;
  }

  readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(), SEARCH_DEBOUNCE_MS);
  };

  /** Runs the search now (Enter, change, or the pause); a form's submit goes no further. */
  readonly commit = (event?: Event): void => {
    event?.preventDefault();
    clearTimeout(this.timer);
    this.onCommit(this.text);
  };
}
