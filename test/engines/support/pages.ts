/**
 * Host pages of the engines' suite. Everything a test reads from inside the page is recorded by
 * an inline classic script that runs first, so it works alike on every engine and driver: the
 * widget's events, uncaught errors, rejected promises, failed resources and `console.error`
 * calls (the only console errors WebKitWebDriver lets anyone see). Page scripts are ES5: they run
 * on the oldest engine unchanged.
 */
import { workerOrigin } from '../../browser/support/api';

/**
 * - `api`: the README's embed, cross-origin: the script from the Worker, which is also the API;
 * - `self-hosted`: `cluster-list.js` (and its lazy chunk) and `clusters.json` copied to the host's origin;
 * - `standalone`: the self-hosting snippet's single file and `clusters.json`, on the host's origin.
 */
export type Mode = 'api' | 'self-hosted' | 'standalone';

export const MODES: readonly Mode[] = ['api', 'self-hosted', 'standalone'];

/** The text of the fallback link inside `<cluster-list>`, as the embed builder's snippet puts it. */
export const FALLBACK_TEXT = '浙江省的中小企业特色产业集群名单';

/** The plain links a host page puts inside the element, for browsers that cannot run it. */
export function fallbackLinks(): string {
  const origin = workerOrigin();
  const csv = `${origin}/api/v1/clusters?province=${encodeURIComponent('浙江省')}&format=csv&limit=300`;
  return `<a id="fallback" href="${origin}/">${FALLBACK_TEXT}</a> · <a id="fallback-csv" href="${csv}">CSV</a>`;
}

const RECORDER = `
window.__engine = { events: [], problems: [] };
['cluster-list-load', 'cluster-list-select', 'cluster-list-filter-change'].forEach(function (type) {
  document.addEventListener(type, function (event) {
    window.__engine.events.push({ type: type, detail: JSON.parse(JSON.stringify(event.detail)) });
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
  /** Attributes besides the source (`api`/`src`), e.g. `province="浙江省" page-size="100"`. */
  attributes: string;
  /** Light-DOM children of the element (the fallback links). */
  children?: string;
  /** The host page's own CSS. */
  css?: string;
  /** A classic script run before the widget's, after the recorder. */
  before?: string;
  /** Overrides the widget script's URL (a blocked or failing script). */
  script?: string;
}

function scriptUrl(mode: Mode): string {
  if (mode === 'api') return `${workerOrigin()}/widget/cluster-list.js`;
  return mode === 'standalone' ? '/widget/cluster-list.standalone.js' : '/widget/cluster-list.js';
}

/** A host page with one widget; the host server serves dist/site/widget/ at /widget/ on its own origin. */
export function widgetPage(options: WidgetPageOptions): string {
  const source = options.mode === 'api' ? '' : ' src="/widget/clusters.json"';
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host page</title>
<link rel="icon" href="data:,">
<script>${RECORDER}</script>
${options.before ? `<script>${options.before}</script>` : ''}
${options.css ? `<style>${options.css}</style>` : ''}
<script type="module" src="${options.script ?? scriptUrl(options.mode)}"></script></head>
<body><main><h1>Host page</h1><cluster-list${source} ${options.attributes}>${options.children ?? ''}</cluster-list><p id="after">Text after the widget.</p></main></body>
</html>`;
}
