/**
 * Imported first by the entry point, so this runs before Lit and the element class are evaluated:
 * every `<cluster-list>` already in the page and near the viewport gets its first rows request
 * sent now, and the network works while the browser evaluates the rest of the module. The
 * element's own first request, for the very same URL, then takes that response.
 */
import { clampPageSize, pageParams, presetView } from './filters';
import { apiSourceFor } from './resolve-source';
import { isNearViewport } from './viewport';

function startFirstRequests(): void {
  // Defined already (the script was included twice): its elements have asked for themselves.
  if (customElements.get('cluster-list')) return;
  for (const element of document.querySelectorAll('cluster-list')) {
    const attribute = (name: string) => element.getAttribute(name);
    // Self-hosted mode reads a snapshot, not the API.
    if (attribute('src') || !isNearViewport(element)) continue;
    const view = presetView({ province: attribute('province'), city: attribute('city'), year: attribute('year'), q: attribute('q') }, '');
    apiSourceFor(attribute('api')).prefetch(pageParams(view, clampPageSize(attribute('page-size'))));
  }
}

// Never throw into the host page: the element makes its own request if this could not.
try {
  startFirstRequests();
} catch {
  // Nothing to undo.
}
