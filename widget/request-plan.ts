/**
 * What one load asks for, decided in one place for the element and for the preload hint of the
 * embed snippet (`embed-urls.ts`): both must name the very same URL, or the browser fetches twice.
 */
import { clampPageSize, pageParams, parseHidden, presetView, type HideableControl, type Presets } from './filters';
import type { Include } from './source';

/** What decides which controls show: the presets, the hidden controls and the reader's province. */
export interface ControlsState {
  presetProvince: string | null | undefined;
  presetCity: string | null | undefined;
  hidden: Set<HideableControl>;
  /** The province the reader is looking at (the preset, or their choice). */
  viewProvince: string;
}

/** The province select shows unless a province is preset or the host hides it. */
export function showsProvinceSelect({ presetProvince, hidden }: ControlsState): boolean {
  return !presetProvince && !hidden.has('province');
}

/** The city select shows once a province is chosen, unless a city is preset or the host hides it. */
export function showsCitySelect({ presetProvince, presetCity, hidden, viewProvince }: ControlsState): boolean {
  return !presetCity && !hidden.has('city') && Boolean(presetProvince || viewProvince);
}

/**
 * Facets are asked for when something shows their counts: the year chips or a select. core's
 * facets are disjunctive, and the province counts ignore the city too, so one answer serves all.
 */
export function wantsFacets(state: ControlsState): boolean {
  return !state.hidden.has('year') || showsProvinceSelect(state) || showsCitySelect(state);
}

/** The first load of an element in API mode, read from its attributes. */
export interface FirstRequest {
  api: string | null;
  params: URLSearchParams;
  include: Include;
}

/** The presets of a `<cluster-list>` read from its attributes, before it is defined. */
export function presetsOf(element: Element): Presets {
  const attribute = (name: string) => element.getAttribute(name);
  return { province: attribute('province'), city: attribute('city'), year: attribute('year'), q: attribute('q') };
}

/** The first request of a `<cluster-list>` from its attributes; null in self-hosted mode (`src`). */
export function firstRequestOf(element: Element): FirstRequest | null {
  const attribute = (name: string) => element.getAttribute(name);
  if (attribute('src')) return null;
  const presets = presetsOf(element);
  const view = presetView(presets, '');
  const state: ControlsState = {
    presetProvince: presets.province,
    presetCity: presets.city,
    hidden: parseHidden(attribute('hide-filters')),
    viewProvince: view.province,
  };
  // The first answer also brings the dataset info for the source line; later ones need not.
  const include = { facets: wantsFacets(state), meta: true };
  return { api: attribute('api'), params: pageParams(view, clampPageSize(attribute('page-size'))), include };
}
