/**
 * URLs an embed snippet writes around a `<cluster-list>`, computed by the widget itself so that
 * they can never drift from what it requests: the preload hint's URL must be exactly the first
 * request's, or the browser fetches twice.
 */
import { filterParams, presetView } from './filters';
import { firstRequestOf, presetsOf } from './request-plan';
import { apiSourceFor } from './resolve-source';

/** The URLs of {@link embedUrls}. */
export interface EmbedUrls {
  /** The first API request, for `<link rel="preload" as="fetch" crossorigin>`; null in self-hosted mode. */
  preload: string | null;
  /** The CSV of the presets, for the plain link a snippet puts inside the element. */
  csv: string;
}

/** The URLs of an element's embed snippet, from its attributes. */
export function embedUrls(element: Element): EmbedUrls {
  const request = firstRequestOf(element);
  const csv = apiSourceFor(element.getAttribute('api')).csvUrl(filterParams(presetView(presetsOf(element), '')));
  return { preload: request && apiSourceFor(request.api).url(request.params, request.include), csv };
}
