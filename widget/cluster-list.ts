import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ClusterRecord } from '../core/record';
import { styles } from './cluster-list.styles';
import { ClusterLoader, type Loaded, type LoadRequest } from './controllers/cluster-loader';
import { NearViewportController } from './controllers/near-viewport-controller';
import { SkeletonController } from './controllers/skeleton-controller';
import { emit, FILTER_CHANGE_EVENT, LOAD_EVENT, SELECT_EVENT } from './events';
import { clampPageSize, filterParams, pageParams, parseHidden, presetView, publicFilters, type ViewState } from './filters';
import { searchTerms } from './highlight';
import { messagesFor, placeLabel, resolveLocale, SORT_KEYS, type Messages, type SortKey } from './i18n';
import { showsCitySelect, showsProvinceSelect, wantsFacets, type ControlsState } from './request-plan';
import { apiSourceFor, resolveSource, staticSourceFor } from './resolve-source';
import { WidgetError, type StaticSource } from './source';
import { chipsView, chipYears, noticeView, pagerView, placesOf, rowView, searchView, selectView, skeletonView, sourceView } from './views';

const SEARCH_DEBOUNCE_MS = 300;
const PRESETS = ['province', 'city', 'year', 'q', 'pageSize', 'src', 'api'] as const;
/** The sort orders as select options; '' (the API's default order) is the select's first option. */
const SORTS = SORT_KEYS.filter((key) => key !== '').map((value) => ({ value, count: 0 }));

/**
 * `<cluster-list>`: the national list of SME characteristic industrial clusters, filtered to
 * what the host page asks for, with search, year chips, sorting, paging and a CSV download.
 *
 * @summary Embeddable list of China's SME characteristic industrial clusters (中小企业特色产业集群).
 *
 * @fires cluster-list-load - Rows for the current filters have rendered. Detail: `{ total, filters, datasetVersion }`.
 * @fires cluster-list-filter-change - The reader changed a filter, the sort order or the page. Detail: `{ filters }`.
 * @fires cluster-list-select - The reader opened a row. Detail: `{ record }`.
 *
 * @csspart header - The title and the live result count.
 * @csspart search - The search box.
 * @csspart select - The province, city and sort selects.
 * @csspart chip - Each year chip.
 * @csspart row - Each row of the list.
 * @csspart pager - The pagination controls.
 * @csspart download - The CSV download control.
 * @csspart source - The source line (MIIT notices and data version).
 *
 * @cssprop [--cluster-list-accent=#0b57d0] - Links, focus ring and selected chips (dark: #a8c7fa).
 * @cssprop [--cluster-list-font=system-ui] - Font family.
 * @cssprop [--cluster-list-radius=0.375em] - Corner radius of the box and the controls.
 * @cssprop [--cluster-list-background=#fff] - Background (dark: #1e1f20).
 * @cssprop [--cluster-list-text=#1b1b1b] - Text colour (dark: #ececec).
 * @cssprop [--cluster-list-border=#8a8a8a] - Borders of the box and the controls (dark: #8e8e8e).
 * @cssprop [--cluster-list-muted=#545454] - Secondary text (dark: #b8b8b8).
 * @cssprop [--cluster-list-mark=#ffe58a] - Highlight behind matched search terms (dark: #6b5300).
 */
export class ClusterList extends LitElement {
  static override styles = styles;

  // Attributes set properties. Only the booleans reflect back (the styles select on them).
  static override properties = {
    // Lit's default attribute converter is String's.
    province: {},
    city: {},
    year: {},
    q: {},
    lang: {},
    pageSize: { type: Number, attribute: 'page-size' },
    hideFilters: { attribute: 'hide-filters' },
    api: {},
    src: {},
    compact: { type: Boolean, reflect: true },
    largeText: { type: Boolean, attribute: 'large-text', reflect: true },
    _view: { state: true },
    _search: { state: true },
    _downloadFailed: { state: true },
  };

  /** Preset province (any spelling the API accepts); hides the province select. */
  declare province: string | null | undefined;
  /** Preset city (full or short name); hides the city select. */
  declare city: string | null | undefined;
  /** Preset year(s): "2023" or "2023,2024". The reader can change them with the chips. */
  declare year: string | null | undefined;
  /** Preset search text. */
  declare q: string | null | undefined;
  /** `zh-CN` (default) or `en`. */
  declare lang: string;
  /** Rows per page, 1–300 (default 10). */
  declare pageSize: number | null | undefined;
  /** Controls to hide, comma or space separated: search, province, city, year, sort, download. */
  declare hideFilters: string | null | undefined;
  /** Origin of the API (default: where this script was loaded from). */
  declare api: string | null | undefined;
  /** URL of a static `clusters.json` snapshot: self-hosted mode, no API requests at all. */
  declare src: string | null | undefined;
  /** Denser rows. */
  declare compact: boolean | null | undefined;
  /** Larger type and 44 px targets (适老化). */
  declare largeText: boolean | null | undefined;

  declare private _view: ViewState;
  declare private _search: string;
  declare private _downloadFailed: boolean;

  private readonly viewport = new NearViewportController(this);
  private readonly skeleton = new SkeletonController(this);
  private readonly loader = new ClusterLoader(this, () => this.loadRequest(), (loaded) => (this.loadEventPending = loaded));
  private loadEventPending: Loaded | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // The public properties start undefined: an absent attribute means "not preset".
    this._view = { province: '', city: '', years: [], q: '', sort: '', page: 1 };
    this._search = '';
    this._downloadFailed = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  /** A change of any preset (or of the data source or page size) resets the reader's view to the presets. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (PRESETS.some((name) => changed.has(name))) {
      this._search = this.q ?? '';
      this._view = presetView(this, this._view.sort);
    }
    if (this.loader.loaded || this.loader.error) this.skeleton.settle();
  }

  protected override updated(): void {
    this.skeleton.apply(this.renderRoot, this.pageSizeValue);
    const loaded = this.loadEventPending;
    this.loadEventPending = null;
    if (loaded) emit(this, LOAD_EVENT, { total: loaded.page.total, filters: publicFilters(loaded.view), datasetVersion: loaded.page.datasetVersion });
  }

  /** What to load now; null while the widget is far from the viewport. */
  private loadRequest(): LoadRequest | null {
    if (!this.viewport.near) return null;
    return {
      sourceKey: `${this.src}\n${this.api}`,
      source: () => resolveSource(this.api, this.src),
      params: pageParams(this._view, this.pageSizeValue),
      view: this._view,
      facets: wantsFacets(this.controls),
    };
  }

  private get pageSizeValue(): number {
    return clampPageSize(this.pageSize);
  }

  private get controls(): ControlsState {
    return { presetProvince: this.province, presetCity: this.city, hidden: parseHidden(this.hideFilters), viewProvince: this._view.province };
  }

  private get messages(): Messages {
    return messagesFor(resolveLocale(this.lang));
  }

  private placeLabel(name: string): string {
    return placeLabel(resolveLocale(this.lang), name);
  }

  /** Applies a reader's change: back to page 1 unless paging, then tell the host. */
  private change(patch: Partial<ViewState>): void {
    this.skeleton.release();
    this._view = { ...this._view, page: 1, ...patch };
    emit(this, FILTER_CHANGE_EVENT, { filters: publicFilters(this._view) });
  }

  private onSearchInput(event: Event): void {
    this._search = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.commitSearch(), SEARCH_DEBOUNCE_MS);
  }

  private commitSearch(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.debounce);
    if (this._search.trim() !== this._view.q.trim()) this.change({ q: this._search });
  }

  private toggleYear(year: string | null): void {
    const years = this._view.years;
    if (year === null) this.change({ years: [] });
    else this.change({ years: years.includes(year) ? years.filter((y) => y !== year) : [...years, year].sort() });
  }

  private clearFilters(): void {
    this._search = this.q ?? '';
    this.change({ province: this.province ?? '', city: this.city ?? '', years: [], q: this.q ?? '' });
  }

  private retry(): void {
    this._downloadFailed = false;
    this.loader.retry();
  }

  private async downloadCsv(source: Promise<StaticSource>): Promise<void> {
    try {
      await (await source).downloadCsv(filterParams(this._view));
    } catch {
      this._downloadFailed = true;
    }
  }

  private onToggle(open: boolean, record: ClusterRecord): void {
    this.skeleton.release();
    if (open) emit(this, SELECT_EVENT, { record });
  }

  protected override render(): TemplateResult {
    if (this.skeleton.waiting) return html`<div class="reserved"></div>`;
    try {
      return this.renderWidget();
    } catch {
      // Never throw into the host page; a broken render shows the retryable error instead.
      return html`<div class="root"><p role="alert">${this.messages.failed}</p></div>`;
    }
  }

  private renderWidget(): TemplateResult {
    const t = this.messages;
    const hidden = parseHidden(this.hideFilters);
    return html`
      <div class="root" role="region" aria-labelledby="title" lang=${resolveLocale(this.lang)}>
        <header part="header">
          <p class="title" id="title">${t.title}</p>
          <p class="count" role="status" aria-live="polite">${this.countText(t)}</p>
        </header>
        ${this.renderControls(t)}
        ${hidden.has('year') ? nothing : this.renderChips(t)}
        <div class="body" aria-busy=${String(this.loader.busy)}>${this.renderBody(t)}</div>
        <div class="bar">${this.renderPager(t)}${hidden.has('download') ? nothing : this.renderDownload(t)}</div>
        ${sourceView(t, this.loader.info)}
      </div>
    `;
  }

  private countText(t: Messages): string {
    const loaded = this.loader.loaded;
    if (!loaded) return this.loader.error ? '' : t.loading;
    const { view, page } = loaded;
    // The rows spell the province's full name whatever spelling the filter used.
    const province = view.province && this.placeLabel(page.rows[0]?.province ?? view.province);
    return t.count(page.total, view.city || province);
  }

  private renderControls(t: Messages): TemplateResult {
    const facets = this.loader.facets;
    const view = this._view;
    const controls = this.controls;
    const label = (name: string) => this.placeLabel(name);
    const search = searchView(t, this._search, (event) => this.onSearchInput(event), (event) => this.commitSearch(event));
    const province = selectView(t.province, t.allProvinces, view.province, facets?.province ?? [], label, (value) =>
      this.change({ province: value, city: '' }),
    );
    const city = selectView(t.city, t.allCities, view.city, facets?.city ?? [], label, (value) => this.change({ city: value }));
    const sortLabel = (key: string) => t.sortOptions[key as SortKey];
    const sort = selectView(t.sort, t.sortOptions[''], view.sort, SORTS, sortLabel, (value) => this.change({ sort: value }));
    return html`
      <form class="controls" role="search" @submit=${this.commitSearch}>
        ${controls.hidden.has('search') ? nothing : search}
        ${showsProvinceSelect(controls) ? province : nothing}
        ${showsCitySelect(controls) ? city : nothing}
        ${controls.hidden.has('sort') ? nothing : sort}
      </form>
    `;
  }

  private renderBody(t: Messages): TemplateResult {
    const error = this.loader.error ?? (this._downloadFailed ? new WidgetError('network', true) : null);
    if (error) {
      const retry = error.retryable ? { label: t.retry, run: () => this.retry() } : null;
      return noticeView(error.message === 'network' ? t.failed : error.message, retry, true);
    }
    const loaded = this.loader.loaded;
    if (!loaded) return skeletonView(Math.min(this.pageSizeValue, 50));
    const { page, view } = loaded;
    if (page.rows.length === 0) return noticeView(t.empty, { label: t.clearFilters, run: () => this.clearFilters() }, false);
    const terms = searchTerms(view.q);
    const inProvince = Boolean(view.province || this.province);
    const notices = this.loader.info?.notices ?? [];
    const api = this.src ? null : apiSourceFor(this.api);
    const row = (record: ClusterRecord) =>
      rowView(t, record, {
        terms,
        places: placesOf(record, inProvince, (name) => this.placeLabel(name)),
        noticeTitle: notices.find((notice) => notice.year === record.year)?.title,
        recordUrl: api && api.recordUrl(record.id),
        onToggle: (open) => this.onToggle(open, record),
      });
    return html`<ol aria-label=${t.title}>${page.rows.map(row)}</ol>`;
  }

  private renderPager(t: Messages): TemplateResult {
    const loaded = this.loader.loaded;
    const state = loaded ? { total: loaded.page.total, size: this.pageSizeValue, current: loaded.view.page } : null;
    return pagerView(t, state, (page) => this.change({ page }));
  }

  private renderChips(t: Messages): TemplateResult {
    const counts = this.loader.facets?.year ?? [];
    const years = chipYears(this.loader.info?.notices ?? [], counts);
    return chipsView(t, years, counts, this._view.years, Boolean(this.loader.loaded), (year) => this.toggleYear(year));
  }

  private renderDownload(t: Messages): TemplateResult {
    if (this.src) {
      const source = staticSourceFor(this.src);
      return html`
        <button part="download" type="button" ?disabled=${!this.loader.loaded} @click=${() => void this.downloadCsv(source)}>
          ${t.download}
        </button>
      `;
    }
    // A real link (open in a new tab, copy the address), built from the API module already in the bundle.
    const href = apiSourceFor(this.api).csvUrl(filterParams(this._view));
    return html`<a part="download" class="button" href=${href} download>${t.download}</a>`;
  }
}
