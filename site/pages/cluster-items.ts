/** Lists of clusters linking to their pages, as the province, city and year pages show them. */
import type { ClusterRecord } from '../../core/record';
import { html, type SafeHtml } from './html';
import { clusterPath, placeOf } from './site-model';

/** Each cluster's name, linked to its page, and where it lies. */
export function clusterList(records: readonly ClusterRecord[]): SafeHtml {
  return html`<ul class="clusters">${records.map(
    (record) => html`<li><a href="${clusterPath(record.id)}">${record.name}</a> <span class="meta">${placeOf(record)}</span></li>`,
  )}</ul>`;
}
