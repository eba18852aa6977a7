/**
 * The filter form: search, province, city, industry and sort, each shown as widget/controls.ts
 * decides. A pure function of the view and the counts, like the other templates in views.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { showsCitySelect, showsDivisionSelect, showsProvinceSelect, type ControlsState } from './controls';
import type { ViewState } from './filters';
import { SORT_OPTIONS, type Messages, type SortOption } from './i18n';
import type { AnswerFacets } from './source';
import { searchView, selectView } from './views';

/** The sort orders as select options; '' (the API's default order) is the select's first option. */
const SORTS = SORT_OPTIONS.filter((key) => key !== '').map((value) => ({ value, count: 0 }));

export interface ControlsViewOptions {
  view: ViewState;
  /** The counts for the view on screen; the industry ones come once the engine answered. */
  facets: AnswerFacets | null;
  controls: ControlsState;
  searchText: string;
  /** Filtering is unavailable (the engine's code did not load). */
  disabled: boolean;
  onSearchInput: (event: Event) => void;
  onSearchCommit: (event: Event) => void;
  onChange: (patch: Partial<ViewState>) => void;
}

/** The form of the controls, in the order a reader narrows the list. */
export function controlsView(t: Messages, options: ControlsViewOptions): TemplateResult {
  const { view, facets, controls, disabled, onChange } = options;
  const place = t.placeName;
  const search = searchView(t, options.searchText, disabled, options.onSearchInput, options.onSearchCommit);
  const province = selectView(t.province, t.allProvinces, view.province, facets?.province ?? [], place, disabled, (value) =>
    onChange({ province: value, city: '' }),
  );
  const city = selectView(t.city, t.allCities, view.city, facets?.city ?? [], place, disabled, (value) => onChange({ city: value }));
  // A first view has no industry counts: the select waits, disabled, for the engine's (no layout shift).
  const divisions = facets?.division;
  const divisionName = (code: string) => divisions?.find((entry) => entry.value === code)?.name ?? code;
  const division = selectView(t.division, t.allDivisions, view.division, divisions ?? [], divisionName, disabled || !divisions, (value) =>
    onChange({ division: value }),
  );
  const sortLabel = (key: string) => t.sortOptions[key as SortOption];
  const sort = selectView(t.sort, t.sortOptions[''], view.sort, SORTS, sortLabel, disabled, (value) => onChange({ sort: value }));
  return html`
    <form class="controls" role="search" @submit=${options.onSearchCommit}>
      ${controls.hidden.has('search') ? nothing : search}
      ${showsProvinceSelect(controls) ? province : nothing}
      ${showsCitySelect(controls) ? city : nothing}
      ${showsDivisionSelect(controls) ? division : nothing}
      ${controls.hidden.has('sort') ? nothing : sort}
    </form>
  `;
}
