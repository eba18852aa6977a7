// A reader's whole session with the builder's snippet on a page of another origin, every request
// counted by kind: issue 17 wants none of them to reach the Worker.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../../scripts/browsers/chromium';
import { matchesRoute, workerFirstPatterns } from '../runtime/miniflare';
import { builderSnippet, hostPage, startHost, WATCH_ROWS } from './host-page';

/** Which side of the widget's origin answered a request. */
export type RequestKind = 'worker' | 'static' | 'host' | 'other';

/** One request of the session, in the order it was sent. */
export interface SessionRequest {
  step: string;
  kind: RequestKind;
  /** Path and query on its origin (the whole URL for `other`). */
  path: string;
  status: number | null;
}

/** One step of the session, with what it showed. */
export interface SessionStep {
  name: string;
  /** The count the widget reported for the view after the step (its `cluster-list-load` total). */
  total: number | null;
}

export interface WidgetSession {
  /** The builder's snippets used: the 浙江省 embed and the nationwide one. */
  snippets: { province: string; nationwide: string };
  /** The paths that run the Worker first (wrangler.toml's `run_worker_first`). */
  workerPaths: string[];
  steps: SessionStep[];
  requests: SessionRequest[];
  /** Every file of the widget's origin whose request started before the 浙江省 embed's first rows reached the DOM. */
  filesBeforeFirstRows: string[];
  /** Of those, the JSON data files. */
  dataFilesBeforeFirstRows: string[];
  /** Rows of the CSV the reader downloaded (header excluded). */
  csvRows: number;
  pageErrors: string[];
}

const PROVINCE = '浙江省';
const SEARCHES = ['轴承', 'zhoucheng'] as const;
const LOAD_TIMEOUT_MS = 15_000;

const loadCount = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __loads: unknown[] }).__loads.length);

/** Runs `action`, then waits for the widget's next `cluster-list-load` and returns its total. */
async function afterLoad(page: Page, action: () => Promise<unknown>): Promise<number> {
  const before = await loadCount(page);
  await action();
  await page.waitForFunction((count) => (window as unknown as { __loads: unknown[] }).__loads.length > count, before, { timeout: LOAD_TIMEOUT_MS });
  return page.evaluate(() => {
    const loads = (window as unknown as { __loads: { total: number }[] }).__loads;
    return loads[loads.length - 1]!.total;
  });
}

function classify(url: string, widgetOrigin: string, hostOrigin: string, workerPaths: readonly string[]): Omit<SessionRequest, 'step' | 'status'> {
  const parsed = new URL(url);
  const path = parsed.pathname + parsed.search;
  if (parsed.origin === hostOrigin) return { kind: 'host', path };
  if (parsed.origin !== widgetOrigin) return { kind: 'other', path: url };
  return { kind: matchesRoute(parsed.pathname, workerPaths) ? 'worker' : 'static', path };
}

interface Recorder {
  requests: SessionRequest[];
  step: string;
}

/** Records every request of the context (module imports, preloads and fetches alike) under the current step. */
function recordRequests(context: BrowserContext, recorder: Recorder, origins: { widget: string; host: string }, workerPaths: string[]): void {
  const entries = new Map<Request, SessionRequest>();
  context.on('request', (request) => {
    const entry = { step: recorder.step, ...classify(request.url(), origins.widget, origins.host, workerPaths), status: null };
    entries.set(request, entry);
    recorder.requests.push(entry);
  });
  context.on('requestfinished', async (request) => {
    const entry = entries.get(request);
    if (entry) entry.status = (await request.response())?.status() ?? null;
  });
}

/** The files of the widget's origin whose request started before the first rows (Resource Timing). */
function filesBeforeRows(page: Page, widgetOrigin: string): Promise<string[]> {
  return page.evaluate((origin) => {
    const rowsAt = (window as unknown as { __rowsAt?: number }).__rowsAt ?? Number.POSITIVE_INFINITY;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(origin) && entry.startTime < rowsAt)
      .map((entry) => new URL(entry.name).pathname);
  }, widgetOrigin);
}

async function provinceSession(page: Page, recorder: Recorder, steps: SessionStep[]): Promise<number> {
  const widget = page.locator('cluster-list');
  const search = widget.locator('[part="search"]');
  const run = async (name: string, action: () => Promise<unknown>) => {
    recorder.step = name;
    steps.push({ name, total: await afterLoad(page, action) });
  };
  for (const q of SEARCHES) await run(`search ${q}`, () => search.fill(q).then(() => search.press('Enter')));
  await run('clear the search', () => search.fill('').then(() => search.press('Enter')));
  const city = widget.locator('select[part="select"]').first();
  const firstCity = await city.locator('option:not([value=""])').first().getAttribute('value');
  if (!firstCity) throw new Error('the 浙江省 embed offers no city');
  await run(`city ${firstCity}`, () => city.selectOption(firstCity));
  await run('all cities', () => city.selectOption(''));
  await run('next page', () => widget.locator('[part="pager"] button').last().click());
  await run('year chip 2024', () => widget.locator('[part="chip"]', { hasText: '2024' }).click());
  recorder.step = 'CSV download';
  const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('[part="download"]').click()]);
  const path = await download.path();
  const csvRows = (await readFile(path, 'utf8')).trimEnd().split('\r\n').length - 1;
  steps.push({ name: 'CSV download', total: csvRows });
  return csvRows;
}

async function openEmbed(page: Page, recorder: Recorder, steps: SessionStep[], name: string, url: string): Promise<void> {
  recorder.step = name;
  await page.goto(url);
  await page.evaluate('window.__bench');
  await page.waitForFunction(() => (window as unknown as { __loads: unknown[] }).__loads.length > 0, undefined, { timeout: LOAD_TIMEOUT_MS });
  steps.push({ name, total: await page.evaluate(() => (window as unknown as { __loads: { total: number }[] }).__loads[0]!.total) });
}

/**
 * In Chromium, on a host page of another origin, with the builder's snippets: the 浙江省 embed's
 * load, two searches (Chinese and pinyin), a city, the next page, a year chip and the CSV; then the
 * nationwide embed's load and a province. Every request the pages send is recorded by kind.
 */
export async function measureWidgetSession(widgetOrigin: URL): Promise<WidgetSession> {
  const origin = widgetOrigin.origin;
  const workerPaths = workerFirstPatterns();
  const browser: Browser = await launchChromium();
  try {
    const snippets = { province: await builderSnippet(browser, origin, PROVINCE), nationwide: await builderSnippet(browser, origin, '') };
    const host = await startHost({
      '/province': hostPage(WATCH_ROWS, snippets.province),
      '/nationwide': hostPage(WATCH_ROWS, snippets.nationwide),
    });
    const context = await browser.newContext({ acceptDownloads: true });
    const recorder: Recorder = { requests: [], step: '' };
    const steps: SessionStep[] = [];
    const pageErrors: string[] = [];
    try {
      recordRequests(context, recorder, { widget: origin, host: host.origin }, workerPaths);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await openEmbed(page, recorder, steps, `load the ${PROVINCE} embed`, `${host.origin}/province`);
      const csvRows = await provinceSession(page, recorder, steps);
      const files = await filesBeforeRows(page, origin);
      await openEmbed(page, recorder, steps, 'load the nationwide embed', `${host.origin}/nationwide`);
      recorder.step = `province ${PROVINCE}`;
      const province = page.locator('cluster-list select[part="select"]').first();
      steps.push({ name: recorder.step, total: await afterLoad(page, () => province.selectOption(PROVINCE)) });
      // Late responses (the snapshot behind the last load) land in the last step.
      await page.waitForLoadState('networkidle');
      const dataFiles = files.filter((file) => file.endsWith('.json'));
      return {
        snippets,
        workerPaths,
        steps,
        requests: recorder.requests,
        filesBeforeFirstRows: files,
        dataFilesBeforeFirstRows: dataFiles,
        csvRows,
        pageErrors,
      };
    } finally {
      await context.close();
      await host.close();
    }
  } finally {
    await browser.close();
  }
}
