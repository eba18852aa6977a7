import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browsers/chromium';
import { inAlternatingOrder, median } from '../stats';
import { emulate, type EmulatedNetwork, type Timing } from './widget-speed';

/** Settings of the embed comparison. */
export interface WidgetEmbedOptions {
  /** Attributes of the embedded <cluster-list>, as a query string (values as the builder writes them). */
  attrs: string;
  /** The widget's first API URL for those attributes (the preload hint's href). */
  firstUrl: string;
  warmups: number;
  repeats: number;
  network: EmulatedNetwork;
}

/** The builder's snippet on a page of another origin, against the physical limit, same network. */
export interface WidgetEmbed {
  network: EmulatedNetwork;
  snippet: string;
  /** Navigation start → the snippet's first rows painted. */
  snippetPainted: Timing;
  /** Navigation start → the script file and the first API URL both fetched, in parallel. */
  physicalLimit: Timing;
  /** Every request the snippet's page made to the widget's origin in one load. */
  requests: string[];
  /** Of those, the API requests: what one widget load bills. */
  apiRequests: string[];
  pageErrors: string[];
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The embed builder's snippet (preload hint, script, element), as public/embed-builder.js writes it. */
export function builderSnippet(widgetOrigin: string, attrs: string, firstUrl: string): string {
  const attributes = [...new URLSearchParams(attrs)].map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return [
    `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(firstUrl)}">`,
    `<script type="module" src="${widgetOrigin}/widget/cluster-list.js"></script>`,
    `<cluster-list ${attributes}>\n  <a href="${widgetOrigin}/">中小企业特色产业集群名单</a>\n</cluster-list>`,
  ].join('\n');
}

// Runs before the snippet: resolves window.__bench when the first rows are on screen (a task
// queued from the next frame's rAF runs once that frame's layout and paint are done).
const WATCH_ROWS = `<script>
window.__bench = customElements.whenDefined('cluster-list').then(() => new Promise((resolve) => {
  const element = document.querySelector('cluster-list');
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve({ ok: true, ms: performance.now() })));
  const check = () => { if (element.shadowRoot.querySelector('[part~="row"]')) { observer.disconnect(); done(); } };
  const observer = new MutationObserver(check);
  observer.observe(element.shadowRoot, { childList: true, subtree: true });
  check();
}));
</script>`;

function page(head: string, body = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>embed bench</title>${head}</head><body><main>${body}</main></body></html>`;
}

async function startHost(pages: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://host').pathname];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function load(browser: Browser, url: string, network: EmulatedNetwork, pageErrors: string[], seen?: string[]): Promise<number> {
  // A fresh context per sample: empty HTTP cache, a reader's first visit.
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await emulate(context, tab, network);
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    if (seen) tab.on('request', (request) => seen.push(request.url()));
    await tab.goto(url);
    const result = (await tab.evaluate('window.__bench')) as { ok: boolean; ms: number };
    return result.ms;
  } finally {
    await context.close();
  }
}

/**
 * The builder's snippet pasted into a page of another origin, on an emulated network, from
 * navigation start to its first rows painted; against the physical limit, a page on the same
 * origin that fetches the same script file and the same first API URL in parallel and does
 * nothing else. Both pages alternate sample by sample; medians are reported.
 */
export async function measureWidgetEmbed(widgetOrigin: URL, options: WidgetEmbedOptions): Promise<WidgetEmbed> {
  const origin = widgetOrigin.origin;
  const snippet = builderSnippet(origin, options.attrs, options.firstUrl);
  const script = `${origin}/widget/cluster-list.js`;
  const limit = `<script>
window.__bench = Promise.all([
  fetch(${JSON.stringify(script)}).then((response) => response.arrayBuffer()),
  fetch(${JSON.stringify(options.firstUrl)}).then((response) => response.json()),
]).then(() => ({ ok: true, ms: performance.now() }));
</script>`;
  const { server, origin: hostOrigin } = await startHost({ '/snippet': page(WATCH_ROWS + snippet), '/limit': page(limit) });
  const browser = await launchChromium();
  try {
    const pageErrors: string[] = [];
    const requests: string[] = [];
    await load(browser, `${hostOrigin}/snippet`, options.network, pageErrors, requests);
    const fromWidgetOrigin = requests.filter((url) => url.startsWith(origin));
    const samples: Record<'snippet' | 'limit', number[]> = { snippet: [], limit: [] };
    for (let index = 0; index < options.warmups + options.repeats; index++) {
      for (const mode of inAlternatingOrder(['snippet', 'limit'] as const, index)) {
        const ms = await load(browser, `${hostOrigin}/${mode}`, options.network, pageErrors);
        if (index >= options.warmups) samples[mode].push(ms);
      }
    }
    const summary = (values: number[]): Timing => ({ median: median(values), samples: values });
    return {
      network: options.network,
      snippet,
      snippetPainted: summary(samples.snippet),
      physicalLimit: summary(samples.limit),
      requests: fromWidgetOrigin,
      apiRequests: fromWidgetOrigin.filter((url) => new URL(url).pathname.startsWith('/api/')),
      pageErrors,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
