/**
 * Whether this very file took longer than `ms` to arrive (over the network: from the cache it is
 * quick). The API is on the same host by default, so its first answer will most likely be as slow.
 * False when unknown: the file bundled into another one, or the page's timing buffer full.
 */
export function arrivedSlowerThan(ms: number): boolean {
  return (performance.getEntriesByName(import.meta.url)[0]?.duration ?? 0) > ms;
}
