/** Which controls show: decided in one place from the presets, the hidden controls and the reader's province. */
import type { HideableControl } from './filters';

/** What decides which controls show. */
export interface ControlsState {
  presetProvince: string | null | undefined;
  presetCity: string | null | undefined;
  presetDivision: string | null | undefined;
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

/** The industry select shows unless a division is preset or the host hides it. */
export function showsDivisionSelect({ presetDivision, hidden }: ControlsState): boolean {
  return !presetDivision && !hidden.has('industry');
}
