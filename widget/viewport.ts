/** How far outside the viewport a widget starts fetching, so its rows are there when it scrolls in. */
export const VIEWPORT_MARGIN = 300;

/** Whether `element` is within {@link VIEWPORT_MARGIN} px of the viewport (reads layout once). */
export function isNearViewport(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top < innerHeight + VIEWPORT_MARGIN && bottom > -VIEWPORT_MARGIN;
}
