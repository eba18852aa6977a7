/**
 * Debian's current Chromium behind the engines' interface, through playwright-core (already a
 * devDependency): the reference the old engines are compared with, and the engine on which the
 * runtime-API floor check removes newer APIs before the widget runs.
 */
import type { ElementHandle, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { collectProblems, invocation, type EngineBrowser, type EngineElement, type EnginePage, type PageOptions } from './engine';

const DESKTOP = { width: 1024, height: 768 };

async function accessibleNames(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: unknown } }[] };
  await session.detach();
  return nodes.map((node) => node.name?.value).filter((name): name is string => typeof name === 'string' && name !== '');
}

export async function launchCurrentChromium(): Promise<EngineBrowser> {
  // The same binary and flags as the browser tests and the bench.
  const browser = await launchChromium();
  return {
    label: 'Chromium (current)',
    version: `Chromium/${browser.version()}`,
    features: { javaScriptToggle: true, accessibilityTree: true, narrowViewport: true, consoleErrors: true },
    async newPage(options: PageOptions = {}): Promise<EnginePage> {
      const context = await browser.newContext({
        viewport: { ...DESKTOP, width: options.width ?? DESKTOP.width },
        javaScriptEnabled: options.javaScript !== false,
      });
      const page = await context.newPage();
      const problems = collectProblems(page);
      return {
        problems,
        async goto(url) {
          await page.goto(url);
        },
        evaluate: async <T>(body: string, ...args: unknown[]) => (await page.evaluate(invocation(body, args))) as T,
        async element(body, ...args): Promise<EngineElement> {
          const element = (await page.evaluateHandle(invocation(body, args))).asElement() as ElementHandle<Element> | null;
          if (!element) throw new Error(`no element from: ${body}`);
          // ElementHandle has no pressSequentially (Locator's) and its `type` is deprecated: focus, then the keyboard.
          return { click: () => element.click(), type: (text) => element.focus().then(() => page.keyboard.type(text)) };
        },
        accessibleNames: () => accessibleNames(page),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
