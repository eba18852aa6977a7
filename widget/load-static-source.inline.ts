import type { StaticSource } from './source';

/** The standalone build's (and tests') self-hosted loader: static-source bundled in, no extra file. */
export async function loadStaticSource(url: string): Promise<StaticSource> {
  const { createStaticSource } = await import('./static-source');
  return createStaticSource(url);
}
