/**
 * The widget's templates, as pure functions of what they show and the callbacks they call. Data
 * is only ever interpolated as text (Lit escapes it); there is no `unsafeHTML` anywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { YearCount } from '../core/facets';
import type { Notice } from '../core/notice';
import type { Messages } from './i18n';
import type { DatasetInfo } from './source';

const selectedValue = (event: Event): string => (event.target as HTMLSelectElement).value;

/** A labelled select of counted values ("宁波市 (6)"); a preset value missing from the counts stays selectable. */
export function selectView(
  label: string,
  all: string,
  selected: string,
  counts: readonly { value: string; count: number }[],
  optionLabel: (value: string) => string,
  disabled: boolean,
  onChange: (value: string) => void,
): TemplateResult {
  const options = counts.some((entry) => entry.value === selected) || !selected ? counts : [{ value: selected, count: 0 }, ...counts];
  const option = (entry: { value: string; count: number }) => html`
    <option value=${entry.value} ?selected=${entry.value === selected}>
      ${optionLabel(entry.value)}${entry.count ? ` (${entry.count})` : ''}
    </option>
  `;
  return html`
    <label class="field">
      <span class="label">${label}</span>
      <select part="select" ?disabled=${disabled} @change=${(event: Event) => onChange(selectedValue(event))}>
        <option value="" ?selected=${!selected}>${all}</option>
        ${options.map(option)}
      </select>
    </label>
  `;
}

/** The years the chips offer: every year with a notice or a count, ascending. */
export function chipYears(notices: readonly Notice[], counts: readonly YearCount[]): number[] {
  const years = new Set([...notices.map((notice) => notice.year), ...counts.map((entry) => entry.value)]);
  return [...years].sort((a, b) => a - b);
}

/** Toggle buttons: "all years" plus one per year, each with the count choosing it would give. */
export function chipsView(
  t: Messages,
  years: readonly number[],
  counts: readonly YearCount[],
  selected: readonly string[],
  loaded: boolean,
  disabled: boolean,
  onToggle: (year: string | null) => void,
): TemplateResult {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const chip = (label: string, pressed: boolean, count: number | null, year: string | null) =>
    html`<button part="chip" type="button" aria-pressed=${String(pressed)} ?disabled=${disabled} @click=${() => onToggle(year)}>
      ${label}${count === null ? '' : ` ${count}`}
    </button>`;
  return html`<div class="chips" role="group" aria-label=${t.years}>
    ${chip(t.allYears, selected.length === 0, loaded ? total : null, null)}
    ${years.map((year) => chip(String(year), selected.includes(String(year)), counts.find((entry) => entry.value === year)?.count ?? 0, String(year)))}
  </div>`;
}

/** Placeholder rows of exactly the rows' height; the live count already says it is loading. */
export function skeletonView(count: number): TemplateResult {
  return html`<ol aria-hidden="true">${Array.from({ length: count }, () => html`<li class="row skeleton"><span></span></li>`)}</ol>`;
}

/** A message in place of the rows, with the one thing to do about it (retry, clear the filters). */
export function noticeView(message: string, action: { label: string; run: () => void } | null, alert: boolean): TemplateResult {
  return html`<div class="notice" role=${alert ? 'alert' : nothing}>
    <p>${message}</p>
    ${action ? html`<button type="button" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}

/** Previous / next and "第 1–10 条，共 23 条"; rendered (disabled) while loading so nothing moves. */
export function pagerView(
  t: Messages,
  state: { total: number; size: number; current: number } | null,
  disabled: boolean,
  onPage: (page: number) => void,
): TemplateResult {
  const { total, size, current } = state ?? { total: 0, size: 1, current: 1 };
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (current - 1) * size + 1;
  return html`<nav part="pager" aria-label=${t.page(current, pages)}>
    <button type="button" ?disabled=${disabled || !state || current <= 1} @click=${() => onPage(current - 1)}>${t.previous}</button>
    <button type="button" ?disabled=${disabled || !state || current >= pages} @click=${() => onPage(current + 1)}>${t.next}</button>
    <span class="range">${state ? t.range(from, Math.min(total, current * size), total) : ''}</span>
  </nav>`;
}

/** Credits the MIIT notices of every year and names the data version. */
export function sourceView(t: Messages, info: DatasetInfo | null): TemplateResult {
  return html`<p class="source" part="source">
    ${t.source}${
      info
        ? html` · ${info.notices.map((notice) => html`<a href=${notice.url} target="_blank" rel="noopener">${t.sourceYear(notice.year)}</a>`)}
          <span>${t.version(info.version)}</span>`
        : nothing
    }
  </p>`;
}

/** The search box; the element commits its text after a pause in typing, on Enter or on change. */
export function searchView(t: Messages, value: string, disabled: boolean, onInput: (event: Event) => void, onCommit: (event: Event) => void): TemplateResult {
  return html`
    <label class="field search">
      <span class="label">${t.search}</span>
      <input
        part="search"
        type="search"
        maxlength="64"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${t.searchPlaceholder}
        .value=${value}
        ?disabled=${disabled}
        @input=${onInput}
        @change=${onCommit}
      />
    </label>
  `;
}

/** The CSV, made in the browser: a button, disabled until the rows are in. */
export function csvButtonView(t: Messages, disabled: boolean, onDownload: () => void): TemplateResult {
  return html`<button part="download" type="button" ?disabled=${disabled} @click=${onDownload}>${t.download}</button>`;
}
