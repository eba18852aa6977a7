import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { workerOrigin } from './api';
import { instrument, waitForLoads } from './widget-page';

/**
 * Opens the landing page served by the local Worker (or by `origin`, a mirror), waits for its live
 * widget and for the embed builder's province list, and chooses 浙江省 there. Returns the page and
 * its collected errors.
 */
export async function openLandingPageWithZhejiang(context: BrowserContext, origin = workerOrigin()): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await context.newPage();
  const pageErrors = await instrument(page);
  await page.goto(`${origin}/`);
  await waitForLoads(page, 1);
  await expect.poll(() => page.locator('#builder select[name="province"] option').count()).toBeGreaterThan(10);
  await page.locator('#builder select[name="province"]').selectOption('浙江省');
  return { page, pageErrors };
}
