import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/browsers/chromium';
import { startStaticSite, type StaticSiteServer } from '../../../scripts/static-site-server';
import { startHostServer, type HostServer } from './host-server';

/** A test file's Chromium and host-page server, and the browser contexts its tests open. */
export interface BrowserSession {
  readonly host: HostServer;
  /** The built site on a plain static server of its own origin: a mirror with no Worker. */
  readonly mirror: StaticSiteServer;
  /** A fresh context (empty cache, no cookies), closed after the test that opened it. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers the file's hooks: one Chromium, one host server and one mirror for all its tests, and every
 * context a test opens closed after that test. Call it at the top level of a test file.
 */
export function useBrowserSession(): BrowserSession {
  let browser: Browser | undefined;
  let host: HostServer | undefined;
  let mirror: StaticSiteServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    host = await startHostServer();
    mirror = await startStaticSite();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await mirror?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session is used before its beforeAll hook ran');
    return value;
  };
  return {
    get host() {
      return started(host);
    },
    get mirror() {
      return started(mirror);
    },
    async newContext(options) {
      const context = await started(browser).newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
