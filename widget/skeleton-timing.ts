/**
 * A first answer quicker than this is drawn at once. A slower one gets the skeleton first: drawn
 * straight away, the skeleton's own first layout would hold up rows that were about to arrive.
 */
export const SKELETON_DELAY_MS = 150;

/**
 * Whether to draw the skeleton at once: this very file took longer than {@link SKELETON_DELAY_MS}
 * to arrive (over the network; from the cache it is quick), and the data files, on the same host,
 * will most likely be as slow, so the skeleton is best laid out while the network works,
 * not just as the rows land. False when unknown: the file bundled into another one, or the page's
 * timing buffer full.
 */
export function skeletonAtOnce(): boolean {
  // Unless the page preloaded the first-view file (the embed snippet's hint) and it is already in:
  // then the rows can be drawn straight away, and a skeleton first would only hold them up.
  const preloaded = performance
    .getEntriesByType('resource')
    .some((entry) => (entry as PerformanceResourceTiming).initiatorType === 'link' && entry.name.includes('/data/views/'));
  return !preloaded && (performance.getEntriesByName(import.meta.url)[0]?.duration ?? 0) > SKELETON_DELAY_MS;
}
