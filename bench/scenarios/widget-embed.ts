// Issue 17's mobile ratio: the builder's snippet on a page of another origin, under Lighthouse's
// mobile preset, from navigation to the first rows painted, against the physical limit.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browsers/chromium';
import { inAlternatingOrder, median, percentile } from '../stats';
import { emulate, type EmulatedNetwork } from './emulation';
import { builderSnippet, hostPage, preloadUrl, scriptUrl, startHost, WATCH_ROWS } from './host-page';
import type { Timing } from './widget-speed';

/** Settings of the embed comparison. */
export interface WidgetEmbedOptions {
  /** The embedded province, chosen in the builder as a reader would. */
  province: string;
  warmups: number;
  /** Interleaved pairs (one snippet load, one physical-limit load). */
  pairs: number;
  network: EmulatedNetwork;
}

/** Quartiles of a list of ratios. */
export interface RatioSummary {
  median: number;
  p25: number;
  p75: number;
  samples: number[];
}

/** The builder's snippet on a page of another origin, against the physical limit, same preset. */
export interface WidgetEmbed {
  network: EmulatedNetwork;
  snippet: string;
  /** The preload line's file: the first view the widget reads, which the physical limit fetches too. */
  dataUrl: string;
  scriptUrl: string;
  /** Navigation start → the snippet's first rows painted. */
  snippetPainted: Timing;
  /** Navigation start → the script file and the first-view file both fetched, in parallel. */
  physicalLimit: Timing;
  /** snippet ÷ physical limit of each interleaved pair: the goal is judged on their median. */
  pairedRatios: RatioSummary;
  /** Medians over the snippet's loads, ms from navigation start: where its time goes. */
  snippetPhases: { scriptIn: number; dataIn: number; rowsInDom: number };
  /** Every request the snippet's page made to the widget's origin in one load (until its rows were painted). */
  requests: string[];
  pageErrors: string[];
}

/** What both pages log once `window.__bench` has settled; the harness evaluates nothing before. */
const DONE_MESSAGE = 'cluster-list-bench:done';
const announceDone = `<script>window.__bench.finally(() => console.log(${JSON.stringify(DONE_MESSAGE)}));</script>`;

/** The physical limit: the same two files fetched in parallel by a page that does nothing else. */
function limitPage(script: string, data: string): string {
  return hostPage(`<script>
window.__bench = Promise.all([
  fetch(${JSON.stringify(script)}).then((response) => response.arrayBuffer()),
  fetch(${JSON.stringify(data)}).then((response) => response.json()),
]).then(() => ({ ok: true, ms: performance.now() }));
</script>${announceDone}`);
}

/** One load's measure: the end (ms from navigation start), and for the snippet its milestones. */
interface LoadResult {
  ok: boolean;
  ms: number;
  rowsAt?: number;
  responses?: { url: string; end: number }[];
}

async function load(browser: Browser, url: string, network: EmulatedNetwork, pageErrors: string[], seen?: string[]): Promise<LoadResult> {
  // A fresh context per sample: empty HTTP cache, a reader's first visit.
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await emulate(context, tab, network);
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    if (seen) tab.on('request', (request) => seen.push(request.url()));
    const done = tab.waitForEvent('console', { predicate: (message) => message.text() === DONE_MESSAGE, timeout: 60_000 });
    await Promise.all([done, tab.goto(url)]);
    const result = (await tab.evaluate('window.__bench')) as LoadResult;
    if (!result.ok) throw new Error(`${url}: no result`);
    return result;
  } finally {
    await context.close();
  }
}

function ratios(values: number[]): RatioSummary {
  return { median: median(values), p25: percentile(values, 25), p75: percentile(values, 75), samples: values };
}

/**
 * The builder's snippet (read from the landing page's builder) pasted into a page of another
 * origin, under `options.network`, from navigation start to its first rows painted; against the
 * physical limit, a page on that origin that fetches the same script file and the same first-view
 * file in parallel and does nothing else. The two alternate, pair by pair (A B, B A, …); the goal
 * is the median of the pairs' ratios, which two noisy cores move less than a ratio of medians.
 */
export async function measureWidgetEmbed(widgetOrigin: URL, options: WidgetEmbedOptions): Promise<WidgetEmbed> {
  const browser = await launchChromium();
  try {
    const snippet = await builderSnippet(browser, widgetOrigin.origin, options.province);
    const dataUrl = preloadUrl(snippet);
    const script = scriptUrl(snippet);
    const host = await startHost({ '/snippet': hostPage(WATCH_ROWS + announceDone, snippet), '/limit': limitPage(script, dataUrl) });
    try {
      const pageErrors: string[] = [];
      const requests: string[] = [];
      await load(browser, `${host.origin}/snippet`, options.network, pageErrors, requests);
      const samples: Record<'snippet' | 'limit', number[]> = { snippet: [], limit: [] };
      const phases: Record<keyof WidgetEmbed['snippetPhases'], number[]> = { scriptIn: [], dataIn: [], rowsInDom: [] };
      const responseEnd = (result: LoadResult, file: string) => result.responses?.find((entry) => entry.url === file)?.end ?? Number.NaN;
      for (let index = 0; index < options.warmups + options.pairs; index++) {
        for (const mode of inAlternatingOrder(['snippet', 'limit'] as const, index)) {
          const result = await load(browser, `${host.origin}/${mode}`, options.network, pageErrors);
          if (index < options.warmups) continue;
          samples[mode].push(result.ms);
          if (mode !== 'snippet') continue;
          phases.scriptIn.push(responseEnd(result, script));
          phases.dataIn.push(responseEnd(result, dataUrl));
          phases.rowsInDom.push(result.rowsAt ?? Number.NaN);
        }
      }
      const summary = (values: number[]): Timing => ({ median: median(values), samples: values });
      return {
        network: options.network,
        snippet,
        dataUrl,
        scriptUrl: script,
        snippetPainted: summary(samples.snippet),
        physicalLimit: summary(samples.limit),
        pairedRatios: ratios(samples.snippet.map((ms, index) => ms / samples.limit[index]!)),
        snippetPhases: { scriptIn: median(phases.scriptIn), dataIn: median(phases.dataIn), rowsInDom: median(phases.rowsInDom) },
        requests: requests.filter((url) => url.startsWith(widgetOrigin.origin)),
        pageErrors,
      };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
  }
}
