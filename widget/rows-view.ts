/**
 * The list itself: one disclosure per cluster, its name marked where the search matched, its
 * places and industry, the notice and the record page (which shows the derived classification).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Notice } from '../core/notice';
import type { ClusterRecord } from '../core/record';
import { recordPageUrl } from './data-location';
import type { Segment } from './highlight';
import type { Messages } from './i18n';

/** Province (unless the view is inside one), prefecture and county, without repeats (北京市 · 北京市). */
export function placesOf(record: ClusterRecord, inProvince: boolean, provinceLabel: (name: string) => string): string[] {
  return [inProvince ? null : provinceLabel(record.province), record.city, record.county].filter(
    (place, index, all): place is string => Boolean(place) && all.indexOf(place) === index,
  );
}

export interface RowOptions {
  /** The name in runs, those that matched the search marked. */
  name: readonly Segment[];
  places: readonly string[];
  noticeTitle: string | undefined;
  /** The record's page on the site the widget's files belong to; null with a host's own snapshot (`src`). */
  recordUrl: string | null;
  onToggle: (open: boolean) => void;
}

/** One cluster: a disclosure whose summary is the row and whose body has the details and the notice. */
export function rowView(t: Messages, record: ClusterRecord, { name, places, noticeTitle, recordUrl, onToggle }: RowOptions): TemplateResult {
  const marked = name.map((segment) => (segment.mark ? html`<mark>${segment.text}</mark>` : segment.text));
  const town = [record.city, record.county, record.town].filter(Boolean).join(' · ');
  return html`
    <li class="row" part="row">
      <details @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
        <summary>
          <span class="name">${marked}</span>
          <span class="meta">${t.yearBatch(record.year, record.batch)} · ${places.join(' · ')} · ${t.industry}：${record.industry}</span>
        </summary>
        <dl>
          ${record.town ? html`<dt>${t.place}</dt><dd>${town}</dd>` : nothing}
          <dt>${t.submittedBy}</dt>
          <dd>${record.submittedBy}</dd>
          <dt>${t.notice}</dt>
          <dd><a href=${record.sourceUrl} target="_blank" rel="noopener">${noticeTitle ?? record.sourceUrl}</a></dd>
          ${recordUrl ? html`<dt>${t.recordPage}</dt><dd><a href=${recordUrl}>${t.recordLink}</a></dd>` : nothing}
        </dl>
      </details>
    </li>
  `;
}

/** What the list needs besides the rows. */
export interface RowsViewOptions {
  /** The search the rows answer, whose hits are marked ('' for none). */
  q: string;
  /** The view is inside one province, which the rows then leave out of their places. */
  inProvince: boolean;
  notices: readonly Notice[];
  /** Whether the rows link to their record pages (not with a host's own snapshot). */
  linked: boolean;
  /** The engine's search-hit marking; null until the engine is loaded (no view with a search comes earlier). */
  highlight: ((text: string, q: string) => Segment[]) | null;
  onToggle: (open: boolean, record: ClusterRecord) => void;
}

/** The rows of one page, as an ordered list named by the widget's title. */
export function rowsView(t: Messages, rows: readonly ClusterRecord[], options: RowsViewOptions): TemplateResult {
  const { q, highlight } = options;
  const name = (text: string): Segment[] => (q && highlight ? highlight(text, q) : [{ text, mark: false }]);
  const row = (record: ClusterRecord) =>
    rowView(t, record, {
      name: name(record.name),
      places: placesOf(record, options.inProvince, t.placeName),
      noticeTitle: options.notices.find((notice) => notice.year === record.year)?.title,
      recordUrl: options.linked ? recordPageUrl(record.id) : null,
      onToggle: (open) => options.onToggle(open, record),
    });
  return html`<ol aria-label=${t.title}>${rows.map(row)}</ol>`;
}
