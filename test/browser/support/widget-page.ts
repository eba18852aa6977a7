import type { Page } from 'playwright-core';

/** What the widget's events looked like from the host page. */
export interface RecordedEvent {
  type: string;
  detail: unknown;
}

declare global {
  interface Window {
    __events: RecordedEvent[];
    __errors: string[];
    __violations: string[];
  }
}

/**
 * Records the widget's events, uncaught errors and CSP violations on every page before any script
 * runs, so tests can wait for `cluster-list-load` and assert that the host page saw no error.
 */
export async function instrument(page: Page): Promise<string[]> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__events = [];
    window.__errors = [];
    window.__violations = [];
    for (const type of ['cluster-list-load', 'cluster-list-filter-change', 'cluster-list-select']) {
      document.addEventListener(type, (event) => {
        window.__events.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) });
      });
    }
    window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return pageErrors;
}

/** Waits until the widget has fired `cluster-list-load` at least `count` times in total; returns the last detail. */
export async function waitForLoads<T = { total: number }>(page: Page, count: number): Promise<T> {
  await page.waitForFunction((n) => window.__events.filter((event) => event.type === 'cluster-list-load').length >= n, count);
  return page.evaluate(() => window.__events.filter((event) => event.type === 'cluster-list-load').at(-1)!.detail as T);
}

export function loadCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__events.filter((event) => event.type === 'cluster-list-load').length);
}

/** Runs `action` and waits for the load it causes. */
export async function afterLoad<T = { total: number }>(page: Page, action: () => Promise<unknown>): Promise<T> {
  const before = await loadCount(page);
  await action();
  return waitForLoads<T>(page, before + 1);
}

/** Names of the rows on screen, in order (Playwright's CSS locators pierce open shadow roots). */
export function rowNames(page: Page): Promise<string[]> {
  return page.locator('cluster-list .row .name').allTextContents();
}

export function countText(page: Page): Promise<string> {
  return page.locator('cluster-list .count').innerText();
}

/** Errors and CSP violations seen inside the page (in addition to Playwright's pageerror list). */
export function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__errors, ...window.__violations]);
}
