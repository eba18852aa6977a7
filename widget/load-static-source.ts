import type { StaticSource } from './source';

/** Path of the self-hosted chunk relative to the widget file, injected by the build. */
declare const __CLUSTER_LIST_SELF_HOSTED__: string;

/**
 * Loads self-hosted mode's code, a separately built module with its own copy of core's filters.
 * It is addressed relative to this file so that the hashed file and its stable alias both find
 * the one immutable chunk, and the chunk shares nothing with whichever of them loaded it.
 */
export async function loadStaticSource(url: string): Promise<StaticSource> {
  const chunk = new URL(__CLUSTER_LIST_SELF_HOSTED__, import.meta.url).href;
  const module = (await import(/* @vite-ignore */ chunk)) as typeof import('./static-source');
  return module.createStaticSource(url);
}
