// A news page of another origin that pastes the embed builder's snippet: the snippet itself, read
// from the landing page's builder, and the small Node server that plays the host site.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';

/** A host site on its own origin (127.0.0.1, another port than the widget's). */
export interface HostSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) on a free loopback port; anything else is a 404. */
export async function startHost(pages: Record<string, string>): Promise<HostSite> {
  const server: Server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://host').pathname];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A minimal article page around `body`, with `head` in its head. */
export function hostPage(head: string, body = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>新闻</title>${head}</head><body><main><h1>新闻</h1>${body}</main></body></html>`;
}

/**
 * Runs before the snippet: `window.__rowsAt` is when the first rows reached the element's shadow
 * root (performance.now()), and `window.__bench` resolves once they are on screen (a task queued
 * from the next frame's rAF runs after that frame's layout and paint), with those times and when
 * each response had come in. `window.__loads` collects
 * every `cluster-list-load` event's detail.
 */
export const WATCH_ROWS = `<script>
window.__loads = [];
document.addEventListener('cluster-list-load', (event) => window.__loads.push(event.detail));
window.__bench = customElements.whenDefined('cluster-list').then(() => new Promise((resolve) => {
  const element = document.querySelector('cluster-list');
  // Where the time went: each response's end (Resource Timing) and the rows reaching the DOM.
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve({
    ok: true,
    ms: performance.now(),
    rowsAt: window.__rowsAt,
    responses: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, end: entry.responseEnd })),
  })));
  const check = () => {
    if (!element.shadowRoot.querySelector('[part~="row"]')) return;
    observer.disconnect();
    window.__rowsAt = performance.now();
    done();
  };
  const observer = new MutationObserver(check);
  observer.observe(element.shadowRoot, { childList: true, subtree: true });
  check();
}));
</script>`;

/**
 * The embed code the landing page's builder writes for `province` ('' = the whole list), with
 * its defaults otherwise (preload on): the page on the widget's origin is loaded in Chromium, the
 * province chosen, and the snippet read from its text box once it carries the preload line.
 */
export async function builderSnippet(browser: Browser, widgetOrigin: string, province: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${widgetOrigin}/`);
    const select = page.locator('#builder select[name="province"]');
    // The provinces arrive from a data file; the preload line once the standalone module is in.
    if (province) {
      await page.waitForFunction(
        (name) => [...document.querySelectorAll('#builder select[name="province"] option')].some((o) => (o as HTMLOptionElement).value === name),
        province,
      );
      await select.selectOption(province);
    }
    await page.waitForFunction(
      (name) => {
        const text = (document.getElementById('snippet') as HTMLTextAreaElement).value;
        return text.includes('rel="preload"') && (name === '' ? !text.includes('province=') : text.includes(`province="${name}"`));
      },
      province,
      { timeout: 15_000 },
    );
    return await page.locator('#snippet').inputValue();
  } finally {
    await context.close();
  }
}

/** The preload hint's URL in a snippet (the first-view data file the widget will read). */
export function preloadUrl(snippet: string): string {
  const href = /<link rel="preload"[^>]*\bhref="([^"]+)"/.exec(snippet)?.[1];
  if (!href) throw new Error(`the builder's snippet has no preload line:\n${snippet}`);
  return href.replace(/&amp;/g, '&');
}

/** The module script's URL in a snippet. */
export function scriptUrl(snippet: string): string {
  const src = /<script type="module" src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`the builder's snippet has no module script:\n${snippet}`);
  return src.replace(/&amp;/g, '&');
}
