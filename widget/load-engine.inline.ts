/** The standalone build's (and tests') engine loader: the engine bundled in, no chunk to fetch. */
export function loadEngine(): Promise<typeof import('./engine')> {
  return import('./engine');
}
