// Runs one measurement per page load, chosen by ?mode=, once the page has painted, and exposes it
// as window.__bench (logging DONE_MESSAGE when it has settled).
//   widget       time from the widget module's first statement (the `cluster-list:script-start`
//                performance mark the bench's copy of the file starts with) to its first rows in
//                the DOM; also from inserting its <script>
//   widget-warm  the same with the module already evaluated (time from creating the element)
//   fetch        a bare fetch + JSON.parse of ?url= (the first data file the widget itself reads)
//   vanilla      ?url= rendered into a shadow root with the widget's stylesheet, without Lit
//                (vanilla-rows.js), from that module's first statement to its rows painted
const params = new URLSearchParams(location.search);
const host = document.getElementById('host');
const TIMEOUT_MS = 20_000;

// Whether a URL is one of the widget's JSON data files (a first view, a snapshot, clusters.json):
// this page loads no other JSON.
const isDataFile = (url) => new URL(url, location.href).pathname.endsWith('.json');

// When the widget's data files reach JavaScript (Resource Timing only sees the network side).
const dataBodiesParsed = [];
const parseJson = Response.prototype.json;
Response.prototype.json = function json() {
  const isData = isDataFile(this.url);
  return parseJson.call(this).then((value) => {
    if (isData) dataBodiesParsed.push(performance.now());
    return value;
  });
};

function rowsIn(element) {
  return element.shadowRoot ? element.shadowRoot.querySelectorAll('[part~="row"]').length : 0;
}

function createWidget() {
  const element = document.createElement('cluster-list');
  for (const [name, value] of new URLSearchParams(params.get('attrs') ?? 'province=浙江省')) element.setAttribute(name, value);
  return element;
}

function addWidgetScript(src) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

// Where the widget's time went, from Resource Timing (ms after `started`).
function scriptStart() {
  return performance.getEntriesByName('cluster-list:script-start', 'mark')[0]?.startTime;
}

// Only what happened before the first rows (`rowsAt`): the snapshot loaded after them is not the first paint's.
function phases(started, src, marks, rowsAt) {
  const resources = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= started && entry.startTime < rowsAt);
  const path = (entry) => new URL(entry.name).pathname;
  const data = resources.filter((entry) => isDataFile(entry.name));
  const parsed = dataBodiesParsed.filter((at) => at <= rowsAt);
  const script = resources.find((entry) => path(entry) === new URL(src, location.href).pathname);
  const start = scriptStart();
  return {
    scriptLoaded: script ? script.responseEnd - started : null,
    scriptStart: start === undefined ? null : start - started,
    defined: marks.defined === undefined ? null : marks.defined - started,
    firstRender: marks.firstRender === undefined ? null : marks.firstRender - started,
    firstDataRequest: data.length ? Math.min(...data.map((entry) => entry.startTime)) - started : null,
    lastDataResponse: data.length ? Math.max(...data.map((entry) => entry.responseEnd)) - started : null,
    lastDataParsed: parsed.length ? Math.max(...parsed) - started : null,
  };
}

// Resolves at the first DOM change (or load event) after which the widget's shadow root holds rows.
function firstRows(element, started, src) {
  return new Promise((resolve, reject) => {
    let observer;
    const marks = {};
    const timer = setTimeout(() => reject(new Error(`no rows after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    let done = false;
    const check = () => {
      if (done) return;
      if (marks.firstRender === undefined && element.shadowRoot?.childElementCount) marks.firstRender = performance.now();
      const rows = rowsIn(element);
      if (rows === 0) return;
      const now = performance.now();
      const start = scriptStart();
      done = true;
      clearTimeout(timer);
      observer?.disconnect();
      // Warm: the module ran before `started`, so the measure starts at the element's creation.
      const from = start === undefined ? null : Math.max(start, started);
      // On screen: a task queued from the next frame's rAF runs once that frame's layout and paint are done.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const painted = performance.now();
          resolve({
            ms: now - started,
            fromScriptStart: from === null ? null : now - from,
            paintedFromScriptStart: from === null ? null : painted - from,
            rows,
            phases: phases(started, src, marks, now),
          });
        }),
      );
    };
    element.addEventListener('cluster-list-load', () => queueMicrotask(check));
    customElements.whenDefined('cluster-list').then(() => {
      marks.defined = performance.now();
      if (!element.shadowRoot) return reject(new Error('cluster-list has no open shadow root'));
      observer = new MutationObserver(check);
      observer.observe(element.shadowRoot, { childList: true, subtree: true, attributes: true, characterData: true });
      check();
    });
  });
}

async function measureWidget(src, warm) {
  if (warm) await import(src);
  const element = createWidget();
  const started = performance.now();
  if (!warm) addWidgetScript(src);
  host.append(element);
  return firstRows(element, started, src);
}

async function measureFetch(url) {
  const started = performance.now();
  const response = await fetch(url);
  const data = JSON.parse(await response.text());
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return { ms, rows: Array.isArray(data.rows) ? data.rows.length : 0 };
}

async function measureVanilla(url) {
  const started = performance.now();
  // The stylesheet first: the widget carries its own inside its module.
  const cssText = await (await fetch('./widget.css')).text();
  const { renderRows, vanillaStart } = await import('./vanilla-rows.js');
  const element = document.createElement('div');
  host.append(element);
  // The widget's first page: its page-size attribute, or its default of 10 rows.
  const pageSize = Number(new URLSearchParams(params.get('attrs') ?? '').get('page-size') ?? 10);
  const rows = await renderRows(element, url, cssText, pageSize);
  const now = performance.now();
  const from = vanillaStart();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => resolve({ ms: now - started, fromScriptStart: now - from, paintedFromScriptStart: performance.now() - from, rows })),
    ),
  );
}

function measure() {
  const mode = params.get('mode');
  const src = params.get('src') ?? '/widget/cluster-list.bench.js';
  if (mode === 'widget') return measureWidget(src, false);
  if (mode === 'widget-warm') return measureWidget(src, true);
  if (mode === 'fetch') return measureFetch(params.get('url'));
  if (mode === 'vanilla') return measureVanilla(params.get('url'));
  return Promise.reject(new Error(`unknown mode ${mode}`));
}

/** The line the page logs when its measure is done; the harness reads window.__bench only then. */
const DONE_MESSAGE = 'cluster-list-bench:done';

// Every mode starts from the same page: loaded and painted once. Otherwise the page's own first
// frame (compositor and fonts set up) falls inside whichever measure starts earliest: the widget's,
// whose script goes in at once, and not the vanilla one, which first fetches its stylesheet.
const pagePainted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

window.__bench = pagePainted
  .then(measure)
  .then(
    (result) => ({ ok: true, ...result }),
    (error) => ({ ok: false, error: String(error?.message ? error.message : error) }),
  )
  .finally(() => console.log(DONE_MESSAGE));
