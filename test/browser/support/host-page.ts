import type { BrowserContextOptions, Page, Response } from 'playwright-core';
import { hostPage, type HostPageOptions } from './host-server';
import type { BrowserSession } from './session';
import { instrument } from './widget-page';

/**
 * Where a widget comes from:
 * - `mirror`: the embed snippet's two lines, the script and its data files from the built site on a
 *   plain static server of another origin (no Worker there: every `/api/*` is a 404);
 * - `src`: the script on the host page's own origin, reading the snapshot its `src` names.
 */
export type Mode = 'mirror' | 'src';

/** The attribute that puts a widget in `mode`; the `src` snapshot is the one the host server copies from dist/. */
export function sourceAttribute(mode: Mode): string {
  return mode === 'mirror' ? '' : 'src="/widget/clusters.json"';
}

/** The widget script's URL in `mode`. */
export function widgetScript(session: BrowserSession, mode: Mode): string {
  return mode === 'mirror' ? `${session.mirror.origin}/widget/cluster-list.js` : '/widget/cluster-list.js';
}

interface InstrumentedPage {
  page: Page;
  /** Uncaught errors and dialogs Playwright saw; see `expectNoPageProblems`. */
  pageErrors: string[];
}

/**
 * A page in a fresh context (the session closes it after the test), instrumented before any of its
 * scripts run. Tests that intercept or watch the page's requests set that up on it before
 * `gotoHostPage`, so that the first request is covered too.
 */
export async function newInstrumentedPage(session: BrowserSession, contextOptions?: BrowserContextOptions): Promise<InstrumentedPage> {
  const context = await session.newContext(contextOptions);
  const page = await context.newPage();
  return { page, pageErrors: await instrument(page) };
}

interface GotoOptions extends HostPageOptions {
  /** Extra response headers of the host page, e.g. its CSP. */
  headers?: Record<string, string>;
}

/**
 * Serves `body` in a minimal host page at `path` on the session's host server and opens it there.
 * Returns the document's response, so a test can check which headers the page really got.
 */
export async function gotoHostPage(session: BrowserSession, page: Page, path: string, body: string, options: GotoOptions = {}): Promise<Response> {
  const { headers, ...pageOptions } = options;
  session.host.route(path, hostPage(body, pageOptions), { headers });
  const response = await page.goto(`${session.host.origin}${path}`);
  // goto answers null only for a same-document navigation, which a fresh path never is.
  if (response === null) throw new Error(`opening ${path} gave no response`);
  return response;
}

/** `newInstrumentedPage` then `gotoHostPage`: the usual start of a test that needs nothing before the page loads. */
export async function openHostPage(
  session: BrowserSession,
  path: string,
  body: string,
  options: GotoOptions & { context?: BrowserContextOptions } = {},
): Promise<InstrumentedPage & { response: Response }> {
  const { context, ...gotoOptions } = options;
  const opened = await newInstrumentedPage(session, context);
  return { ...opened, response: await gotoHostPage(session, opened.page, path, body, gotoOptions) };
}
