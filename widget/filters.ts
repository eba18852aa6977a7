import { MAX_LIMIT } from '../core/contract';
import type { ClusterListFilters } from './events';

/** The reader's view: what the controls show. Years are kept as typed so a bad preset is reported, not dropped. */
export interface ViewState {
  province: string;
  city: string;
  years: string[];
  q: string;
  /** 门类 of the derived GB/T 4754 classification (a letter), as the API's `section`. */
  section: string;
  /** 大类 (two digits), as the API's `division`. */
  division: string;
  sort: string;
  page: number;
}

/** Names accepted by `hide-filters`. `csv` is an alias of `download`, `division` of `industry`. */
export type HideableControl = 'search' | 'province' | 'city' | 'industry' | 'year' | 'sort' | 'download';

const HIDEABLE: readonly HideableControl[] = ['search', 'province', 'city', 'industry', 'year', 'sort', 'download'];
const ALIASES: Readonly<Record<string, HideableControl>> = { csv: 'download', years: 'year', division: 'industry' };

/** Parses `hide-filters="year, sort"` (commas or spaces); unknown names are ignored. */
export function parseHidden(value: string | null | undefined): Set<HideableControl> {
  const hidden = new Set<HideableControl>();
  for (const token of (value ?? '').toLowerCase().split(/[\s,]+/)) {
    const name = ALIASES[token] ?? token;
    if ((HIDEABLE as readonly string[]).includes(name)) hidden.add(name as HideableControl);
  }
  return hidden;
}

/** Splits a `year` attribute ("2023,2024") into tokens, keeping invalid ones for the parser to reject. */
export function yearTokens(value: string | null | undefined): string[] {
  const years = (value ?? '')
    .split(/[\s,，]+/)
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
  return [...new Set(years)].sort();
}

/** The presets an element starts from: its attributes. */
export interface Presets {
  province?: string | null | undefined;
  city?: string | null | undefined;
  year?: string | null | undefined;
  q?: string | null | undefined;
  section?: string | null | undefined;
  division?: string | null | undefined;
}

/** The view an element's presets put the reader on: page 1, in the given sort order (presets set none). */
export function presetView(presets: Presets, sort: string): ViewState {
  return {
    province: presets.province ?? '',
    city: presets.city ?? '',
    years: yearTokens(presets.year),
    q: presets.q ?? '',
    section: presets.section ?? '',
    division: presets.division ?? '',
    sort,
    page: 1,
  };
}

/** The years after the reader toggles a chip: `year` in or out (ascending), or none for "all years". */
export function toggledYears(years: readonly string[], year: string | null): string[] {
  if (year === null) return [];
  return years.includes(year) ? years.filter((selected) => selected !== year) : [...years, year].sort();
}

/** `page-size` clamped to the API's largest page; anything unusable falls back to 10. */
export function clampPageSize(value: unknown): number {
  const size = Math.floor(Number(value));
  if (!Number.isFinite(size) || size < 1) return 10;
  return Math.min(size, MAX_LIMIT);
}

function setIf(params: URLSearchParams, name: string, value: string): void {
  if (value.trim() !== '') params.set(name, value.trim());
}

/** Query parameters for the filters of `view` (no sort or paging): what the CSV link takes. */
export function filterParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  setIf(params, 'province', view.province);
  setIf(params, 'city', view.city);
  setIf(params, 'year', view.years.join(','));
  setIf(params, 'section', view.section);
  setIf(params, 'division', view.division);
  setIf(params, 'q', view.q);
  return params;
}

/** Query parameters of the `/clusters` request for the page the reader is on. */
export function pageParams(view: ViewState, pageSize: number): URLSearchParams {
  const params = filterParams(view);
  setIf(params, 'sort', view.sort);
  params.set('limit', String(pageSize));
  if (view.page > 1) params.set('offset', String((view.page - 1) * pageSize));
  return params;
}

/** The public shape of the view, for events. */
export function publicFilters(view: ViewState): ClusterListFilters {
  return {
    province: view.province,
    city: view.city,
    year: view.years.map(Number).filter(Number.isInteger),
    q: view.q,
    section: view.section,
    division: view.division,
    sort: view.sort,
    page: view.page,
  };
}
