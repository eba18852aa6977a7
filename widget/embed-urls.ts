/**
 * URLs an embed snippet writes around a `<cluster-list>`, computed by the widget itself so that
 * they can never drift from what it requests: the preload hint's URL must be exactly the first
 * request's, or the browser fetches twice.
 */
import { filterParams, presetView } from './filters';
import { firstRequestOf, presetsOf } from './request-plan';
import { apiSourceFor } from './resolve-source';

/**
 * The URL of the element's first API request, for `<link rel="preload" as="fetch" crossorigin>`;
 * null in self-hosted mode (`src`).
 */
export function firstRequestUrl(element: Element): string | null {
  const request = firstRequestOf(element);
  return request && apiSourceFor(request.api).url(request.params, request.include);
}

/** The CSV of the element's presets, for the plain link a snippet puts inside the element. */
export function presetCsvUrl(element: Element): string {
  const view = presetView(presetsOf(element), '');
  return apiSourceFor(element.getAttribute('api')).csvUrl(filterParams(view));
}
