/**
 * One small interface over the three automation libraries the engines need (puppeteer-core of
 * 2020 for old Chromium, a current puppeteer-core over WebDriver BiDi for Firefox, selenium for
 * WebKit, Playwright for current Chromium), so that one smoke suite runs unchanged on each.
 *
 * Scripts run in the page are strings in the syntax of the oldest engine (ES2019 is safe): a
 * function *body* that reads its arguments from `arguments` and returns a JSON value, which every
 * driver accepts as it is (selenium's `executeScript` shape).
 */

/** What a driver can do beyond the common core; tests that need one say so instead of skipping silently. */
export interface EngineFeatures {
  /** Pages can be opened with JavaScript disabled. */
  javaScriptToggle: boolean;
  /** The accessibility tree can be read (the names of the nodes a screen reader would get). */
  accessibilityTree: boolean;
  /** The viewport can be set to a phone's width (375 CSS px). */
  narrowViewport: boolean;
  /** The driver itself reports console errors (otherwise only the page's own hooks see them). */
  consoleErrors: boolean;
}

export interface PageOptions {
  /** CSS px; a desktop width unless given. */
  width?: number;
  /** false: the page runs no script of its own (the driver's scripts still run). */
  javaScript?: boolean;
}

/** An element the driver can act on as a user would: scrolled into view, then real input events. */
export interface EngineElement {
  click(): Promise<void>;
  type(text: string): Promise<void>;
}

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs `body` as a function body with `args` as its `arguments`; returns its (JSON) result. */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Like `evaluate`, for a body that returns an element (shadow roots included). */
  element(body: string, ...args: unknown[]): Promise<EngineElement>;
  /** The names in the page's accessibility tree (only where `features.accessibilityTree`). */
  accessibleNames(): Promise<string[]>;
  /** Page errors and console errors the driver saw since the page opened. */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

export interface EngineBrowser {
  /** e.g. "Chromium 80", as the reports name it. */
  readonly label: string;
  /** The version the browser reports, e.g. "HeadlessChrome/80.0.3987.0". */
  readonly version: string;
  readonly features: EngineFeatures;
  newPage(options?: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** A page of a driver that emits page errors and console messages (Playwright's and puppeteer's alike). */
export interface ProblemSource {
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
}

/** From now on, every page error and console error of `page`, as {@link EnginePage.problems} lists them. */
export function collectProblems(page: ProblemSource): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/** Wraps a function body and its arguments into one expression, for drivers that evaluate strings. */
export function invocation(body: string, args: readonly unknown[]): string {
  return `(function () {\n${body}\n}).apply(null, ${JSON.stringify(args)})`;
}

/**
 * For drivers that cannot switch scripting off per page: pages with `javaScript: false` open in a
 * second browser, launched on first use with scripting off (the driver's own scripts still run).
 */
export function withScriptlessTwin(browser: EngineBrowser, launchTwin: () => Promise<EngineBrowser>): EngineBrowser {
  let twin: Promise<EngineBrowser> | undefined;
  return {
    label: browser.label,
    version: browser.version,
    features: { ...browser.features, javaScriptToggle: true },
    newPage(options = {}) {
      if (options.javaScript !== false) return browser.newPage(options);
      twin ??= launchTwin();
      return twin.then((scriptless) => scriptless.newPage({ ...options, javaScript: true }));
    },
    async close() {
      await Promise.all([browser.close(), twin?.then((scriptless) => scriptless.close())]);
    },
  };
}
