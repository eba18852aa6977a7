/**
 * The built pages in Chromium: axe (WCAG 2.2 AA) in both colour schemes, the pages without
 * JavaScript, the citation date with it, reflow at 320 px, and hostile records rendered as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CLUSTERS, FIXTURE_NOTICES, HOSTILE_CLUSTERS } from '../fixtures/records';
import { renderSite } from '../../site/pages/render-site';
import { workerOrigin } from './support/api';
import { axeViolations } from './support/axe';
import { expectFreshPages } from './support/pages-site';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
beforeAll(expectFreshPages);

/** One page of each kind, and the records whose fields are unusual (no prefecture, a town, a municipality). */
const PAGES = [
  '/clusters/194',
  '/clusters/100',
  '/clusters/276',
  '/provinces/330000',
  '/provinces/110000',
  '/cities/330200',
  '/years/2024',
  '/industries/39',
  '/stats',
  '/clusters/abc',
  '/',
];

async function open(
  path: string,
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number } = {},
): Promise<{ page: Page; status: number; headers: Record<string, string>; errors: string[] }> {
  const context = await session.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  const response = await page.goto(`${workerOrigin()}${path}`);
  return { page, status: response?.status() ?? 0, headers: response?.headers() ?? {}, errors };
}

describe.each(['light', 'dark'] as const)('axe in the %s scheme', (colorScheme) => {
  it.each(PAGES)('finds no WCAG 2.2 AA violation on %s', async (path) => {
    const { page, errors } = await open(path, { colorScheme });
    if (path === '/') await page.locator('cluster-list .row').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows a record with its fields, citations (dated with the build) and links', async () => {
    const { page, status } = await open('/clusters/194', { javaScriptEnabled: false });
    expect(status).toBe(200);
    await expect.poll(() => page.locator('h1').innerText()).toBe('宁波慈溪市智能小家电产业集群');
    expect(await page.locator('.fields-list dd').allInnerTexts()).toEqual(expect.arrayContaining(['智能小家电', '宁波市']));
    const gbt = await page.locator('.cite code').first().innerText();
    expect(gbt).toMatch(
      /^cluster-list\. 宁波慈溪市智能小家电产业集群: 中小企业特色产业集群名单2023年度第94号\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. http\S+\/clusters\/194\.$/,
    );
    const [, published, accessed] = /\((.+?)\)\[(.+?)\]/.exec(gbt)!;
    expect(accessed).toBe(published);
    expect(await page.locator('a[href="/cities/330200"]').count()).toBeGreaterThan(0);
  });

  it('draws the charts and their tables on /stats', async () => {
    const { page } = await open('/stats', { javaScriptEnabled: false });
    // By year, province, submitting unit, and the derived classification's section and division.
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(5);
    expect(await page.locator('#by-division tbody tr').count()).toBeGreaterThan(20);
    const box = await page.locator('#by-province svg').boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    expect(await page.locator('#by-province tbody tr').count()).toBeGreaterThan(25);
  });
});

describe('with JavaScript', () => {
  it("puts the reader's date into every citation, with the script allowed by the page's CSP and nothing else", async () => {
    const { page, headers, errors } = await open('/clusters/194');
    expect(headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+';/);
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    const today = await page.evaluate(() => {
      const date = new Date();
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    });
    expect(await page.locator('[data-today="iso"]').allInnerTexts()).toEqual([today, today, today]);
    const csl = JSON.parse(await page.locator('pre code').nth(1).innerText()) as { accessed: { 'date-parts': number[][] } }[];
    expect(csl[0]!.accessed['date-parts'][0]!.join('-')).toBe(today.split('-').map(Number).join('-'));
    expect(errors).toEqual([]);
  });
});

describe('at 320 px', () => {
  it.each(['/clusters/194', '/stats', '/years/2024'])('%s needs no horizontal scrolling', async (path) => {
    const { page } = await open(path, { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('hostile strings in a record', () => {
  it('render as text in the browser: no element, handler or dialog comes from the data', async () => {
    const site = renderSite({
      data: { records: [...FIXTURE_CLUSTERS, ...HOSTILE_CLUSTERS], notices: FIXTURE_NOTICES, version: 'hostile-1', builtAt: '2024-12-31T00:00:00Z' },
      origin: 'https://clusters.example.org',
      landingTemplate: readFileSync(join(import.meta.dirname, '../../site/public/index.html'), 'utf8'),
    });
    for (const id of [901, 902]) session.host.route(`/clusters/${id}`, site.find((file) => file.file === `clusters/${id}.html`)!.content);
    const context = await session.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${session.host.origin}/clusters/901`);
    expect(await page.locator('h1').innerText()).toBe(HOSTILE_CLUSTERS[0]!.name);
    expect(await page.locator('main').innerText()).toContain('<script>alert("county")</script>');
    await page.goto(`${session.host.origin}/clusters/902`);
    expect(await page.locator('h1').innerText()).toBe(HOSTILE_CLUSTERS[1]!.name);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('img, iframe, object, main script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
    }));
    expect(injected).toEqual({ elements: 0, handlers: [] });
    expect(dialogs).toEqual([]);
  });
});
