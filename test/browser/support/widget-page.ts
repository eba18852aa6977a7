import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the widget's events looked like from the host page. */
interface RecordedEvent {
  type: string;
  detail: unknown;
}

declare global {
  interface Window {
    __events: RecordedEvent[];
    __errors: string[];
    __violations: string[];
    // Set only by the init scripts of the tests that record them, declared once here for their
    // page.evaluate callbacks: layout shifts, its height per frame and what its first render drew.
    __shifts: { value: number; hadRecentInput: boolean; startTime: number }[];
    __flushShifts: () => void;
    __heights: number[];
    __firstRender: Promise<'skeleton' | 'reserved' | 'other'>;
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

/** How many times the widget has fired `cluster-list-load` so far. */
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
function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__errors, ...window.__violations]);
}

/**
 * No uncaught error, rejected promise, dialog or CSP violation reached the host page: both what
 * Playwright saw (`pageErrors` from `instrument`) and what the page itself recorded, since each
 * catches things the other misses (a CSP violation is no page error).
 */
export async function expectNoPageProblems(page: Page, pageErrors: string[]): Promise<void> {
  expect(pageErrors).toEqual([]);
  expect(await pageProblems(page)).toEqual([]);
}

/** Every URL the page requests from now on, in order (the list fills as the page runs). */
export function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

/** Clicks the widget's CSV link and reads the file the browser saved (needs a context with `acceptDownloads`). */
export async function downloadCsv(page: Page): Promise<{ csv: string; filename: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('cluster-list [part="download"]').click()]);
  // path() waits for the file and throws if the download failed.
  return { csv: await readFile(await download.path(), 'utf8'), filename: download.suggestedFilename() };
}
