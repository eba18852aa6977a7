/**
 * `<cluster-list>` and its files: what it fetches and when, and what a reader sees when a file is
 * missing, broken, blocked or of an older release. The widget comes from the built site on a
 * plain static mirror (another origin, no Worker), whose answers a test can replace.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClusters, workerOrigin } from './support/api';
import { gotoHostPage, newInstrumentedPage, openHostPage, widgetScript } from './support/host-page';
import { useBrowserSession } from './support/session';
import { afterLoad, expectNoPageProblems, loadCount, recordRequests, rowNames, waitForLoads } from './support/widget-page';

const session = useBrowserSession();
/** The whole list's first view: the one file every nationwide embed starts from. */
const VIEW = '/widget/data/views/all.json';
/** 浙江省's first view, as the embed builder's snippet names it. */
const ZHEJIANG = `/widget/data/views/provinces/${encodeURIComponent('浙江省')}.json`;
const FALLBACK = '<a id="fallback" href="https://cluster-list.example/provinces/330000">浙江省的中小企业特色产业集群名单</a>';

/** A host page with one mirrored widget (and its fallback link inside). */
async function openWidget(page: Page, path: string, attributes: string, head = ''): Promise<void> {
  await gotoHostPage(session, page, path, `<cluster-list ${attributes}>${FALLBACK}</cluster-list>`, { script: widgetScript(session, 'mirror'), head });
}

const alert = (page: Page) => page.locator('cluster-list [role="alert"]');
const alertText = (page: Page) =>
  alert(page)
    .textContent({ timeout: 1000 })
    .catch((error: unknown) => String(error));

afterEach(() => {
  for (const path of [VIEW, ZHEJIANG]) session.mirror.override(path, null);
});

describe('<cluster-list> when a data file is broken', () => {
  const view = readFileSync(new URL(`../../dist/site${VIEW}`, import.meta.url), 'utf8');
  it.each([
    ['missing (404)', { status: 404, body: 'not found', type: 'text/plain' }, '找不到数据文件'],
    ['truncated', { status: 200, body: view.slice(0, view.length / 2) }, '数据文件已损坏'],
    ['not JSON', { status: 200, body: '<!doctype html><title>error</title>', type: 'text/html' }, '数据文件已损坏'],
    ['of another shape', { status: 200, body: JSON.stringify({ data: [], meta: { total: 0 } }) }, '数据文件已损坏'],
  ])('names the file when it is %s, shows the fallback link and a retry, and recovers', async (_, fault, message) => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    session.mirror.override(VIEW, fault);
    await openWidget(page, '/broken', '');
    await expect.poll(() => alertText(page), { timeout: 15_000 }).toContain(message);
    expect(await alertText(page)).toContain(`${session.mirror.origin}${VIEW}`);
    // Never half a list: no row, and the host's own link to the list shows instead.
    expect(await rowNames(page)).toEqual([]);
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    session.mirror.override(VIEW, null);
    await page.locator('cluster-list .notice button', { hasText: '重试' }).click();
    const loaded = await waitForLoads(page, 1);
    expect(loaded.total).toBe((await apiClusters({})).total);
    expect(await alert(page).count()).toBe(0);
    expect(await page.locator('#fallback').isVisible()).toBe(false);
    await expectNoPageProblems(page, pageErrors);
  });

  it('shows the province from the snapshot when its first view is missing, and a broken one as broken', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    session.mirror.override(ZHEJIANG, { status: 404, body: 'not found', type: 'text/plain' });
    await openWidget(page, '/province-missing', 'province="浙江省"');
    await waitForLoads(page, 1);
    expect(await rowNames(page)).toEqual((await apiClusters({ province: '浙江省', limit: '10' })).rows.map((row) => row.name));
    await expectNoPageProblems(page, pageErrors);
    const broken = await newInstrumentedPage(session);
    session.mirror.override(ZHEJIANG, { status: 200, body: '{"format":' });
    await openWidget(broken.page, '/province-broken', 'province="浙江省"');
    await expect.poll(() => alertText(broken.page), { timeout: 15_000 }).toContain('数据文件已损坏');
    await expectNoPageProblems(broken.page, broken.pageErrors);
  });

  it('says so when `src` points at a file that is not a snapshot', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    await gotoHostPage(session, page, '/wrong-src', `<cluster-list src="${session.mirror.origin}${ZHEJIANG}" province="浙江省"></cluster-list>`, {
      script: widgetScript(session, 'mirror'),
    });
    await expect.poll(() => alertText(page), { timeout: 15_000 }).toContain(`数据文件已损坏，或不是 cluster-list 的数据：${session.mirror.origin}${ZHEJIANG}`);
    await expectNoPageProblems(page, pageErrors);
  });

  it("shows the API's own message for an invalid preset, without a retry button", async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    await openWidget(page, '/invalid', 'province="火星"');
    await expect.poll(() => alertText(page), { timeout: 15_000 }).toContain('未知省份');
    expect(await alert(page).locator('button').count()).toBe(0);
    await expectNoPageProblems(page, pageErrors);
  });

  it('keeps its first rows when the host page blocks the engine, and says that filtering is unavailable', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    await page.route('**/widget/chunks/engine.*.js', (route) => route.abort('blockedbyclient'));
    await openWidget(page, '/blocked', 'province="浙江省"');
    await waitForLoads(page, 1);
    const expected = await apiClusters({ province: '浙江省', limit: '10' });
    await expect.poll(() => page.locator('cluster-list .notice').innerText()).toContain('搜索、筛选和下载暂不可用');
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    expect(await page.locator('cluster-list input[type="search"]').isDisabled()).toBe(true);
    expect(await page.locator('cluster-list .chips button').first().isDisabled()).toBe(true);
    expect(await page.locator('cluster-list [part="download"]').isDisabled()).toBe(true);
    expect(await page.locator('cluster-list nav button', { hasText: '下一页' }).isDisabled()).toBe(true);
    // The block lifted, the retry loads the engine and the controls work again.
    await page.unroute('**/widget/chunks/engine.*.js');
    await page.locator('cluster-list .notice button', { hasText: '重试' }).click();
    await expect.poll(() => page.locator('cluster-list input[type="search"]').isDisabled()).toBe(false);
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2023' }).click());
    expect(await rowNames(page)).toEqual((await apiClusters({ province: '浙江省', year: '2023', limit: '10' })).rows.map((row) => row.name));
    // A blocked script is the host page's doing, not an error of the page.
    expect(pageErrors).toEqual([]);
  });

  it('never shows rows of two releases: a first view older than the deployed data is fetched again', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const current = JSON.parse(readFileSync(new URL(`../../dist/site/widget/data/views/provinces/浙江省.json`, import.meta.url), 'utf8')) as {
      version: string;
    };
    // A cache kept the first view of a release whose snapshot is gone from the mirror.
    const stale = { ...current, version: 'old-release', snapshot: 'snapshots/old-release.json' };
    session.mirror.override(ZHEJIANG, { status: 200, body: JSON.stringify(stale), once: true });
    const requests = recordRequests(page);
    await openWidget(page, '/stale', 'province="浙江省"');
    await waitForLoads(page, 1);
    await expect.poll(() => page.locator('cluster-list [part="source"]').innerText()).toContain('old-release');
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2024' }).click());
    // The rows and the source line are now all of the current release.
    expect(await rowNames(page)).toEqual((await apiClusters({ province: '浙江省', year: '2024', limit: '10' })).rows.map((row) => row.name));
    expect(await page.locator('cluster-list [part="source"]').innerText()).toContain(current.version);
    expect(requests).toContain(`${session.mirror.origin}/widget/data/snapshots/old-release.json`);
    expect(requests.filter((url) => url === `${session.mirror.origin}${ZHEJIANG}`).length).toBe(2);
    await expectNoPageProblems(page, pageErrors);
  });
});

describe('<cluster-list> requests', () => {
  it('fetches nothing until it comes near the viewport', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session, { viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(page);
    const dataRequests = () => requests.filter((url) => url.includes('/widget/data/') || url.endsWith('/clusters.json'));
    await gotoHostPage(session, page, '/lazy', `<div style="height: 4000px"></div><cluster-list province="浙江省"></cluster-list>`, {
      script: widgetScript(session, 'mirror'),
    });
    await page.waitForLoadState('networkidle');
    expect(dataRequests()).toEqual([]);
    await page.locator('cluster-list').scrollIntoViewIfNeeded();
    await waitForLoads(page, 1);
    expect(dataRequests()[0]).toBe(`${session.mirror.origin}${ZHEJIANG}`);
    await expectNoPageProblems(page, pageErrors);
  });

  it('serves two widgets of one page from one file each and one shared snapshot', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const requests = recordRequests(page);
    await gotoHostPage(
      session,
      page,
      '/two-widgets',
      `<cluster-list province="浙江"></cluster-list><cluster-list province="江苏省" page-size="5"></cluster-list>`,
      { script: widgetScript(session, 'mirror') },
    );
    await waitForLoads(page, 2);
    const [zhejiang, jiangsu] = await Promise.all([apiClusters({ province: '浙江省', limit: '10' }), apiClusters({ province: '江苏省', limit: '5' })]);
    expect(await rowNames(page)).toEqual([...zhejiang.rows, ...jiangsu.rows].map((row) => row.name));
    await page.waitForLoadState('networkidle');
    const data = requests.filter((url) => url.endsWith('.json')).map((url) => new URL(url).pathname);
    expect(
      data
        .filter((path) => path.includes('/views/'))
        .map(decodeURIComponent)
        .sort(),
    ).toEqual(['/widget/data/views/provinces/江苏省.json', '/widget/data/views/provinces/浙江.json']);
    expect(data.filter((path) => path.includes('/snapshots/')).length).toBe(1);
    await expectNoPageProblems(page, pageErrors);
  });

  it("takes the embed snippet's preload: the first-view file is fetched once, and no preload goes unused", async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const requests = recordRequests(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    const first = `${session.mirror.origin}/widget/data/views/provinces/${encodeURIComponent('浙江')}.json`;
    await openWidget(page, '/preload', 'province="浙江"', `<link rel="preload" as="fetch" crossorigin href="${first}">`);
    await waitForLoads(page, 1);
    expect(await rowNames(page)).toEqual((await apiClusters({ province: '浙江省', limit: '10' })).rows.map((row) => row.name));
    expect(requests.filter((url) => url === first)).toEqual([first]);
    // Chromium names a preload it could not match ("…not used…", "credentials mode does not match").
    await page.waitForTimeout(100);
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
  });

  it('shows only the latest view when an attribute changes while the first file loads', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    await page.route(`**${ZHEJIANG}`, async (route) => {
      await new Promise((wait) => setTimeout(wait, 1500));
      await route.continue().catch(() => {});
    });
    await openWidget(page, '/overtaken', 'province="浙江省"');
    await page.waitForTimeout(300);
    await page.evaluate(() => document.querySelector('cluster-list')!.setAttribute('province', '江苏省'));
    const loaded = await waitForLoads(page, 1);
    const expected = await apiClusters({ province: '江苏省', limit: '10' });
    expect(loaded.total).toBe(expected.total);
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    await page.waitForTimeout(1500);
    expect(await loadCount(page)).toBe(1);
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    await expectNoPageProblems(page, pageErrors);
  });
});

describe("a reader's whole session", () => {
  it('sends no request to the Worker: load, search, city, paging, a year chip, the CSV, and a province on a nationwide embed', async () => {
    const { page, pageErrors } = await openHostPage(
      session,
      '/session',
      `<cluster-list province="浙江省" page-size="5"></cluster-list><cluster-list id="all"></cluster-list>`,
      { script: widgetScript(session, 'mirror'), context: { acceptDownloads: true } },
    );
    const requests = recordRequests(page);
    await waitForLoads(page, 2);
    const zhejiang = page.locator('cluster-list').first();
    await afterLoad(page, () => zhejiang.locator('input[type="search"]').fill('zhoucheng'));
    await afterLoad(page, () => zhejiang.locator('input[type="search"]').fill(''));
    await afterLoad(page, () => zhejiang.locator('select').first().selectOption('宁波市'));
    await afterLoad(page, () => zhejiang.locator('select').first().selectOption(''));
    await afterLoad(page, () => zhejiang.locator('nav button', { hasText: '下一页' }).click());
    await afterLoad(page, () => zhejiang.locator('.chips button', { hasText: '2023' }).click());
    await Promise.all([page.waitForEvent('download'), zhejiang.locator('[part="download"]').click()]);
    await afterLoad(page, () => page.locator('#all select').first().selectOption('广东省'));
    expect(await page.locator('#all .count').innerText()).toContain(`${(await apiClusters({ province: '广东省' })).total} 个集群`);
    expect(requests.filter((url) => url.startsWith(workerOrigin()) || new URL(url).pathname.startsWith('/api/'))).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
  });
});
