/**
 * Entry point of the widget bundle: defines `<cluster-list>` once, even when the script is
 * included twice (a CMS template and an article both embedding it).
 */
import { ClusterList } from './cluster-list';

export { ClusterList };
export type * from './events';

declare global {
  interface HTMLElementTagNameMap {
    'cluster-list': ClusterList;
  }
}

if (!customElements.get('cluster-list')) customElements.define('cluster-list', ClusterList);
