import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNearViewport, VIEWPORT_MARGIN } from '../viewport';

/**
 * Tells whether the host has come within {@link VIEWPORT_MARGIN} px of the viewport; once it has,
 * it stays true. A widget far below the fold fetches nothing until the reader scrolls near it.
 */
export class NearViewportController implements ReactiveController {
  /** True from the first time the host was near the viewport. */
  near = false;
  private readonly host: ReactiveControllerHost & Element;
  private observer: IntersectionObserver | null = null;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Above the fold, the first update fetches, instead of a frame later when the observer reports.
    if (this.near || isNearViewport(this.host)) {
      this.near = true;
      return;
    }
    this.observer = new IntersectionObserver((entries) => this.onIntersection(entries), { rootMargin: `${VIEWPORT_MARGIN}px` });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    this.near = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }
}
