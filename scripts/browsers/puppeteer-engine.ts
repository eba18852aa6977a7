/**
 * `EngineBrowser` over puppeteer-core, whichever version: 2.1.1 and 5.3.1 (CDP, old Chromium) and
 * a current one (WebDriver BiDi, Firefox) share every call used here. The types are the part of
 * puppeteer's API this file calls, since the package lives in the browser cache.
 */
import { collectProblems, invocation, type EngineBrowser, type EngineElement, type EngineFeatures, type EnginePage, type PageOptions } from './engine';

interface PuppeteerElement {
  click(): Promise<void>;
  type(text: string): Promise<void>;
}

interface AccessibilityNode {
  name?: string;
  children?: AccessibilityNode[];
}

interface PuppeteerPage {
  on(event: 'console', handler: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', handler: (error: Error) => void): void;
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  evaluateHandle(expression: string): Promise<{ asElement(): PuppeteerElement | null }>;
  setViewport(viewport: { width: number; height: number }): Promise<void>;
  setJavaScriptEnabled(enabled: boolean): Promise<void>;
  accessibility: { snapshot(options?: { interestingOnly?: boolean }): Promise<AccessibilityNode | null> };
  close(): Promise<void>;
}

export interface PuppeteerBrowser {
  version(): Promise<string>;
  newPage(): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/** What `launch` of any puppeteer-core version looks like from here. */
export interface Puppeteer {
  launch(options: Record<string, unknown>): Promise<PuppeteerBrowser>;
}

const DESKTOP = { width: 1024, height: 768 };

function names(node: AccessibilityNode | null | undefined, into: string[] = []): string[] {
  if (!node) return into;
  if (node.name) into.push(node.name);
  for (const child of node.children ?? []) names(child, into);
  return into;
}

async function openPage(browser: PuppeteerBrowser, _features: EngineFeatures, options: PageOptions): Promise<EnginePage> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  // Only when asked: Firefox ESR 140 fails setViewport, and its window size is the viewport.
  if (options.width !== undefined) await page.setViewport({ ...DESKTOP, width: options.width });
  if (options.javaScript === false) await page.setJavaScriptEnabled(false);
  return {
    problems,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: async <T>(body: string, ...args: unknown[]) => (await page.evaluate(invocation(body, args))) as T,
    async element(body, ...args): Promise<EngineElement> {
      const element = (await page.evaluateHandle(invocation(body, args))).asElement();
      if (!element) throw new Error(`no element from: ${body}`);
      return element;
    },
    accessibleNames: async () => names(await page.accessibility.snapshot({ interestingOnly: false })),
    close: () => page.close(),
  };
}

/** Launches with `launchOptions` and wraps the browser. */
export async function launchWithPuppeteer(
  puppeteer: Puppeteer,
  label: string,
  features: EngineFeatures,
  launchOptions: Record<string, unknown>,
): Promise<EngineBrowser> {
  const browser = await puppeteer.launch(launchOptions);
  const version = await browser.version();
  return {
    label,
    version,
    features,
    newPage: (options = {}) => openPage(browser, features, options),
    close: () => browser.close(),
  };
}
