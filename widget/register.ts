/**
 * Entry point of the widget bundle: defines `<cluster-list>` once, even when the script is
 * included twice (a CMS template and an article both embedding it).
 */
// First: it sends the rows requests of the elements already in the page before the rest is evaluated.
import './early-rows';
import { ClusterList } from './cluster-list';

export { ClusterList };
export { firstRequestUrl, presetCsvUrl } from './embed-urls';
export type * from './events';

declare global {
  interface HTMLElementTagNameMap {
    'cluster-list': ClusterList;
  }
}

if (!customElements.get('cluster-list')) customElements.define('cluster-list', ClusterList);
