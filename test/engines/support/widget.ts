/**
 * What the engines' suite reads from a host page, through `EnginePage.evaluate` only, so it means
 * the same on every driver. `SHADOW` opens the widget's shadow root in the page's own script.
 */
import type { EnginePage } from '../../../scripts/browsers/engine';

const SHADOW = "var host = document.querySelector('cluster-list'); var root = host && host.shadowRoot;";
const POLL_MS = 100;

/** Polls `body` until it returns something truthy; fails with `what` and the page's problems. */
export async function waitFor<T>(page: EnginePage, what: string, body: string, args: unknown[] = [], timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await page.evaluate(body, ...args);
    if (last) return last as T;
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${JSON.stringify(last)}; problems: ${JSON.stringify(await pageProblems(page))})`,
  );
}

/** A `cluster-list-load` event's detail. */
export interface LoadDetail {
  total: number;
  datasetVersion: string;
  filters: { province: string; city: string; year: number[]; q: string; sort: string };
}

/** Waits for the `count`-th `cluster-list-load` in all; returns its detail. */
export function waitForLoads(page: EnginePage, count: number): Promise<LoadDetail> {
  return waitFor(
    page,
    `cluster-list-load #${count}`,
    `var loads = window.__engine.events.filter(function (e) { return e.type === 'cluster-list-load'; });
     return loads.length >= arguments[0] ? loads[loads.length - 1].detail : null;`,
    [count],
  );
}

/** The URLs of the resources the page had fetched when each `cluster-list-load` so far fired. */
export function resourcesAtLoads(page: EnginePage): Promise<string[][]> {
  return page.evaluate(
    "return window.__engine.events.filter(function (e) { return e.type === 'cluster-list-load'; }).map(function (e) { return e.resources; });",
  );
}

/** The URLs of every resource the page has fetched so far, in order. */
export function resources(page: EnginePage): Promise<string[]> {
  return page.evaluate("return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
}

/**
 * Waits until the rows on screen are `names` under the count `count`, the answer to the reader's
 * last change (a search typed letter by letter may answer each prefix on the way).
 */
export function waitForRows(page: EnginePage, what: string, names: string[], count: string): Promise<unknown> {
  return waitFor(
    page,
    `${what}: the count «${count}» over ${names.length} rows`,
    `${SHADOW} if (!root) return false; var c = root.querySelector('.count');
     var shown = Array.prototype.map.call(root.querySelectorAll('.row .name'), function (n) { return n.textContent; });
     return c && c.textContent.trim() === arguments[0] && JSON.stringify(shown) === JSON.stringify(arguments[1]);`,
    [count, names],
  );
}

export function isDefined(page: EnginePage): Promise<boolean> {
  return page.evaluate("return customElements.get('cluster-list') !== undefined;");
}

/** Names of the rows on screen, in order. */
export function rowNames(page: EnginePage): Promise<string[]> {
  return page.evaluate(`${SHADOW} return root ? Array.prototype.map.call(root.querySelectorAll('.row .name'), function (n) { return n.textContent; }) : [];`);
}

export function countText(page: EnginePage): Promise<string> {
  return page.evaluate(`${SHADOW} var count = root && root.querySelector('.count'); return count ? count.textContent.trim() : '';`);
}

/** A `cluster-list-select` event's record name, or null. */
export function selectedName(page: EnginePage): Promise<string | null> {
  return page.evaluate(
    "var s = window.__engine.events.filter(function (e) { return e.type === 'cluster-list-select'; }); return s.length ? s[s.length - 1].detail.record.name : null;",
  );
}

/** An element of the shadow root, for the driver to click or type into. */
export function shadowElement(page: EnginePage, selector: string) {
  return page.element(`${SHADOW} return root.querySelector(${JSON.stringify(selector)});`);
}

/** A button of the shadow root under `scope` whose text starts with `label`, for the driver to click. */
export function shadowButton(page: EnginePage, scope: string, label: string) {
  return page.element(
    `${SHADOW} var label = arguments[1];
     return Array.prototype.filter.call(root.querySelectorAll(arguments[0] + ' button'), function (b) { return b.textContent.trim().indexOf(label) === 0; })[0] || null;`,
    scope,
    label,
  );
}

/** The alert in place of the rows, whether it has a retry button, and the rows on screen. */
export function errorShown(page: EnginePage): Promise<{ alert: string; retry: boolean; rows: number }> {
  return page.evaluate(`${SHADOW} var alert = root && root.querySelector('[role="alert"]');
    return { alert: alert ? alert.textContent.trim().replace(/\\s+/g, ' ') : '', retry: Boolean(alert && alert.querySelector('button')),
      rows: root ? root.querySelectorAll('.row:not(.skeleton)').length : 0 };`);
}

/** What the page recorded itself and what the driver saw, together. */
export async function pageProblems(page: EnginePage): Promise<string[]> {
  const recorded = await page.evaluate<string[] | null>('return window.__engine ? window.__engine.problems : null;').catch(() => null);
  return [...page.problems, ...(recorded ?? [])];
}

/** The light-DOM fallback link: whether it has a box on screen, and its text. */
export function fallbackShown(page: EnginePage): Promise<{ boxes: number; height: number; text: string }> {
  return page.evaluate(`var link = document.getElementById('fallback');
    if (!link) return { boxes: -1, height: 0, text: '' };
    return { boxes: link.getClientRects().length, height: link.getBoundingClientRect().height, text: link.textContent };`);
}

/** Does the shadow root project light-DOM children anywhere? (It must not, or the fallback would show twice.) */
export function hasSlot(page: EnginePage): Promise<boolean> {
  return page.evaluate(`${SHADOW} return Boolean(root && root.querySelector('slot'));`);
}

/** Computed styles of the widget's parts, for comparing one host page with another. */
export function partStyles(page: EnginePage): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(`${SHADOW}
    var parts = { root: '.root', title: '.title', count: '.count', search: 'input[type="search"]', chip: '.chips button',
      row: '.row', name: '.row .name', meta: '.row .meta', summary: 'summary', pager: 'nav button', source: '.source' };
    var properties = ['display', 'visibility', 'color', 'background-color', 'font-family', 'font-size', 'font-style', 'font-weight',
      'line-height', 'letter-spacing', 'text-transform', 'text-align', 'text-indent', 'white-space', 'height', 'width'];
    var out = {};
    Object.keys(parts).forEach(function (part) {
      var element = root.querySelector(parts[part]);
      var style = element && getComputedStyle(element);
      out[part] = {};
      properties.forEach(function (property) { out[part][property] = style ? style.getPropertyValue(property) : 'missing'; });
    });
    return out;`);
}
