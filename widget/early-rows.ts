/**
 * Imported first by the entry point, so this runs before Lit and the element class are evaluated:
 * every `<cluster-list>` already in the page and near the viewport gets its first request sent
 * now, and the network works while the browser evaluates the rest of the module. The element's
 * own first request, for the very same URL, then takes that response. (With the embed snippet's
 * preload hint the browser has sent it even earlier, and this request takes the preloaded one.)
 */
import { firstRequestOf } from './request-plan';
import { apiSourceFor } from './resolve-source';
import { isNearViewport } from './viewport';

function startFirstRequests(): void {
  // Defined already (the script was included twice): its elements have asked for themselves.
  if (customElements.get('cluster-list')) return;
  for (const element of document.querySelectorAll('cluster-list')) {
    const request = firstRequestOf(element);
    if (!request || !isNearViewport(element)) continue;
    apiSourceFor(request.api).prefetch(request.params, request.include);
  }
}

// Never throw into the host page: the element makes its own request if this could not.
try {
  startFirstRequests();
} catch {
  // Nothing to undo.
}
