import type { ClusterRecord } from '../core/record';

/** The reader's current filters, as API parameter values (empty string = not filtered). */
export interface ClusterListFilters {
  province: string;
  city: string;
  /** Selected years, ascending; empty means every year. */
  year: number[];
  q: string;
  /** 门类 of the derived industry classification (GB/T 4754-2017). */
  section: string;
  /** 大类 of the derived industry classification (GB/T 4754-2017). */
  division: string;
  sort: string;
  /** 1-based page number. */
  page: number;
}

export interface ClusterListLoadDetail {
  /** Full match count for the filters (not just the rows on this page). */
  total: number;
  filters: ClusterListFilters;
  datasetVersion: string;
}

export interface ClusterListFilterChangeDetail {
  filters: ClusterListFilters;
}

export interface ClusterListSelectDetail {
  record: ClusterRecord;
}

/** Fired after rows for the current filters have rendered. */
export type ClusterListLoadEvent = CustomEvent<ClusterListLoadDetail>;
/** Fired when the reader changes a filter, the sort order or the page. */
export type ClusterListFilterChangeEvent = CustomEvent<ClusterListFilterChangeDetail>;
/** Fired when the reader activates (opens) a row. */
export type ClusterListSelectEvent = CustomEvent<ClusterListSelectDetail>;

export const LOAD_EVENT = 'cluster-list-load';
export const FILTER_CHANGE_EVENT = 'cluster-list-filter-change';
export const SELECT_EVENT = 'cluster-list-select';

declare global {
  interface HTMLElementEventMap {
    'cluster-list-load': ClusterListLoadEvent;
    'cluster-list-filter-change': ClusterListFilterChangeEvent;
    'cluster-list-select': ClusterListSelectEvent;
  }
}

/**
 * Dispatches a widget event that crosses the shadow boundary and bubbles, so a listener on
 * `document` sees it. A throwing host listener must not break the widget, and dispatchEvent
 * already reports listener errors to the window instead of rethrowing them.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
