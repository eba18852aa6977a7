import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PROVINCES } from '../core/provinces';
import type { ClusterRecord } from '../core/record';
import { createApiSource } from './api-source';
import { styles } from './cluster-list.styles';
import { emit, FILTER_CHANGE_EVENT, LOAD_EVENT, SELECT_EVENT } from './events';
import {
  clampPageSize,
  filterParams,
  pageParams,
  parseHidden,
  parseYears,
  publicFilters,
  type HideableControl,
  type ViewState,
} from './filters';
import { highlightSegments, searchTerms } from './highlight';
import { messagesFor, resolveLocale, SORT_KEYS, type Messages } from './i18n';
import { resolveSource } from './resolve-source';
import { WidgetError, type ClusterPage, type ClusterSource, type DatasetInfo, type Facets } from './source';

const SEARCH_DEBOUNCE_MS = 300;
/** Starts fetching a little before the widget scrolls into view. */
const VIEWPORT_MARGIN = '300px';

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

  // Attributes set properties. Only the booleans reflect back (the styles select on them); the
  // others would otherwise write empty defaults into the host page's markup.
  static override properties = {
    province: { type: String },
    city: { type: String },
    year: { type: String },
    q: { type: String },
    lang: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    hideFilters: { type: String, attribute: 'hide-filters' },
    api: { type: String },
    src: { type: String },
    compact: { type: Boolean, reflect: true },
    largeText: { type: Boolean, attribute: 'large-text', reflect: true },
    _view: { state: true },
    _search: { state: true },
    _loaded: { state: true },
    _info: { state: true },
    _error: { state: true },
    _busy: { state: true },
  };

  /** Preset province (any spelling the API accepts); hides the province select. */
  declare province: string;
  /** Preset city (full or short name); hides the city select. */
  declare city: string;
  /** Preset year(s): "2023" or "2023,2024". The reader can change them with the chips. */
  declare year: string;
  /** Preset search text. */
  declare q: string;
  /** `zh-CN` (default) or `en`. */
  declare lang: string;
  /** Rows per page, 1–300 (default 10). */
  declare pageSize: number;
  /** Controls to hide, comma or space separated: search, province, city, year, sort, download. */
  declare hideFilters: string;
  /** Origin of the API (default: where this script was loaded from). */
  declare api: string;
  /** URL of a static `clusters.json` snapshot: self-hosted mode, no API requests at all. */
  declare src: string;
  /** Denser rows. */
  declare compact: boolean;
  /** Larger type and 44 px targets (适老化). */
  declare largeText: boolean;

  declare private _view: ViewState;
  declare private _search: string;
  declare private _loaded: Loaded | null;
  declare private _info: DatasetInfo | null;
  declare private _error: WidgetError | null;
  declare private _busy: boolean;

  #visible = false;
  #observer: IntersectionObserver | null = null;
  #controller: AbortController | null = null;
  #requestKey = '';
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** The skeleton's height stays reserved until the reader first interacts (no layout shift on load). */
  #reserve = true;

  constructor() {
    super();
    this.province = '';
    this.city = '';
    this.year = '';
    this.q = '';
    this.pageSize = 10;
    this.hideFilters = '';
    this.api = '';
    this.src = '';
    this.compact = false;
    this.largeText = false;
    this._view = { province: '', city: '', years: [], q: '', sort: '', page: 1 };
    this._search = '';
    this._loaded = null;
    this._info = null;
    this._error = null;
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver === 'undefined') {
      this.#visible = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#visible = true;
        this.#observer?.disconnect();
        this.requestUpdate();
      },
      { rootMargin: VIEWPORT_MARGIN },
    );
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#controller?.abort();
    this.#requestKey = '';
    clearTimeout(this.#debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const view = { ...this._view };
    let reset = false;
    if (changed.has('province')) [view.province, view.city, reset] = [this.province ?? '', this.city ?? '', true];
    if (changed.has('city')) [view.city, reset] = [this.city ?? '', true];
    if (changed.has('year')) [view.years, reset] = [parseYears(this.year), true];
    if (changed.has('q')) [view.q, this._search, reset] = [this.q ?? '', this.q ?? '', true];
    if (changed.has('pageSize') || changed.has('src') || changed.has('api')) reset = true;
    if (reset) this._view = { ...view, page: 1 };
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute, so a host page's CSP without 'unsafe-inline' allows it.
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (body) body.style.minHeight = this.#reserve ? `calc(var(--_row) * ${this.#pageSize})` : '';
    if (!this.#visible) return;
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

  /** Loads rows, facets and the source line together, so the first paint replaces the skeleton at once. */
  async #load(): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const view = this._view;
    this._busy = true;
    try {
      const source = await resolveSource(this.api, this.src);
      const [page, facets, info] = await Promise.all([
        source.clusters(pageParams(view, this.#pageSize), signal),
        this.#loadFacets(source, view, signal),
        source.info(signal).catch(() => this._info),
      ]);
      if (signal.aborted) return;
      this._loaded = { page, facets, view };
      this._info = info;
      this._error = null;
      this._busy = false;
      await this.updateComplete;
      emit(this, LOAD_EVENT, { total: page.total, filters: publicFilters(view), datasetVersion: page.datasetVersion });
    } catch (error) {
      if (signal.aborted) return;
      // Duck-typed: the self-hosted chunk is a separate build with its own WidgetError class.
      this._error = typeof (error as Partial<WidgetError> | null)?.retryable === 'boolean' ? (error as WidgetError) : new WidgetError('network', true);
      this._busy = false;
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

  async #downloadCsv(source: Promise<ClusterSource>): Promise<void> {
    try {
      const file = await (await source).csvFile!(filterParams(this._view));
      const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      this._error = new WidgetError('network', true);
    }
  }

  #onToggle(event: Event, record: ClusterRecord): void {
    this.#reserve = false;
    if ((event.target as HTMLDetailsElement).open) emit(this, SELECT_EVENT, { record });
  }

  protected override render(): TemplateResult {
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
    return html`<div class="root" role="region" aria-labelledby="title" lang=${locale}>
      <header part="header">
        <p class="title" id="title">${t.title}</p>
        <p class="count" role="status" aria-live="polite">${this.#countText(t)}</p>
      </header>
      ${this.#renderControls(t, hidden)} ${hidden.has('year') ? nothing : this.#renderChips(t)}
      <div class="body" aria-busy=${this._busy ? 'true' : 'false'}>${this.#renderBody(t)}</div>
      ${this.#renderBar(t, hidden)} ${this.#renderSource(t)}
    </div>`;
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
        ? this.#renderSelect(t.province, t.allProvinces, view.province, facets?.province ?? [], (value) =>
            this.#change({ province: value, city: '' }),
          )
        : nothing}
      ${this.#showCitySelect
        ? this.#renderSelect(t.city, t.allCities, view.city, facets?.city ?? [], (value) => this.#change({ city: value }))
        : nothing}
      ${hidden.has('sort')
        ? nothing
        : html`<label class="field"
            ><span class="label">${t.sort}</span>
            <select part="select" @change=${(event: Event) => this.#change({ sort: (event.target as HTMLSelectElement).value })}>
              ${SORT_KEYS.map((key) => html`<option value=${key} ?selected=${key === view.sort}>${t.sortOptions[key]}</option>`)}
            </select></label
          >`}
    </form>`;
  }

  #renderSelect(
    label: string,
    all: string,
    selected: string,
    counts: readonly { value: string; count: number }[],
    onChange: (value: string) => void,
  ): TemplateResult {
    const options = counts.some((entry) => entry.value === selected) || !selected ? counts : [{ value: selected, count: 0 }, ...counts];
    return html`<label class="field"
      ><span class="label">${label}</span>
      <select part="select" @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!selected}>${all}</option>
        ${options.map(
          (entry) =>
            html`<option value=${entry.value} ?selected=${entry.value === selected}>
              ${this.#placeLabel(entry.value)}${entry.count ? ` (${entry.count})` : ''}
            </option>`,
        )}
      </select></label
    >`;
  }

  #renderChips(t: Messages): TemplateResult {
    const counts = this._loaded?.facets?.year ?? [];
    const years = [
      ...new Set([...(this._info?.notices ?? []).map((notice) => String(notice.year)), ...counts.map((entry) => String(entry.value))]),
    ].sort();
    const selected = this._view.years;
    const total = counts.reduce((sum, entry) => sum + entry.count, 0);
    return html`<div class="chips" role="group" aria-label=${t.years}>
      <button part="chip" type="button" aria-pressed=${selected.length === 0 ? 'true' : 'false'} @click=${() => this.#toggleYear(null)}>
        ${t.allYears}${this._loaded ? html` <span class="n">${total}</span>` : nothing}
      </button>
      ${years.map((year) => {
        const count = counts.find((entry) => String(entry.value) === year)?.count ?? 0;
        return html`<button
          part="chip"
          type="button"
          aria-pressed=${selected.includes(year) ? 'true' : 'false'}
          @click=${() => this.#toggleYear(year)}
        >
          ${year} <span class="n">${count}</span>
        </button>`;
      })}
    </div>`;
  }

  #renderBody(t: Messages): TemplateResult {
    if (this._error) {
      const message = this._error.message === 'network' ? t.failed : this._error.message;
      return html`<div class="notice" role="alert">
        <p>${message}</p>
        ${this._error.retryable ? html`<button type="button" @click=${this.#retry}>${t.retry}</button>` : nothing}
      </div>`;
    }
    if (!this._loaded) {
      // The live count already says it is loading; the placeholders are decoration.
      const rows = Array.from({ length: Math.min(this.#pageSize, 50) }, () => html`<li class="row skeleton"><span></span></li>`);
      return html`<ol aria-hidden="true">${rows}</ol>`;
    }
    const { page, view } = this._loaded;
    if (page.rows.length === 0) {
      return html`<div class="notice">
        <p>${t.empty}</p>
        <p>${t.emptyHint}</p>
        <button type="button" @click=${this.#clearFilters}>${t.clearFilters}</button>
      </div>`;
    }
    const terms = searchTerms(view.q);
    return html`<ol aria-label=${t.listLabel}>
      ${page.rows.map((record) => this.#renderRow(t, record, terms, Boolean(view.province || this.province)))}
    </ol>`;
  }

  #renderRow(t: Messages, record: ClusterRecord, terms: string[], inProvince: boolean): TemplateResult {
    const places = [inProvince ? null : this.#placeLabel(record.province), record.city, record.county].filter(
      (place, index, all): place is string => Boolean(place) && all.indexOf(place) === index,
    );
    const notice = this._info?.notices.find((entry) => entry.year === record.year);
    return html`<li class="row" part="row">
      <details @toggle=${(event: Event) => this.#onToggle(event, record)}>
        <summary>
          <span class="name">${highlightSegments(record.name, terms).map((segment) => (segment.mark ? html`<mark>${segment.text}</mark>` : segment.text))}</span>
          <span class="meta">${t.yearBatch(record.year, record.batch)} · ${places.join(' · ')} · ${t.industry}：${record.industry}</span>
        </summary>
        <dl>
          ${record.town ? html`<dt>${t.place}</dt><dd>${[record.city, record.county, record.town].filter(Boolean).join(' · ')}</dd>` : nothing}
          <dt>${t.submittedBy}</dt>
          <dd>${record.submittedBy}</dd>
          <dt>${t.notice}</dt>
          <dd><a href=${record.sourceUrl} target="_blank" rel="noopener">${notice?.title ?? record.sourceUrl}</a></dd>
        </dl>
      </details>
    </li>`;
  }

  #renderBar(t: Messages, hidden: Set<HideableControl>): TemplateResult {
    const page = this._loaded?.page;
    const size = this.#pageSize;
    const current = this._loaded?.view.page ?? 1;
    const total = page?.total ?? 0;
    const pages = Math.max(1, Math.ceil(total / size));
    const from = total === 0 ? 0 : (current - 1) * size + 1;
    const to = Math.min(total, current * size);
    return html`<div class="bar">
      <nav part="pager" aria-label=${t.page(current, pages)}>
        <button type="button" ?disabled=${!page || current <= 1} @click=${() => this.#change({ page: current - 1 })}>${t.previous}</button>
        <button type="button" ?disabled=${!page || current >= pages} @click=${() => this.#change({ page: current + 1 })}>${t.next}</button>
        <span class="range">${page ? t.range(from, to, total) : ''}</span>
      </nav>
      ${hidden.has('download') ? nothing : this.#renderDownload(t)}
    </div>`;
  }

  #renderDownload(t: Messages): TemplateResult {
    if (this.src) {
      const source = resolveSource(this.api, this.src);
      return html`<button part="download" type="button" ?disabled=${!this._loaded} @click=${() => void this.#downloadCsv(source)}>
        ${t.download}
      </button>`;
    }
    let href = '';
    try {
      href = this.#csvHref();
    } catch {
      href = '';
    }
    return href
      ? html`<a part="download" class="button" href=${href} download>${t.download}</a>`
      : html`<button part="download" type="button" disabled>${t.download}</button>`;
  }

  #csvHref(): string {
    // Built synchronously from the API module already in the bundle, so it is a real link.
    const api = this.api || '/';
    const base = new URL(api, this.api ? document.baseURI : import.meta.url);
    return createApiSource(base).csvUrl(filterParams(this._view)) ?? '';
  }

  #renderSource(t: Messages): TemplateResult {
    const info = this._info;
    return html`<p class="source" part="source">
      ${t.source}${info
        ? html` · ${info.notices.map((notice) => html`<a href=${notice.url} target="_blank" rel="noopener">${t.sourceYear(notice.year)}</a>`)}
          <span>${t.version(info.version)}</span>`
        : nothing}
    </p>`;
  }
}
