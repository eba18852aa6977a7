/** Lists of clusters linking to their pages, as the province, city and year pages show them. */
import type { ClusterRecord } from '../../core/record';
import { html, type SafeHtml } from './html';
import { clusterPath, placeOf } from './site-model';

export interface ClusterListOptions {
  /** Show the year in each item (lists that span years). */
  showYear?: boolean;
}

export function clusterList(records: readonly ClusterRecord[], options: ClusterListOptions = {}): SafeHtml {
  return html`<ul class="clusters">${records.map(
    (record) =>
      html`<li><a href="${clusterPath(record.id)}">${record.name}</a> <span class="meta">${options.showYear ? `${record.year}年度 · ` : ''}${placeOf(record)}</span></li>`,
  )}</ul>`;
}
