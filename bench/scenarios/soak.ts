import { runLoad, wirePath, type LoadResult } from '../load';

/** Settings of the soak step. */
export interface SoakOptions {
  connections: number;
  durationSeconds: number;
}

/** The soak run's figures and whether it met the zero-error goal. */
export interface SoakSummary extends LoadResult {
  connections: number;
  durationSeconds: number;
  mix: string[];
}

/**
 * Puts the real Worker under many concurrent connections for a long stretch, cycling through a mix
 * of fixed paths with never-seen queries between them, and counts every failure.
 */
export async function soak(origin: URL, fixedPaths: readonly string[], unique: () => string, options: SoakOptions): Promise<SoakSummary> {
  const encoded = fixedPaths.map(wirePath);
  let turn = 0;
  const next = (): string => {
    const index = turn++ % (encoded.length + 1);
    return index === encoded.length ? unique() : encoded[index]!;
  };
  const result = await runLoad({ origin, path: next, connections: options.connections, durationSeconds: options.durationSeconds });
  return { ...result, ...options, mix: [...fixedPaths, '(a never-seen /api/v1/clusters query)'] };
}
