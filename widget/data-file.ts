import { WidgetError } from './source';

/**
 * Fetches one of the widget's JSON data files and checks its shape. Every way it can fail becomes
 * a {@link WidgetError} naming the file: a reader sees a clear message and a retry, never a blank
 * box or half a list.
 *
 * Plain `fetch` defaults (mode `cors`, credentials `same-origin`): exactly what a
 * `<link rel="preload" as="fetch" crossorigin>` for the same URL sends, so the browser hands this
 * request the preloaded response instead of making a second one. `reload` revalidates with the
 * server past any cached copy (`cache: 'no-cache'`), for a file that may be older than the one it must match.
 */
export async function fetchDataFile<T>(
  url: string,
  isShape: (value: unknown) => value is T,
  options: { signal?: AbortSignal; reload?: boolean } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, ...(options.reload ? { cache: 'no-cache' as const } : {}) });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new WidgetError('network', url);
  }
  if (response.status === 404) throw new WidgetError('missing', url);
  if (!response.ok) throw new WidgetError('network', url);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new WidgetError('invalid', url);
  }
  if (!isShape(body)) throw new WidgetError('invalid', url);
  return body;
}
