import type { Browser } from 'playwright-core';
// The browser tests' launcher: Debian's Chromium with the same flags, and the same clear failure when it is missing.
import { launchChromium } from '../../scripts/browsers/chromium';
import { inAlternatingOrder, median } from '../stats';
import { emulate, type EmulatedNetwork } from './emulation';

/** Settings of the in-browser comparison. */
export interface WidgetSpeedOptions {
  /** Path of the bench page on the Worker's origin. */
  pagePath: string;
  /** Attributes of the measured <cluster-list>, as a query string. */
  attrs: string;
  warmups: number;
  repeats: number;
  /** Emulated for both the widget and the bare fetch; omitted, the page talks to 127.0.0.1 as is. */
  network?: EmulatedNetwork;
}

/** Milestones of one widget load, in ms after the script was inserted (null when not seen). */
export interface WidgetPhases {
  scriptLoaded: number | null;
  /** The widget module's first statement ran (its `cluster-list:script-start` mark). */
  scriptStart: number | null;
  /** `customElements.whenDefined('cluster-list')` resolved: the module has been evaluated. */
  defined: number | null;
  /** The shadow root first held anything (the skeleton). */
  firstRender: number | null;
  /** The first request for one of the widget's JSON data files (`widget/data/…`, `clusters.json`) started. */
  firstDataRequest: number | null;
  /** The last of the data files that came in before the first rows. */
  lastDataResponse: number | null;
  /** The last data file the widget read (`response.json()`) before its first rows was parsed: its data is in JavaScript. */
  lastDataParsed: number | null;
}

/** Median (ms) of one measure, and every sample it was taken from. */
export interface Timing {
  median: number;
  samples: number[];
}

/** Medians (ms) of each mode and every sample. */
export interface WidgetSpeed {
  /** null: no emulation, straight to the local Worker. */
  network: EmulatedNetwork | null;
  /** Every request of one cold widget load for a JSON data file, in order. */
  dataRequests: string[];
  /** Of those, any to the Worker's `/api/*` (none, by design). */
  apiRequests: string[];
  /** The first data file the widget asked for (its first view): what the bare fetch and vanilla read. */
  comparedUrl: string;
  /** From the widget module's first statement to its first rows (the bench's server adds that mark). */
  widgetFromScriptStart: Timing;
  /** The same, to the end of the first frame that shows the rows (reported, not a goal). */
  widgetPaintedFromScriptStart: Timing;
  /** From inserting its script (fetch and compile included) to its first rows. */
  widget: Timing;
  widgetWarm: Timing;
  fetch: Timing;
  /**
   * The loopback baseline: the same URL fetched and its rows rendered with the widget's stylesheet
   * into a shadow root without Lit, from that script's start to the rows painted.
   */
  vanillaPaintedFromScriptStart: Timing;
  /** Medians of the milestones of the cold widget loads, to show where the time goes. */
  widgetPhases: WidgetPhases;
  rows: number;
  pageErrors: string[];
}

type Mode = 'widget' | 'widget-warm' | 'fetch' | 'vanilla';

/** What one load of the bench page reports (`window.__bench`). */
export interface PageResult {
  ok: boolean;
  ms?: number;
  fromScriptStart?: number | null;
  paintedFromScriptStart?: number | null;
  rows?: number;
  phases?: WidgetPhases;
  error?: string;
}

/** What bench/page/widget-speed.js logs once `window.__bench` has settled. */
const DONE_MESSAGE = 'cluster-list-bench:done';

/** Whether a URL names one of the widget's JSON data files (a first view, a snapshot, `clusters.json`): the bench page loads no other JSON. */
export function isDataFile(url: string): boolean {
  return new URL(url).pathname.endsWith('.json');
}

function pageUrl(origin: URL, options: WidgetSpeedOptions, mode: Mode, dataUrl = ''): string {
  const url = new URL(options.pagePath, origin);
  url.searchParams.set('mode', mode);
  url.searchParams.set('attrs', options.attrs);
  if (dataUrl) url.searchParams.set('url', dataUrl);
  return url.href;
}

/** One load of the bench page. */
export interface PageRun {
  url: string;
  pageErrors: string[];
  network?: EmulatedNetwork;
  seenRequests?: string[];
}

/**
 * Loads the bench page at `url` in a fresh context (empty HTTP cache, so the widget's script is
 * fetched and compiled every time, as on a reader's first visit) and returns its measure.
 */
export async function runPage(browser: Browser, { url, pageErrors, network, seenRequests }: PageRun): Promise<PageResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (network) await emulate(context, page, network);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (seenRequests) page.on('request', (request) => seenRequests.push(request.url()));
    // Nothing is evaluated in the page until its measure is done: an evaluation (Playwright's,
    // right after the load event) would run on the main thread in the middle of the measure.
    const done = page.waitForEvent('console', { predicate: (message) => message.text() === DONE_MESSAGE, timeout: 30_000 });
    // Together, so that a failed navigation does not leave the wait's rejection unhandled.
    await Promise.all([done, page.goto(url)]);
    const result = (await page.evaluate('window.__bench')) as PageResult;
    if (!result.ok) throw new Error(`bench page (${url}): ${result.error}`);
    return result;
  } finally {
    await context.close();
  }
}

function medianPhases(all: readonly WidgetPhases[]): WidgetPhases {
  const of = (key: keyof WidgetPhases): number | null => {
    const values = all.map((phase) => phase[key]).filter((value): value is number => value !== null);
    return values.length > 0 ? median(values) : null;
  };
  return {
    scriptLoaded: of('scriptLoaded'),
    scriptStart: of('scriptStart'),
    defined: of('defined'),
    firstRender: of('firstRender'),
    firstDataRequest: of('firstDataRequest'),
    lastDataResponse: of('lastDataResponse'),
    lastDataParsed: of('lastDataParsed'),
  };
}

/**
 * In headless Chromium, on one page served by the local Worker (through `options.network` when
 * set): time from the widget module's first statement (and, secondarily, from inserting its script)
 * to its first rows, against a bare fetch + JSON.parse of the first-view data file the widget reads,
 * and the vanilla page rendering that file's rows. The widget file the page loads is the bench's
 * copy with the `cluster-list:script-start` mark added (setup.ts): the product carries no bench
 * code. Modes alternate sample by sample; medians are reported.
 */
export async function measureWidgetSpeed(origin: URL, options: WidgetSpeedOptions): Promise<WidgetSpeed> {
  const browser = await launchChromium();
  try {
    const pageErrors: string[] = [];
    const requests: string[] = [];
    const { network } = options;
    const discovery = await runPage(browser, { url: pageUrl(origin, options, 'widget'), pageErrors, network, seenRequests: requests });
    const dataRequests = requests.filter(isDataFile);
    const apiRequests = requests.filter((url) => new URL(url).pathname.startsWith('/api/'));
    const comparedUrl = dataRequests[0];
    if (!comparedUrl) throw new Error(`the widget requested no data file (requests: ${requests.join(', ') || 'none'})`);
    const samples: Record<Mode, number[]> = { widget: [], 'widget-warm': [], fetch: [], vanilla: [] };
    const vanillaPainted: number[] = [];
    const fromScriptStart: number[] = [];
    const paintedFromScriptStart: number[] = [];
    const phases: WidgetPhases[] = [];
    const modes: Mode[] = ['widget', 'fetch', 'widget-warm', 'vanilla'];
    for (let index = 0; index < options.warmups + options.repeats; index++) {
      for (const mode of inAlternatingOrder(modes, index)) {
        const result = await runPage(browser, { url: pageUrl(origin, options, mode, comparedUrl), pageErrors, network });
        if (index < options.warmups) continue;
        samples[mode].push(result.ms ?? Number.NaN);
        if (mode === 'vanilla') vanillaPainted.push(result.paintedFromScriptStart ?? Number.NaN);
        if (mode === 'widget') {
          if (result.phases) phases.push(result.phases);
          fromScriptStart.push(result.fromScriptStart ?? Number.NaN);
          paintedFromScriptStart.push(result.paintedFromScriptStart ?? Number.NaN);
        }
      }
    }
    const summary = (values: number[]): Timing => ({ median: median(values), samples: values });
    return {
      network: network ?? null,
      dataRequests,
      apiRequests,
      comparedUrl,
      widgetFromScriptStart: summary(fromScriptStart),
      widgetPaintedFromScriptStart: summary(paintedFromScriptStart),
      widget: summary(samples.widget),
      widgetWarm: summary(samples['widget-warm']),
      fetch: summary(samples.fetch),
      vanillaPaintedFromScriptStart: summary(vanillaPainted),
      widgetPhases: medianPhases(phases),
      rows: discovery.rows ?? 0,
      pageErrors,
    };
  } finally {
    await browser.close();
  }
}
