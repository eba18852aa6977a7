import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ClusterRecord } from '../core/record';
import { styles } from './cluster-list.styles';
import { ClusterLoader, type Loaded, type LoadRequest } from './controllers/cluster-loader';
import { EngineController } from './controllers/engine-controller';
import { NearViewportController } from './controllers/near-viewport-controller';
import { SearchController } from './controllers/search-controller';
import { SkeletonController } from './controllers/skeleton-controller';
import { emit, FILTER_CHANGE_EVENT, LOAD_EVENT, SELECT_EVENT } from './events';
import { clampPageSize, filterParams, pageParams, parseHidden, presetView, publicFilters, toggledYears, type ViewState } from './filters';
import { loadMessages, messagesFor, resolveLocale, type Messages } from './i18n';
import { errorMessage } from './error-message';
import { firstViewFile } from './first-view-source';
import type { ControlsState } from './controls';
import { controlsView } from './controls-view';
import { WidgetError } from './source';
import { rowsView } from './rows-view';
import { chipsView, chipYears, csvButtonView, noticeView, pagerView, skeletonView, sourceView } from './views';

const PRESETS = ['province', 'city', 'year', 'q', 'section', 'division', 'pageSize', 'src'] as const;

/**
 * `<cluster-list>`: the national list of SME characteristic industrial clusters, filtered to
 * what the host page asks for, with search, an industry select, year chips, sorting, paging and a
 * CSV download.
 *
 * @summary Embeddable list of China's SME characteristic industrial clusters (中小企业特色产业集群).
 *
 * @fires cluster-list-load - Rows for the current filters have rendered. Detail: `{ total, filters, datasetVersion }`.
 * @fires cluster-list-filter-change - The reader changed a filter, the sort order or the page. Detail: `{ filters }`.
 * @fires cluster-list-select - The reader opened a row. Detail: `{ record }`.
 *
 * @csspart header - The title and the live result count.
 * @csspart search - The search box.
 * @csspart select - The province, city, industry and sort selects.
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
    section: {},
    division: {},
    lang: {},
    pageSize: { type: Number, attribute: 'page-size' },
    hideFilters: { attribute: 'hide-filters' },
    src: {},
    compact: { type: Boolean, reflect: true },
    largeText: { type: Boolean, attribute: 'large-text', reflect: true },
    _view: { state: true },
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
  /** Preset section (门类, a letter) of the derived GB/T 4754-2017 classification: the industry select lists its divisions. */
  declare section: string | null | undefined;
  /** Preset division (大类, two digits) of the derived GB/T 4754-2017 classification; hides the industry select. */
  declare division: string | null | undefined;
  /** `zh-CN` (default) or `en`. */
  declare lang: string;
  /** Rows per page, 1–300 (default 10). */
  declare pageSize: number | null | undefined;
  /** Controls to hide, comma or space separated: search, province, city, industry, year, sort, download. */
  declare hideFilters: string | null | undefined;
  /** URL of a `clusters.json` snapshot to read instead of the data folder beside the script. */
  declare src: string | null | undefined;
  /** Denser rows. */
  declare compact: boolean | null | undefined;
  /** Larger type and 44 px targets (适老化). */
  declare largeText: boolean | null | undefined;

  declare private _view: ViewState;
  declare private _downloadFailed: boolean;

  private readonly viewport = new NearViewportController(this);
  private readonly skeleton = new SkeletonController(this);
  private readonly engine = new EngineController(this);
  private readonly loader = new ClusterLoader(
    this,
    this.engine,
    () => this.loadRequest(),
    (loaded) => this.afterRender(loaded),
  );
  private readonly search = new SearchController(this, (text) => {
    if (text.trim() !== this._view.q.trim()) this.change({ q: text });
  });

  constructor() {
    super();
    // The public properties start undefined: an absent attribute means "not preset".
    this._view = presetView({}, '');
    this._downloadFailed = false;
  }

  /** A change of any preset (or of the data source or page size) resets the reader's view to the presets. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (PRESETS.some((name) => changed.has(name))) {
      this.search.reset(this.q ?? '');
      this._view = presetView(this, this._view.sort);
    }
    if (this.loader.loaded || this.loader.error) this.skeleton.settle();
  }

  protected override updated(): void {
    this.skeleton.apply(this.renderRoot, this.pageSizeValue);
  }

  /** The load event, once these rows are rendered (the loader asks for that render). */
  private async afterRender(loaded: Loaded): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    emit(this, LOAD_EVENT, { total: loaded.page.total, filters: publicFilters(loaded.view), datasetVersion: loaded.page.datasetVersion });
  }

  /** What to load now; null while the widget is far from the viewport. */
  private loadRequest(): LoadRequest | null {
    if (!this.viewport.near) return null;
    const src = this.src || null;
    const pageSize = this.pageSizeValue;
    return {
      view: this._view,
      params: pageParams(this._view, pageSize),
      pageSize,
      firstView: src ? null : firstViewFile(this._view, pageSize),
      src,
    };
  }

  private get pageSizeValue(): number {
    return clampPageSize(this.pageSize);
  }

  private get controls(): ControlsState {
    return {
      presetProvince: this.province,
      presetCity: this.city,
      presetDivision: this.division,
      hidden: parseHidden(this.hideFilters),
      viewProvince: this._view.province,
    };
  }

  /** The UI strings; null while English loads (its own small file), which then updates the widget. */
  private get messages(): Messages | null {
    const locale = resolveLocale(this.lang);
    const messages = messagesFor(locale);
    if (!messages) void loadMessages(locale).then(() => this.requestUpdate());
    return messages;
  }

  /** Applies a reader's change: back to page 1 unless paging, then tell the host. */
  private change(patch: Partial<ViewState>): void {
    this.skeleton.release();
    this._view = { ...this._view, page: 1, ...patch };
    emit(this, FILTER_CHANGE_EVENT, { filters: publicFilters(this._view) });
  }

  private toggleYear(year: string | null): void {
    this.change({ years: toggledYears(this._view.years, year) });
  }

  private clearFilters(): void {
    this.search.reset(this.q ?? '');
    this.change({ ...presetView(this, this._view.sort), years: [] });
  }

  private retry(): void {
    this._downloadFailed = false;
    this.loader.retry();
  }

  /** The CSV is made in the browser, by the engine, from the same rows the API would give. */
  private async downloadCsv(): Promise<void> {
    try {
      const engine = await this.engine.get(this.src || null);
      engine.download(filterParams(this._view));
    } catch {
      this._downloadFailed = true;
    }
  }

  private onToggle(open: boolean, record: ClusterRecord): void {
    this.skeleton.release();
    if (open) emit(this, SELECT_EVENT, { record });
  }

  protected override render(): TemplateResult {
    const t = this.messages;
    if (this.skeleton.waiting || !t) return html`<div class="reserved"></div>`;
    try {
      return this.renderWidget(t);
    } catch {
      // Never throw into the host page; a broken render shows the retryable error instead.
      return html`<div class="root"><p role="alert">${t.failed}</p></div>`;
    }
  }

  private renderWidget(t: Messages): TemplateResult {
    const hidden = parseHidden(this.hideFilters);
    const loaded = this.loader.loaded;
    const paging = loaded ? { total: loaded.page.total, size: this.pageSizeValue, current: loaded.view.page } : null;
    return html`
      <div class="root" role="region" aria-labelledby="title" lang=${resolveLocale(this.lang)}>
        <header part="header">
          <p class="title" id="title">${t.title}</p>
          <p class="count" role="status" aria-live="polite">${this.countText(t)}</p>
        </header>
        ${this.renderControls(t)}
        ${hidden.has('year') ? nothing : this.renderChips(t)}
        ${this.engine.codeFailed ? noticeView(t.filteringUnavailable, { label: t.retry, run: () => this.engine.retry() }, false) : nothing}
        <div class="body" aria-busy=${String(this.loader.busy)}>${this.renderBody(t)}</div>
        <div class="bar">
          ${pagerView(t, paging, this.engine.codeFailed, (page) => this.change({ page }))}
          ${hidden.has('download') ? nothing : csvButtonView(t, !loaded || this.engine.codeFailed, () => void this.downloadCsv())}
        </div>
        ${sourceView(t, this.loader.info)}
      </div>
    `;
  }

  private countText(t: Messages): string {
    const loaded = this.loader.loaded;
    if (!loaded) return this.loader.error ? '' : t.loading;
    const { view, page } = loaded;
    // The rows spell the province's full name whatever spelling the filter used.
    const province = view.province && t.placeName(page.rows[0]?.province ?? view.province);
    return t.count(page.total, view.city || province);
  }

  private renderControls(t: Messages): TemplateResult {
    return controlsView(t, {
      view: this._view,
      facets: this.loader.facets,
      controls: this.controls,
      searchText: this.search.text,
      disabled: this.engine.codeFailed,
      onSearchInput: this.search.onInput,
      onSearchCommit: this.search.commit,
      onChange: (patch) => this.change(patch),
    });
  }

  private renderBody(t: Messages): TemplateResult {
    const error = this.loader.error ?? (this._downloadFailed ? new WidgetError('network', '') : null);
    if (error) {
      const retry = error.retryable ? { label: t.retry, run: () => this.retry() } : null;
      // The host's fallback links (its light DOM) show beside the message: the reader still gets to the list.
      return html`${noticeView(errorMessage(t, error), retry, true)}<div class="fallback"><slot></slot></div>`;
    }
    const loaded = this.loader.loaded;
    if (!loaded) return skeletonView(Math.min(this.pageSizeValue, 50));
    const { page, view } = loaded;
    if (page.rows.length === 0) return noticeView(t.empty, { label: t.clearFilters, run: () => this.clearFilters() }, false);
    return rowsView(t, page.rows, {
      q: view.q,
      inProvince: Boolean(view.province || this.province),
      notices: this.loader.info?.notices ?? [],
      // A snapshot the host copied elsewhere (`src`) has no record pages beside it.
      linked: !this.src,
      // Search hits are marked by the engine, which answered every view with a search.
      highlight: this.engine.current?.highlight ?? null,
      onToggle: (open, record) => this.onToggle(open, record),
    });
  }

  private renderChips(t: Messages): TemplateResult {
    const counts = this.loader.facets?.year ?? [];
    const years = chipYears(this.loader.info?.notices ?? [], counts);
    const loaded = Boolean(this.loader.loaded);
    return chipsView(t, years, counts, this._view.years, loaded, this.engine.codeFailed, (year) => this.toggleYear(year));
  }
}
