/**
 * `<cluster-list>` in real Chromium. Every behaviour is checked with the embed snippet's widget
 * from a plain static mirror of the built site (another origin, no Worker) and with a host's own
 * snapshot (`src`), against the API's own answer as the oracle: the widget, which never calls the
 * API, shows exactly what the API answers.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClusters, workerOrigin } from './support/api';
import { gotoHostPage, newInstrumentedPage, sourceAttribute, widgetScript, type Mode } from './support/host-page';
import { useBrowserSession } from './support/session';
import { afterLoad, countText, downloadCsv, expectNoPageProblems, recordRequests, rowNames, waitForLoads } from './support/widget-page';

const session = useBrowserSession();

/** The URL of a file in the mirror's widget folder. */
const mirrorFile = (path: string) => `${session.mirror.origin}/widget/${path}`;

describe.each<Mode>(['mirror', 'src'])('<cluster-list> (%s)', (mode) => {
  let page: Page;
  let pageErrors: string[];
  let requests: string[];

  beforeEach(async () => {
    ({ page, pageErrors } = await newInstrumentedPage(session, { acceptDownloads: true }));
    requests = recordRequests(page);
  });

  afterEach(async () => {
    // No uncaught error, rejected promise or CSP violation reached the host page in any test,
    // and not one request went to the Worker: a reader's whole session is static files.
    await expectNoPageProblems(page, pageErrors);
    expect(requests.filter((url) => url.startsWith(workerOrigin()) || new URL(url).pathname.startsWith('/api/'))).toEqual([]);
  });

  async function open(attributes: string, path = `/${mode}`): Promise<{ total: number }> {
    await gotoHostPage(session, page, path, `<cluster-list ${sourceAttribute(mode)} ${attributes}></cluster-list>`, { script: widgetScript(session, mode) });
    return waitForLoads(page, 1);
  }

  it('province="浙江省" shows the right count and includes 宁波 clusters', async () => {
    const expected = await apiClusters({ province: '浙江省', limit: '300' });
    const loaded = await open('province="浙江省" page-size="100"');
    expect(loaded.total).toBe(expected.total);
    expect(await countText(page)).toBe(`浙江省 · ${expected.total} 个集群`);
    // The rows on screen are exactly the API's, so what holds for the API's rows below holds for the widget's.
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    // 宁波 is a 计划单列市: its clusters lie in 浙江省 although 宁波 submitted them itself.
    const ningbo = expected.rows.filter((row) => row.city === '宁波市');
    expect(ningbo.length).toBeGreaterThan(0);
    expect(ningbo.some((row) => row.submittedBy === '宁波市')).toBe(true);
    // All of them, not only some: every 宁波 cluster of the whole list is in 浙江省's view.
    const everywhere = await apiClusters({ limit: '300' });
    expect(everywhere.rows.length).toBe(everywhere.total);
    const allNingbo = everywhere.rows.filter((row) => row.city === '宁波市');
    expect(new Set(ningbo.map((row) => row.id))).toEqual(new Set(allNingbo.map((row) => row.id)));
    if (mode === 'src') {
      // Not one request left the host page's origin.
      expect(requests.filter((url) => !url.startsWith(session.host.origin))).toEqual([]);
    }
  });

  it('any accepted spelling of the province gives the same view', async () => {
    const expected = await apiClusters({ province: '浙江省', limit: '10' });
    await open('province="zhejiang"');
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    expect(await countText(page)).toBe(`浙江省 · ${expected.total} 个集群`);
    if (mode === 'mirror') {
      // The first rows come from one small file, the province's first view under the spelling the
      // page wrote; the engine and the snapshot follow once the browser is idle.
      const data = requests.filter((url) => url.endsWith('.json'));
      expect(data[0]).toBe(mirrorFile('data/views/provinces/zhejiang.json'));
    }
  });

  it('shows the source line with the version /api/v1/meta names: one release, one version', async () => {
    await open('province="浙江省"');
    const meta = (await (await fetch(`${workerOrigin()}/api/v1/meta`)).json()) as { data: { datasetVersion: string } };
    await expect.poll(() => page.locator('cluster-list [part="source"]').innerText()).toContain(`数据版本 ${meta.data.datasetVersion}`);
  });

  it('year chips filter the rows and show counts', async () => {
    await open('province="浙江省" page-size="100"');
    const expected = await apiClusters({ province: '浙江省', year: '2023', limit: '300' });
    const chip = page.locator('cluster-list .chips button', { hasText: '2023' });
    await expect.poll(async () => (await chip.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`2023 ${expected.total}`);
    const loaded = await afterLoad(page, () => chip.click());
    expect(loaded.total).toBe(expected.total);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    const both = await apiClusters({ province: '浙江省', year: '2023,2024', limit: '300' });
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2024' }).click());
    expect(await rowNames(page)).toEqual(both.rows.map((row) => row.name));
    const all = await apiClusters({ province: '浙江省', limit: '1' });
    await afterLoad(page, () => page.locator('cluster-list .chips button').first().click());
    expect(await countText(page)).toBe(`浙江省 · ${all.total} 个集群`);
  });

  it('searches Chinese and pinyin, highlighting literal matches', async () => {
    await open('page-size="100"');
    const search = page.locator('cluster-list input[type="search"]');
    for (const q of ['轴承', 'zhoucheng', 'cixi', 'cx 家电']) {
      const expected = await apiClusters({ q, limit: '300' });
      expect(expected.total).toBeGreaterThan(0);
      const loaded = await afterLoad(page, () => search.fill(q));
      expect(loaded.total).toBe(expected.total);
      // Ranked as the API ranks: a name hit before a place hit.
      expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    }
    await afterLoad(page, () => search.fill('轴承'));
    const marks = await page.locator('cluster-list .row .name mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['轴承']));
  });

  it('shows a helpful message when nothing matches, and clears the filters', async () => {
    await open('province="浙江省"');
    const loaded = await afterLoad(page, () => page.locator('cluster-list input[type="search"]').fill('不存在的集群名称'));
    expect(loaded.total).toBe(0);
    await expect.poll(() => page.locator('cluster-list .notice').innerText()).toContain('没有符合条件的集群');
    await afterLoad(page, () => page.locator('cluster-list .notice button').click());
    expect((await rowNames(page)).length).toBe(10);
  });

  it('sorts by year, name and place', async () => {
    await open('province="浙江省" page-size="100"');
    const select = page.locator('cluster-list select').last();
    for (const sort of ['-year', 'name', 'province']) {
      const expected = await apiClusters({ province: '浙江省', sort, limit: '300' });
      await afterLoad(page, () => select.selectOption(sort));
      expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    }
  });

  it('pages through results larger than page-size without losing rows', async () => {
    const all = await apiClusters({ province: '浙江省', limit: '300' });
    await open('province="浙江省" page-size="5"');
    const seen: string[] = [];
    const pages = Math.ceil(all.total / 5);
    for (let index = 1; index <= pages; index++) {
      const from = (index - 1) * 5 + 1;
      expect(await page.locator('cluster-list .range').innerText()).toBe(`第 ${from}–${Math.min(all.total, index * 5)} 条，共 ${all.total} 条`);
      seen.push(...(await rowNames(page)));
      const next = page.locator('cluster-list nav button', { hasText: '下一页' });
      if (index < pages) await afterLoad(page, () => next.click());
      else expect(await next.isDisabled()).toBe(true);
    }
    expect(seen).toEqual(all.rows.map((row) => row.name));
    await afterLoad(page, () => page.locator('cluster-list nav button', { hasText: '上一页' }).click());
    expect(await rowNames(page)).toEqual(all.rows.slice((pages - 2) * 5, (pages - 1) * 5).map((row) => row.name));
  });

  it('downloads a CSV of exactly the filtered rows', async () => {
    await open('province="浙江省"');
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2024' }).click());
    const expected = await apiClusters({ province: '浙江省', year: '2024', limit: '300' });
    const { csv, filename } = await downloadCsv(page);
    expect(csv.startsWith('\uFEFFid,year,batch,seq,name,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length).toBe(expected.total + 1);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(expected.rows.map((row) => row.id));
    expect(filename).toMatch(/2024.*\.csv$/);
  });

  it('speaks English with lang="en"; data values stay Chinese', async () => {
    const expected = await apiClusters({ province: '浙江省', limit: '10' });
    await open('province="浙江省" lang="en"');
    expect(await countText(page)).toBe(`Zhejiang · ${expected.total} clusters`);
    const root = page.locator('cluster-list .root');
    expect(await root.getAttribute('lang')).toBe('en');
    expect(await page.locator('cluster-list .title').innerText()).toBe('SME characteristic industrial clusters');
    expect(await page.locator('cluster-list nav button').last().innerText()).toBe('Next');
    expect(await page.locator('cluster-list [part="download"]').innerText()).toBe('Download CSV');
    expect(await page.locator('cluster-list input[type="search"]').getAttribute('placeholder')).toContain('pinyin');
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    expect(await page.locator('cluster-list .row .meta').first().innerText()).toMatch(/^\d{4} · batch \d/);
  });

  it("refetches when an attribute changes, and fires filter-change for the reader's changes", async () => {
    await open('province="浙江省"');
    const expected = await apiClusters({ province: '江苏省', limit: '10' });
    const loaded = await afterLoad(page, () => page.evaluate(() => document.querySelector('cluster-list')!.setAttribute('province', '江苏')));
    expect(loaded.total).toBe(expected.total);
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2022' }).click());
    const changes = await page.evaluate(() => window.__events.filter((event) => event.type === 'cluster-list-filter-change'));
    expect(changes.at(-1)?.detail).toMatchObject({ filters: { province: '江苏', year: [2022], page: 1 } });
  });

  it('opens a row with the keyboard and fires cluster-list-select with the record', async () => {
    await open('province="浙江省" hide-filters="search sort"');
    expect(await page.locator('cluster-list input[type="search"]').count()).toBe(0);
    const first = (await apiClusters({ province: '浙江省', limit: '1' })).rows[0]!;
    await page.locator('cluster-list summary').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('cluster-list details').first().getAttribute('open')).toBe('');
    // The select event follows the details' toggle event, which the browser queues as a task after `open` is set.
    await page.waitForFunction(() => window.__events.some((event) => event.type === 'cluster-list-select'));
    const selected = await page.evaluate(() => window.__events.find((event) => event.type === 'cluster-list-select'));
    expect(selected?.detail).toEqual({ record: first });
    // The opened row links its record page on the site the widget's files belong to (not with a host's own snapshot).
    const recordLinks = page.locator('cluster-list details[open] a').filter({ hasText: '查看、引用与分享' });
    if (mode === 'mirror') expect(await recordLinks.getAttribute('href')).toBe(`${session.mirror.origin}/clusters/${first.id}`);
    else expect(await recordLinks.count()).toBe(0);
  });
});
