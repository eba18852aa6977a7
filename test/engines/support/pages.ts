/**
 * Host pages of the engines' suite. Everything a test reads from inside the page is recorded by
 * an inline classic script that runs first, so it works alike on every engine and driver: the
 * widget's events (each with the resources the page had fetched by then), uncaught errors,
 * rejected promises, failed resources and `console.error` calls (the only console errors
 * WebKitWebDriver lets anyone see). Page scripts are ES5: they run on the oldest engine unchanged.
 */

/**
 * - `mirror`: the embed builder's snippet, cross-origin: the script and its data from a plain
 *   static server of dist/site (no Worker, every `/api/*` a 404), the first-view file preloaded;
 * - `self-hosted`: the widget folder (`cluster-list.js`, `chunks/`, `data/`, `clusters.json`)
 *   copied to the host's origin, no `src`: the widget finds `data/` beside its script;
 * - `standalone`: the single file with `src="/widget/clusters.json"`, on the host's origin.
 */
export type Mode = 'mirror' | 'self-hosted' | 'standalone';

export const MODES: readonly Mode[] = ['mirror', 'self-hosted', 'standalone'];

/** The text of the fallback link inside `<cluster-list>`, as the embed builder's snippet puts it. */
export const FALLBACK_TEXT = '浙江省的中小企业特色产业集群名单';

/** The origin of the static mirror, which the host page's origin is not. */
export interface Origins {
  mirror: string;
}

/** The widget folder's URL in `mode`, as the host page addresses it (with a trailing slash). */
export function widgetBase(mode: Mode, origins: Origins): string {
  return mode === 'mirror' ? `${origins.mirror}/widget/` : '/widget/';
}

/**
 * The plain links a host page puts inside the element, for browsers that cannot run it: the
 * province's page and the whole list as CSV on the site the widget folder belongs to, as the
 * embed builder writes them.
 */
export function fallbackLinks(site: string): string {
  return `<a id="fallback" href="${site}/provinces/330000">${FALLBACK_TEXT}</a> · <a id="fallback-csv" href="${site}/data/clusters.csv">CSV</a>`;
}

const RECORDER = `
window.__engine = { events: [], problems: [] };
['cluster-list-load', 'cluster-list-select', 'cluster-list-filter-change'].forEach(function (type) {
  document.addEventListener(type, function (event) {
    // What had been fetched when the event fired: which files the rows came from.
    var resources = window.performance && performance.getEntriesByType ? performance.getEntriesByType('resource').map(function (entry) { return entry.name; }) : [];
    window.__engine.events.push({ type: type, detail: JSON.parse(JSON.stringify(event.detail)), resources: resources });
  });
});
window.addEventListener('error', function (event) {
  var target = event.target;
  var resource = target && target !== window && (target.src || target.href);
  window.__engine.problems.push(resource ? 'failed to load ' + resource : 'error: ' + event.message);
}, true);
window.addEventListener('unhandledrejection', function (event) {
  window.__engine.problems.push('unhandled rejection: ' + String(event.reason && (event.reason.stack || event.reason)));
});
var consoleError = console.error;
console.error = function () {
  window.__engine.problems.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
  return consoleError.apply(console, arguments);
};`;

export interface WidgetPageOptions {
  mode: Mode;
  /** Attributes besides the source (`src`), e.g. `province="浙江省" page-size="20"`. */
  attributes: string;
  /** Light-DOM children of the element (the fallback links). */
  children?: string;
  /** The host page's own CSS. */
  css?: string;
  /** A classic script run before the widget's, after the recorder. */
  before?: string;
  /** Overrides the widget script's URL (a blocked or failing script). */
  script?: string;
  /** Overrides the mode's `src` (standalone: `/widget/clusters.json`; else none). */
  src?: string;
  /** A data file to preload, as the builder's snippet does, e.g. `views/330000.json` (under the widget's `data/`). */
  preload?: string;
}

function scriptUrl(mode: Mode, origins: Origins): string {
  return `${widgetBase(mode, origins)}${mode === 'standalone' ? 'cluster-list.standalone.js' : 'cluster-list.js'}`;
}

/** A host page with one widget; the host server serves dist/site/widget/ at /widget/ on its own origin. */
export function widgetPage(options: WidgetPageOptions, origins: Origins): string {
  const src = options.src ?? (options.mode === 'standalone' ? '/widget/clusters.json' : undefined);
  const source = src === undefined ? '' : ` src="${src}"`;
  const preload = options.preload ? `<link rel="preload" as="fetch" crossorigin href="${widgetBase(options.mode, origins)}data/${options.preload}">` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host page</title>
<link rel="icon" href="data:,">
<script>${RECORDER}</script>
${options.before ? `<script>${options.before}</script>` : ''}
${options.css ? `<style>${options.css}</style>` : ''}
${preload}
<script type="module" src="${options.script ?? scriptUrl(options.mode, origins)}"></script></head>
<body><main><h1>Host page</h1><cluster-list${source} ${options.attributes}>${options.children ?? ''}</cluster-list><p id="after">Text after the widget.</p></main></body>
</html>`;
}
