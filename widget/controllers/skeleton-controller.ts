import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SKELETON_DELAY_MS, skeletonAtOnce } from '../skeleton-timing';

/**
 * The space a widget takes while it loads, so nothing on the host page moves:
 * - before the first answer and the skeleton (`waiting`), the element keeps the height the page
 *   reserved for it (its `:not(:defined)` rule);
 * - the list body then keeps the skeleton's height until the reader first interacts.
 */
export class SkeletonController implements ReactiveController {
  /** True until the first answer, or until {@link SKELETON_DELAY_MS} have passed without one. */
  waiting: boolean;
  /** The body's skeleton height stays reserved until the reader first interacts. */
  reserving = true;
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** Height of the element before it was defined (a host page's `:not(:defined)` reservation). */
  private readonly reservedHeight: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.waiting = !skeletonAtOnce();
    // Upgrading, the element does not match :defined yet, so this is what the page reserved.
    this.reservedHeight = host.isConnected ? host.getBoundingClientRect().height : 0;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.waiting) this.timer ??= setTimeout(() => this.onDelayPassed(), SKELETON_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The first answer (rows or an error) is in: the update under way draws the widget. */
  settle(): void {
    this.waiting = false;
    this.hostDisconnected();
  }

  private onDelayPassed(): void {
    this.settle();
    this.host.requestUpdate();
  }

  /** The reader interacted: the body may now take its rows' own height. */
  release(): void {
    this.reserving = false;
  }

  /**
   * Applies the reserved heights through the CSSOM, not a style attribute, so a host page's CSP
   * without 'unsafe-inline' allows it.
   */
  apply(root: ParentNode, rowsReserved: number): void {
    const body = root.querySelector<HTMLElement>('.body');
    if (body) body.style.minHeight = this.reserving ? `calc(var(--_row) * ${rowsReserved})` : '';
    const reserved = root.querySelector<HTMLElement>('.reserved');
    if (reserved) reserved.style.height = `${this.reservedHeight}px`;
  }
}
