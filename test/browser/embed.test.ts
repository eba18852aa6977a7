/**
 * The embed exactly as the README gives it: a host page on another origin loads the script from
 * the site's static assets, and the widget finds its data files beside the script by itself,
 * without a single request to the Worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClusters, workerOrigin } from './support/api';
import { gotoHostPage, newInstrumentedPage } from './support/host-page';
import { openLandingPageWithZhejiang } from './support/landing-page';
import { useBrowserSession } from './support/session';
import { countText, expectNoPageProblems, instrument, recordRequests, waitForLoads } from './support/widget-page';

const session = useBrowserSession();

/**
 * Resolves when Chromium reports that it blocked a script for its `integrity` hash. Call it before
 * the navigation: it is the positive sign that a missing element is SRI's doing, not slowness.
 */
function integrityRefusal(page: Page): Promise<unknown> {
  return page.waitForEvent('console', {
    predicate: (message) => message.type() === 'error' && message.text().includes("'integrity' attribute"),
  });
}

describe('the published embed snippet', () => {
  it('works cross-origin: its data files are beside the script, and no request reaches the Worker', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const requests = recordRequests(page);
    await gotoHostPage(session, page, '/embed', '<cluster-list province="浙江省"></cluster-list>', { script: `${workerOrigin()}/widget/cluster-list.js` });
    const loaded = await waitForLoads(page, 1);
    const expected = await apiClusters({ province: '浙江省' });
    expect(loaded.total).toBe(expected.total);
    expect(await countText(page)).toBe(`浙江省 · ${expected.total} 个集群`);
    await page.waitForLoadState('networkidle');
    const data = requests.filter((url) => url.endsWith('.json'));
    expect(data[0]).toBe(`${workerOrigin()}/widget/data/views/provinces/${encodeURIComponent('浙江省')}.json`);
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
  });

  it("self-hosted by copying the widget folder: every request stays on the host's origin", async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const requests = recordRequests(page);
    await gotoHostPage(session, page, '/copied', '<cluster-list province="浙江"></cluster-list>');
    const loaded = await waitForLoads(page, 1);
    expect(loaded.total).toBe((await apiClusters({ province: '浙江省' })).total);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith(session.host.origin))).toEqual([]);
    expect(requests.map((url) => decodeURIComponent(new URL(url).pathname))).toContain('/widget/data/views/provinces/浙江.json');
    await expectNoPageProblems(page, pageErrors);
  });

  it('self-hosted from a copied standalone file checks its SRI hash', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session);
    const response = await fetch(`${workerOrigin()}/widget/cluster-list.standalone.js`);
    const body = new Uint8Array(await response.arrayBuffer());
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    session.host.route('/static/cluster-list.standalone.js', Buffer.from(body).toString('utf8'), { type: 'text/javascript' });
    session.host.route('/static/clusters.json', await (await fetch(`${workerOrigin()}/widget/clusters.json`)).text(), { type: 'application/json' });
    const requests = recordRequests(page);
    // Not hostPage(): the script tag needs its integrity and crossorigin attributes.
    session.host.route(
      '/sri',
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>SRI</title>
<script type="module" src="/static/cluster-list.standalone.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><main><cluster-list src="/static/clusters.json" province="浙江"></cluster-list></main></body></html>`,
    );
    await page.goto(`${session.host.origin}/sri`);
    const loaded = await waitForLoads(page, 1);
    expect(loaded.total).toBe((await apiClusters({ province: '浙江省' })).total);
    // Two files, one origin: nothing else was requested.
    expect(requests.filter((url) => !url.startsWith(session.host.origin))).toEqual([]);
    expect(new Set(requests.map((url) => new URL(url).pathname))).toEqual(new Set(['/sri', '/static/cluster-list.standalone.js', '/static/clusters.json']));
    await expectNoPageProblems(page, pageErrors);

    // A tampered file is refused by the browser.
    session.host.route('/static/cluster-list.standalone.js', `${Buffer.from(body).toString('utf8')}\n;`, { type: 'text/javascript' });
    const refused = await page.context().newPage();
    await instrument(refused);
    const refusal = integrityRefusal(refused);
    await refused.goto(`${session.host.origin}/sri`);
    await refusal;
    expect(await refused.evaluate(() => customElements.get('cluster-list') === undefined)).toBe(true);
  });

  it('serves the widget with CORS and the cache rules: hashed file immutable, alias short-lived', async () => {
    const alias = await fetch(`${workerOrigin()}/widget/cluster-list.js`);
    expect(alias.headers.get('access-control-allow-origin')).toBe('*');
    expect(alias.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    const html = await (await fetch(`${workerOrigin()}/_headers`)).text().catch(() => '');
    expect(html).not.toContain('Cache-Control'); // _headers itself is never served
    const hashed = readdirSync(new URL('../../dist/site/widget/', import.meta.url)).find((name) => /^cluster-list\.(?!standalone\.)[^.]+\.js$/.test(name));
    expect(hashed).toBeDefined();
    const immutable = await fetch(`${workerOrigin()}/widget/${hashed}`);
    expect(immutable.status).toBe(200);
    expect(immutable.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(immutable.headers.get('access-control-allow-origin')).toBe('*');
    expect(await immutable.text()).toBe(await alias.text());
    // The data: first views revalidated like the alias, each version's snapshot kept for good.
    const view = await fetch(`${workerOrigin()}/widget/data/views/provinces/330000.json`);
    expect(view.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(view.headers.get('access-control-allow-origin')).toBe('*');
    const { snapshot } = (await view.json()) as { snapshot: string };
    const versioned = await fetch(`${workerOrigin()}/widget/data/${snapshot}`);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(versioned.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the snippet with its preload hint and fallback links', () => {
  it('on another origin: the first-view file fetched once, taken from the preload; the links show only until the widget runs', async () => {
    const context = await session.newContext();
    const { page: landing } = await openLandingPageWithZhejiang(context);
    await expect.poll(() => landing.locator('#snippet').inputValue()).toContain('rel="preload"');
    const snippet = await landing.locator('#snippet').inputValue();
    const { page, pageErrors } = await newInstrumentedPage(session);
    const requests = recordRequests(page);
    session.host.route(
      '/snippet',
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>snippet</title></head><body><main>${snippet}</main></body></html>`,
    );
    await page.goto(`${session.host.origin}/snippet`);
    const loaded = await waitForLoads(page, 1);
    expect(loaded.total).toBe((await apiClusters({ province: '浙江省' })).total);
    const view = `${workerOrigin()}/widget/data/views/provinces/${encodeURIComponent('浙江省')}.json`;
    expect(requests.filter((url) => url === view)).toEqual([view]);
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
    // The shadow root has no slot: the light-DOM links are not rendered, nor in the accessibility tree.
    const links = page.locator('cluster-list > a');
    expect(await links.count()).toBe(2);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(false);
    expect(await page.locator('cluster-list').evaluate((element) => element.shadowRoot?.querySelector('slot') ?? null)).toBeNull();
    await expectNoPageProblems(page, pageErrors);
  });
});

describe('the landing page', () => {
  it('builds a snippet from the chosen options, previews it live and copies it', async () => {
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: workerOrigin() });
    const { page, pageErrors } = await openLandingPageWithZhejiang(context);
    await page.locator('#builder input[name="lang"][value="en"]').check();
    await page.locator('#builder input[name="large-text"]').check();
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('rel="preload"');
    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet).toBe(
      `<link rel="preload" as="fetch" crossorigin href="${workerOrigin()}/widget/data/views/provinces/${encodeURIComponent('浙江省')}.json">\n` +
        `<script type="module" src="${workerOrigin()}/widget/cluster-list.js"></script>\n` +
        '<cluster-list province="浙江省" lang="en" large-text>\n' +
        `  <a href="${workerOrigin()}/provinces/330000">SME characteristic industrial clusters in Zhejiang</a>\n` +
        `  <a href="${workerOrigin()}/data/clusters.csv">Download the whole list (CSV)</a>\n` +
        '</cluster-list>',
    );
    // Far below the fold, the hint would spend a request the reader may never need: it can go.
    await page.locator('#builder input[name="preload"]').uncheck();
    expect(await page.locator('#snippet').inputValue()).toBe(snippet.slice(snippet.indexOf('\n') + 1));
    await page.locator('#builder input[name="preload"]').check();
    const preview = page.locator('#preview cluster-list');
    expect(await preview.evaluate((element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`))).toEqual([
      'province=浙江省',
      'lang=en',
      'large-text=',
    ]);
    await preview.scrollIntoViewIfNeeded();
    const expected = await apiClusters({ province: '浙江省' });
    await expect.poll(() => preview.locator('.count').textContent()).toBe(`Zhejiang · ${expected.total} clusters`);
    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await expect.poll(() => page.locator('#self-host-snippet').textContent()).toMatch(/integrity="sha384-[A-Za-z0-9+/]+=*"/);
    await expectNoPageProblems(page, pageErrors);
  });
});

describe('a mirror of the built site on a plain static server (no Worker: every /api/* a 404)', () => {
  it('serves a working landing page, embed builder, widget, pages and downloads', async () => {
    const mirror = session.mirror.origin;
    const context = await session.newContext();
    const { page, pageErrors } = await openLandingPageWithZhejiang(context, mirror);
    const requests = recordRequests(page);
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain(`${mirror}/widget/data/views/provinces/${encodeURIComponent('浙江省')}.json`);
    expect(await page.locator('#snippet').inputValue()).toContain(`<script type="module" src="${mirror}/widget/cluster-list.js"></script>`);
    // The industry option lists the divisions with clusters, counted from the snapshot, as the API's facets count them.
    const divisions = (await (await fetch(`${workerOrigin()}/api/v1/facets`)).json()) as {
      data: { division: { value: string; name: string; count: number }[] };
    };
    const machinery = divisions.data.division.find((entry) => entry.value === '34')!;
    const industry = page.locator('#builder select[name="division"]');
    await expect.poll(() => industry.locator('option').count()).toBe(divisions.data.division.length + 1);
    expect(await industry.locator('option[value="34"]').textContent()).toBe(`34 ${machinery.name}（${machinery.count}）`);
    await industry.selectOption('34');
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('<cluster-list province="浙江省" division="34">');
    // No first view holds an industry's rows, so the snippet preloads none (a wrong one would be fetched for nothing).
    expect(await page.locator('#snippet').inputValue()).not.toContain('rel="preload"');
    await industry.selectOption('');
    const preview = page.locator('#preview cluster-list');
    await preview.scrollIntoViewIfNeeded();
    const expected = await apiClusters({ province: '浙江省' });
    await expect.poll(() => preview.locator('.count').textContent()).toBe(`浙江省 · ${expected.total} 个集群`);
    // The landing page's own widget still filters, in the browser.
    await page.locator('#list cluster-list input[type="search"]').fill('zhoucheng');
    const bearings = await apiClusters({ q: 'zhoucheng' });
    await expect.poll(() => page.locator('#list cluster-list .count').textContent()).toBe(`${bearings.total} 个集群`);
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
    for (const path of ['/provinces/330000', '/clusters/194', '/stats', '/data/clusters.csv', '/data/clusters.json', '/widget/clusters.json']) {
      expect((await fetch(`${mirror}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${mirror}/api/v1/clusters`)).status).toBe(404);
  });
});
