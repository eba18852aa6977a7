import { WidgetError } from './source';

/** Path of the engine chunk relative to the widget file, injected by the build. */
declare const __CLUSTER_LIST_ENGINE__: string;

/** Failed loads of the chunk so far on this page. */
let failures = 0;

/**
 * Loads the engine chunk (widget/engine.ts). It is addressed relative to this file so that the
 * hashed file and its stable alias both find the one immutable chunk, and it shares nothing with
 * whichever of them loaded it. A chunk the host page blocks (a CSP, a filter, a broken mirror) is
 * a `code` error: the first rows stay, and the controls say that filtering is unavailable.
 */
export async function loadEngine(): Promise<typeof import('./engine')> {
  const chunk = new URL(__CLUSTER_LIST_ENGINE__, import.meta.url);
  // A module that failed to load stays failed for its URL in some engines (Chromium 80 and 86 and
  // Firefox ESR keep the failure in their module map; test/engines): a retry asks under a URL of its own.
  if (failures) chunk.searchParams.set('retry', String(failures));
  try {
    return (await import(/* @vite-ignore */ chunk.href)) as typeof import('./engine');
  } catch {
    failures++;
    throw new WidgetError('code', chunk.href);
  }
}
