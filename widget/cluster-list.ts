import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PROVINCES } from '../core/provinces';
import type { ClusterRecord } from '../core/record';
import { styles } from './cluster-list.styles';
import { emit, FILTER_CHANGE_EVENT, LOAD_EVENT, SELECT_EVENT } from './events';
import {
  clampPageSize,
  filterParams,
  pageParams,
  parseHidden,
  presetView,
  publicFilters,
  type HideableControl,
  type ViewState,
} from './filters';
import { searchTerms } from './highlight';
import { messagesFor, resolveLocale, SORT_KEYS, type Messages, type SortKey } from './i18n';
import { SKELETON_DELAY_MS, skeletonAtOnce } from './skeleton-timing';
import { apiSourceFor, resolveSource, staticSourceFor } from './resolve-source';
import { WidgetError, type ClusterPage, type ClusterSource, type DatasetInfo, type Facets, type StaticSource } from './source';
import { isNearViewport, VIEWPORT_MARGIN } from './viewport';
import { chipsView, noticeView, pagerView, placesOf, rowView, selectView, skeletonView, sourceView } from './views';

const SEARCH_DEBOUNCE_MS = 300;
const PRESETS = ['province', 'city', 'year', 'q', 'pageSize', 'src', 'api'] as const;
/** The sort orders as select options; '' (the API's default order) is the select's first option. */
const SORTS = SORT_KEYS.filter((key) => key !== '').map((value) => ({ value, count: 0 }));

interface Loaded {
  page: ClusterPage;
  facets: Facets | null;
  view: ViewState;
}

function englishProvince(name: string): string {
  return PROVINCES.find((province) => province.name === name)?.nameEn ?? name;
}

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
    _loaded: { state: true },
    _info: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _waiting: { state: true },
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
  declare private _loaded: Loaded | null;
  declare private _info: DatasetInfo | null;
  declare private _error: WidgetError | null;
  declare private _busy: boolean;
  /** Before the first answer and the skeleton: the widget keeps the space the page reserved for it. */
  declare private _waiting: boolean;

  #visible = false;
  #observer: IntersectionObserver | null = null;
  #controller: AbortController | null = null;
  #requestKey = '';
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** The skeleton's height stays reserved until the reader first interacts (no layout shift on load). */
  #reserve = true;
  /** Height of the element before it was defined (a host page's `:not(:defined)` reservation). */
  #reservedHeight = 0;
  #skeletonTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // The public properties start undefined: an absent attribute means "not preset".
    this._view = { province: '', city: '', years: [], q: '', sort: '', page: 1 };
    this._search = '';
    this._loaded = null;
    this._info = null;
    this._error = null;
    this._busy = false;
    this._waiting = !skeletonAtOnce();
    // Upgrading, the element does not match :defined yet, so this is what the page reserved.
    if (this.isConnected) this.#reservedHeight = this.getBoundingClientRect().height;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._waiting) this.#skeletonTimer ??= setTimeout(() => (this._waiting = false), SKELETON_DELAY_MS);
    // Above the fold, start fetching in the first update instead of a frame later, when the observer reports.
    if (isNearViewport(this)) this.#visible = true;
    else (this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#visible = true;
        this.#observer?.disconnect();
        this.requestUpdate();
      },
      { rootMargin: `${VIEWPORT_MARGIN}px` },
    )).observe(this);
    // The rows' request leaves now, before Lit's first render takes its turn (if early-rows.ts has
    // not sent it already, this takes that request over).
    if (this.#visible) this.#applyPresets(), this.#loadIfChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#controller?.abort();
    this.#requestKey = '';
    clearTimeout(this.#debounce);
    clearTimeout(this.#skeletonTimer);
    this.#skeletonTimer = undefined;
  }

  /** A change of any preset (or of the data source or page size) resets the reader's view to the presets. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (PRESETS.some((name) => changed.has(name))) this.#applyPresets();
  }

  #applyPresets(): void {
    this._search = this.q ?? '';
    this._view = presetView(this, this._view.sort);
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute, so a host page's CSP without 'unsafe-inline' allows it.
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (body) body.style.minHeight = this.#reserve ? `calc(var(--_row) * ${this.#pageSize})` : '';
    if (this._waiting) this.renderRoot.querySelector<HTMLElement>('.reserved')!.style.height = `${this.#reservedHeight}px`;
    if (this.#visible) this.#loadIfChanged();
  }

  #loadIfChanged(): void {
    const key = `${this.src}\n${this.api}\n${pageParams(this._view, this.#pageSize)}`;
    if (key === this.#requestKey) return;
    this.#requestKey = key;
    void this.#load();
  }

  get #pageSize(): number {
    return clampPageSize(this.pageSize);
  }

  get #hidden(): Set<HideableControl> {
    return parseHidden(this.hideFilters);
  }

  get #t(): Messages {
    return messagesFor(resolveLocale(this.lang));
  }

  /**
   * Rows first, alone on the wire and drawn the moment they arrive; then facets and the source
   * line, whose space is already reserved. The load event waits for all three, so a host sees the
   * widget complete.
   */
  async #load(): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const view = this._view;
    this._busy = true;
    try {
      const resolved = resolveSource(this.api, this.src);
      // The API's source comes back at once: not awaiting it lets the rows request leave from
      // connectedCallback, before Lit's first render (an await would queue it behind that render).
      const source = resolved instanceof Promise ? await resolved : resolved;
      const page = await source.clusters(pageParams(view, this.#pageSize), signal);
      if (signal.aborted) return;
      this._loaded = { page, facets: this._loaded?.facets ?? null, view };
      this._error = null;
      this._busy = this._waiting = false;
      // Facets and meta leave once the rows are drawn: starting a request costs main-thread time too.
      await this.updateComplete;
      if (signal.aborted) return;
      const [facets, info] = await Promise.all([this.#loadFacets(source, view, signal), source.info(signal).catch(() => this._info)]);
      if (signal.aborted) return;
      this._loaded = { page, facets, view };
      this._info = info;
      await this.updateComplete;
      emit(this, LOAD_EVENT, { total: page.total, filters: publicFilters(view), datasetVersion: page.datasetVersion });
    } catch (error) {
      if (signal.aborted) return;
      // Duck-typed: the self-hosted chunk is a separate build with its own WidgetError class.
      this._error = typeof (error as Partial<WidgetError> | null)?.retryable === 'boolean' ? (error as WidgetError) : new WidgetError('network', true);
      this._busy = this._waiting = false;
    }
  }

  /**
   * core's facets are disjunctive (each dimension ignores its own filter), so one request serves
   * the chips and both selects; only a chosen city needs a second one, since the province select
   * must still offer the other provinces.
   */
  async #loadFacets(source: ClusterSource, view: ViewState, signal: AbortSignal): Promise<Facets | null> {
    const province = this.#showProvinceSelect;
    if (this.#hidden.has('year') && !province && !this.#showCitySelect) return null;
    const all = source.facets(filterParams(view), signal);
    if (!province || !view.city) return all;
    const [facets, withoutCity] = await Promise.all([all, source.facets(filterParams(view, ['city']), signal)]);
    return { ...facets, province: withoutCity.province };
  }

  get #showProvinceSelect(): boolean {
    return !this.province && !this.#hidden.has('province');
  }

  get #showCitySelect(): boolean {
    return !this.city && !this.#hidden.has('city') && Boolean(this.province || this._view.province);
  }

  /** Applies a reader's change: back to page 1 unless paging, then tell the host. */
  #change(patch: Partial<ViewState>): void {
    this.#reserve = false;
    this._view = { ...this._view, page: 1, ...patch };
    emit(this, FILTER_CHANGE_EVENT, { filters: publicFilters(this._view) });
  }

  #onSearchInput(event: Event): void {
    this._search = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#commitSearch(), SEARCH_DEBOUNCE_MS);
  }

  #commitSearch(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.#debounce);
    if (this._search.trim() !== this._view.q.trim()) this.#change({ q: this._search });
  }

  #toggleYear(year: string | null): void {
    const years = this._view.years;
    if (year === null) this.#change({ years: [] });
    else this.#change({ years: years.includes(year) ? years.filter((y) => y !== year) : [...years, year].sort() });
  }

  #clearFilters(): void {
    this._search = this.q ?? '';
    this.#change({ province: this.province ?? '', city: this.city ?? '', years: [], q: this.q ?? '' });
  }

  #retry(): void {
    this._error = null;
    this.#requestKey = '';
    this.requestUpdate();
  }

  async #downloadCsv(source: Promise<StaticSource>): Promise<void> {
    try {
      await (await source).downloadCsv(filterParams(this._view));
    } catch {
      this._error = new WidgetError('network', true);
    }
  }

  #onToggle(open: boolean, record: ClusterRecord): void {
    this.#reserve = false;
    if (open) emit(this, SELECT_EVENT, { record });
  }

  protected override render(): TemplateResult {
    if (this._waiting) return html`<div class="reserved"></div>`;
    try {
      return this.#renderWidget();
    } catch {
      // Never throw into the host page; a broken render shows the retryable error instead.
      return html`<div class="root"><p role="alert">${this.#t.failed}</p></div>`;
    }
  }

  #renderWidget(): TemplateResult {
    const t = this.#t;
    const locale = resolveLocale(this.lang);
    const hidden = this.#hidden;
    // Its children are all blocks: lines starting with '>' leave no whitespace between them.
    return html`<div class="root" role="region" aria-labelledby="title" lang=${locale}
      ><header part="header"
        ><p class="title" id="title">${t.title}</p
        ><p class="count" role="status" aria-live="polite">${this.#countText(t)}</p></header
      >${this.#renderControls(t, hidden)}${hidden.has('year') ? nothing : this.#renderChips(t)}<div class="body" aria-busy=${String(this._busy)}
        >${this.#renderBody(t)}</div
      >${this.#renderBar(t, hidden)}${sourceView(t, this._info)}</div
    >`;
  }


  #placeLabel(name: string): string {
    return resolveLocale(this.lang) === 'en' ? englishProvince(name) : name;
  }

  #countText(t: Messages): string {
    if (!this._loaded) return this._error ? '' : t.loading;
    const { view, page } = this._loaded;
    // The rows spell the province's full name whatever spelling the filter used.
    const province = view.province && this.#placeLabel(page.rows[0]?.province ?? view.province);
    return t.count(page.total, view.city || province);
  }

  #renderControls(t: Messages, hidden: Set<HideableControl>): TemplateResult {
    const facets = this._loaded?.facets;
    const view = this._view;
    const label = (name: string) => this.#placeLabel(name);
    return html`<form class="controls" role="search" @submit=${this.#commitSearch}>
      ${hidden.has('search')
        ? nothing
        : html`<label class="field search"
            ><span class="label">${t.search}</span>
            <input
              part="search"
              type="search"
              maxlength="64"
              autocomplete="off"
              enterkeyhint="search"
              placeholder=${t.searchPlaceholder}
              .value=${this._search}
              @input=${this.#onSearchInput}
              @change=${this.#commitSearch}
          /></label>`}
      ${this.#showProvinceSelect
        ? selectView(t.province, t.allProvinces, view.province, facets?.province ?? [], label, (value) => this.#change({ province: value, city: '' }))
        : nothing}
      ${this.#showCitySelect ? selectView(t.city, t.allCities, view.city, facets?.city ?? [], label, (value) => this.#change({ city: value })) : nothing}
      ${hidden.has('sort')
        ? nothing
        : selectView(t.sort, t.sortOptions[''], view.sort, SORTS, (key) => t.sortOptions[key as SortKey], (sort) => this.#change({ sort }))}
    </form>`;
  }

  #renderBody(t: Messages): TemplateResult {
    const error = this._error;
    if (error) return noticeView(error.message === 'network' ? t.failed : error.message, error.retryable ? { label: t.retry, run: () => this.#retry() } : null, true);
    if (!this._loaded) return skeletonView(Math.min(this.#pageSize, 50));
    const { page, view } = this._loaded;
    if (page.rows.length === 0) return noticeView(t.empty, { label: t.clearFilters, run: () => this.#clearFilters() }, false);
    const terms = searchTerms(view.q);
    const inProvince = Boolean(view.province || this.province);
    const notices = this._info?.notices ?? [];
    return html`<ol aria-label=${t.title}
      >${page.rows.map((record) =>
        rowView(t, record, {
          terms,
          places: placesOf(record, inProvince, (name) => this.#placeLabel(name)),
          noticeTitle: notices.find((notice) => notice.year === record.year)?.title,
          onToggle: (open) => this.#onToggle(open, record),
        }),
      )}</ol
    >`;
  }

  #renderBar(t: Messages, hidden: Set<HideableControl>): TemplateResult {
    const loaded = this._loaded;
    const pager = pagerView(t, loaded && { total: loaded.page.total, size: this.#pageSize, current: loaded.view.page }, (page) =>
      this.#change({ page }),
    );
    return html`<div class="bar">${pager}${hidden.has('download') ? nothing : this.#renderDownload(t)}</div>`;
  }

  #renderChips(t: Messages): TemplateResult {
    const counts = this._loaded?.facets?.year ?? [];
    const years = [...new Set([...(this._info?.notices ?? []).map((notice) => notice.year), ...counts.map((entry) => entry.value)])];
    return chipsView(t, years.sort((a, b) => a - b), counts, this._view.years, Boolean(this._loaded), (year) => this.#toggleYear(year));
  }

  #renderDownload(t: Messages): TemplateResult {
    if (this.src) {
      const source = staticSourceFor(this.src);
      return html`<button part="download" type="button" ?disabled=${!this._loaded} @click=${() => void this.#downloadCsv(source)}>
        ${t.download}
      </button>`;
    }
    // A real link (open in a new tab, copy the address), built from the API module already in the bundle.
    const href = apiSourceFor(this.api).csvUrl(filterParams(this._view));
    return html`<a part="download" class="button" href=${href} download>${t.download}</a>`;
  }
}
