/**
 * The smoke suite every engine runs (one test file per engine calls `defineEngineSuite`). In each
 * mode (pages.ts) the element is defined and shows 浙江省's first rows from the one file they need
 * (its first-view file; `src`'s snapshot in standalone), then loads the engine chunk while idle
 * (no requestIdleCallback on Safari, nor in the API floor run), pages, picks a year chip, searches
 * and opens a row, every answer the API's, no request ever to `/api/`, no page or console error;
 * a broken data file shows the message, the retry and the host's fallback links. Besides: the CSS
 * degrades instead of disappearing, a host page's CSS changes nothing inside, a blocked engine
 * chunk keeps the first rows, and the fallback link shows exactly when the widget cannot run.
 * The expected rows come from the local Worker's API, the oracle; the widget never calls it.
 * The full interaction suite (axe, layout shift, focus order, targets) is the `browser` project's,
 * on current Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstViewPath } from '../../../core/first-view';
import { provinceKey } from '../../../core/province-key';
import { EngineMissingError } from '../../../scripts/browsers/cache';
import type { EngineBrowser, EnginePage, PageOptions } from '../../../scripts/browsers/engine';
import { launchEngine, type EngineName } from '../../../scripts/browsers/engines';
import { startStaticSite, type StaticSiteServer } from '../../../scripts/static-site-server';
import { apiClusters, workerOrigin } from '../../browser/support/api';
import { startHostServer, type HostServer } from '../../browser/support/host-server';
import { FALLBACK_TEXT, fallbackLinks, MODES, widgetBase, widgetPage, type Mode, type WidgetPageOptions } from './pages';
import {
  countText,
  errorShown,
  fallbackShown,
  hasSlot,
  isDefined,
  pageProblems,
  partStyles,
  resources,
  resourcesAtLoads,
  rowNames,
  selectedName,
  shadowButton,
  shadowElement,
  waitFor,
  waitForLoads,
  waitForRows,
} from './widget';

const WIDGET_DIR = resolve(import.meta.dirname, '../../../dist/site/widget');
/** The engine chunk's file name, as the build hashed it. */
const ENGINE_CHUNK = readdirSync(resolve(WIDGET_DIR, 'chunks')).find((name) => /^engine\.[\w-]+\.js$/.test(name));
const PROVINCE = '浙江省';
/** 浙江省's first-view file under the widget's `data/`, named by the spelling itself. */
const PROVINCE_VIEW = firstViewPath(provinceKey(PROVINCE));
/** The province of the broken-file tests, which no other test shows. */
const OTHER_PROVINCE = '江苏省';
const OTHER_VIEW = firstViewPath(provinceKey(OTHER_PROVINCE));
/** A path as a URL's pathname spells it (percent-encoded), which is what the servers match on. */
const urlPath = (path: string) => new URL(path, 'http://any').pathname;

/** The dataset version the API serves, which every widget answer must name. */
async function apiVersion(): Promise<string> {
  const response = await fetch(`${workerOrigin()}/api/v1/meta`);
  if (!response.ok) throw new Error(`/api/v1/meta: ${response.status}`);
  return ((await response.json()) as { meta: { datasetVersion: string } }).meta.datasetVersion;
}

/** The count line the widget shows for `total` clusters of 浙江省. */
const countOf = (total: number) => `${PROVINCE} · ${total} 个集群`;

/**
 * Page errors and rejections, leaving out what the engine itself reports of the failed load a
 * fault test causes on purpose: Chromium's "Failed to load resource", Firefox's messages naming
 * the file (a blocked module, its failed CORS request).
 */
function unexpectedProblems(problems: string[], faulty: string): string[] {
  return problems.filter((problem) => !/Failed to load resource: the server responded with a status of 404/.test(problem) && !problem.includes(faulty));
}

/** Restyles everything a host page can reach; none of it may change the widget's inside. */
export const HOSTILE_CSS = `
li { display: none !important; }
* { font-family: serif !important; color: red !important; line-height: 3 !important; letter-spacing: 2px;
    text-transform: uppercase; font-style: italic; font-weight: 900; text-align: right; text-indent: 3em; white-space: pre; }
div, p, span, ol, a, button, input, select, form, header, nav, details, summary { display: none !important; }`;

export interface EngineSuiteOptions {
  /** A classic script the page runs before the widget (the API floor's removals). */
  before?: string;
}

/** A server that accepts requests and never answers: the widget stays on its skeleton. */
async function startHangingServer(): Promise<{ origin: string; hangUp(): void; close(): Promise<void> }> {
  const server: Server = createServer(() => undefined);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('hanging server has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    /** Drops the requests it holds, so that no navigation waits for them. */
    hangUp: () => server.closeAllConnections(),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The host server looks files up by the URL's percent-encoded path, so it finds no file named in
 * Chinese (views/provinces/浙江省.json): each such file of the widget folder gets a route of its
 * own, as a static host that decodes paths (nginx, object storage) would serve it.
 */
function serveNonAsciiFiles(host: HostServer): void {
  const walk = (dir: string): string[] =>
    readdirSync(resolve(WIDGET_DIR, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
    );
  for (const path of walk('')) {
    if (encodeURI(path) === path) continue;
    host.route(urlPath(`/widget/${path}`), readFileSync(resolve(WIDGET_DIR, path), 'utf8'), { type: 'application/json; charset=utf-8' });
  }
}

/** What a test file may add to its engine's suite: the same page opener. */
export interface EngineSuite {
  open(page: Omit<WidgetPageOptions, 'before'>, pageOptions?: PageOptions): Promise<EnginePage>;
}

export function defineEngineSuite(name: EngineName, options: EngineSuiteOptions = {}): EngineSuite {
  let browser: EngineBrowser | undefined;
  let host: HostServer | undefined;
  let mirror: StaticSiteServer | undefined;
  let hanging: Awaited<ReturnType<typeof startHangingServer>> | undefined;
  const pages: EnginePage[] = [];

  beforeAll(async () => {
    host = await startHostServer();
    serveNonAsciiFiles(host);
    mirror = await startStaticSite();
    hanging = await startHangingServer();
    try {
      browser = await launchEngine(name);
    } catch (error) {
      const failure = inject('engineInstallFailure');
      if (error instanceof EngineMissingError && failure) throw new Error(`${error.message}\nThe install script said:\n${failure}`);
      throw error;
    }
    console.info(`engines: ${name} is ${browser.version}`);
  });
  afterEach(async () => {
    // One at a time, each once: a WebDriver session is one window, which every "page" reuses.
    for (const page of new Set(pages.splice(0))) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await mirror?.close();
    await hanging?.close();
  });

  /** The widget folder of `mode` as an absolute URL, as the page's resource entries name its files. */
  function widgetFolder(mode: Mode): string {
    return new URL(widgetBase(mode, { mirror: mirror!.origin }), host!.origin).href;
  }

  /** The site the widget folder belongs to, which the fallback links point at. */
  function siteOf(mode: Mode): string {
    return mode === 'mirror' ? mirror!.origin : host!.origin;
  }

  let served = 0;
  /** Serves `page` on the host server and opens it in a new page of the engine. */
  async function open(page: Omit<WidgetPageOptions, 'before'>, pageOptions: PageOptions = {}): Promise<EnginePage> {
    if (!browser || !host || !mirror) throw new Error('the engine did not start');
    const path = `/page-${++served}`;
    host.route(path, widgetPage({ ...page, before: options.before }, { mirror: mirror.origin }));
    const opened = await browser.newPage(pageOptions);
    pages.push(opened);
    await opened.goto(`${host.origin}${path}`);
    return opened;
  }

  /** Opens `page` inside a `width` px iframe of an otherwise empty page on the same origin. */
  async function openFramed(page: Omit<WidgetPageOptions, 'before'>, width: number): Promise<EnginePage> {
    if (!browser || !host || !mirror) throw new Error('the engine did not start');
    const inner = `/page-${++served}`;
    host.route(inner, widgetPage({ ...page, before: options.before }, { mirror: mirror.origin }));
    const outer = `/frame-${++served}`;
    host.route(
      outer,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>frame</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe src="${inner}" title="host page" style="width:${width}px;height:800px;border:0"></iframe></body></html>`,
    );
    const opened = await browser.newPage();
    pages.push(opened);
    await opened.goto(`${host.origin}${outer}`);
    return opened;
  }

  async function expectNoProblems(page: EnginePage): Promise<void> {
    expect(await pageProblems(page)).toEqual([]);
  }

  describe.each(MODES)('%s mode', (mode) => {
    const firstViewFile = mode !== 'standalone';

    it(`shows ${PROVINCE}'s first rows from one file, then pages, picks a year, searches and opens a row through the engine`, async () => {
      const version = await apiVersion();
      const first = await apiClusters({ province: PROVINCE, limit: '10' });
      expect(first.total).toBe(23);
      const page = await open({
        mode,
        attributes: `province="${PROVINCE}"`,
        children: fallbackLinks(siteOf(mode)),
        preload: firstViewFile ? PROVINCE_VIEW : undefined,
      });
      const loaded = await waitForLoads(page, 1);
      expect(await isDefined(page)).toBe(true);
      expect(loaded.total).toBe(23);
      expect(loaded.datasetVersion).toBe(version);
      expect(await countText(page)).toBe(countOf(23));
      expect(await rowNames(page)).toEqual(first.rows.map((row) => row.name));
      expect(await hasSlot(page)).toBe(false);
      expect((await fallbackShown(page)).boxes).toBe(0);

      // The first rows came from the first-view file alone (standalone: from `src`), before any engine code.
      const folder = widgetFolder(mode);
      const [atFirstRows = []] = await resourcesAtLoads(page);
      const engineCode = (url: string) => /\/chunks\/engine\.[\w-]+\.js$/.test(url);
      const snapshot = `${folder}data/snapshots/${version}.json`;
      if (firstViewFile) {
        expect(atFirstRows).toContain(new URL(`data/${PROVINCE_VIEW}`, folder).href);
        expect(atFirstRows.filter((url) => engineCode(url) || url === snapshot || url.endsWith('/clusters.json'))).toEqual([]);
        // Nobody touches the page: the engine and the snapshot of the rows' version load while idle.
        await waitFor(
          page,
          'the engine chunk and the snapshot to load while idle',
          `var names = performance.getEntriesByType('resource').map(function (e) { return e.name; });
           return names.some(function (n) { return /\\/chunks\\/engine\\.[\\w-]+\\.js$/.test(n); }) && names.indexOf(arguments[0]) >= 0;`,
          [snapshot],
        );
      } else {
        expect(atFirstRows).toContain(`${host!.origin}/widget/clusters.json`);
      }

      const second = await apiClusters({ province: PROVINCE, limit: '10', offset: '10' });
      await (await shadowButton(page, 'nav', '下一页')).click();
      await waitForRows(
        page,
        'page 2',
        second.rows.map((row) => row.name),
        countOf(23),
      );

      const year = await apiClusters({ province: PROVINCE, year: '2023', limit: '10' });
      expect(year.total).toBeGreaterThan(0);
      expect(year.total).toBeLessThan(23);
      await (await shadowButton(page, '.chips', '2023')).click();
      await waitForRows(
        page,
        'the 2023 chip',
        year.rows.map((row) => row.name),
        countOf(year.total),
      );
      await (await shadowButton(page, '.chips', '2023')).click();
      await waitForRows(
        page,
        'the 2023 chip off again',
        first.rows.map((row) => row.name),
        countOf(23),
      );

      const ningbo = await apiClusters({ province: PROVINCE, q: '宁波', limit: '10' });
      expect(ningbo.total).toBeGreaterThan(0);
      expect(ningbo.total).toBeLessThan(23);
      await (await shadowElement(page, 'input[type="search"]')).type('宁波');
      await waitForRows(
        page,
        'the search 宁波',
        ningbo.rows.map((row) => row.name),
        countOf(ningbo.total),
      );

      await (await shadowElement(page, '.row summary')).click();
      await waitFor(page, 'the first row to open', "return document.querySelector('cluster-list').shadowRoot.querySelector('.row details').open;");
      await waitFor(page, 'cluster-list-select', "return window.__engine.events.some(function (e) { return e.type === 'cluster-list-select'; });");
      expect(await selectedName(page)).toBe(ningbo.rows[0]?.name);

      // Every answer of the session is of the API's version, and not one request went to an API.
      const loads = await page.evaluate<{ datasetVersion: string }[]>(
        "return window.__engine.events.filter(function (e) { return e.type === 'cluster-list-load'; }).map(function (e) { return e.detail; });",
      );
      expect(loads.length).toBeGreaterThanOrEqual(5);
      expect(new Set(loads.map((detail) => detail.datasetVersion))).toEqual(new Set([version]));
      const fetched = await resources(page);
      expect(fetched.filter((url) => url.includes('/api/'))).toEqual([]);
      if (firstViewFile) expect(fetched.filter(engineCode)).toHaveLength(1);
      if (mode === 'mirror') expect(mirror!.requests.filter((path) => path.startsWith('/api/'))).toEqual([]);
      await expectNoProblems(page);
    });

    it('shows the message, a retry and the fallback links when its data file is broken', async () => {
      // A file no other test of this engine reads: the host server cannot take a route back, and
      // WebKit may answer a file an earlier page of its window fetched from memory, no-store or not.
      const file = urlPath(mode === 'standalone' ? '/widget/truncated-clusters.json' : `/widget/data/${OTHER_VIEW}`);
      const url = `${mode === 'mirror' ? mirror!.origin : host!.origin}${file}`;
      const message = '数据文件已损坏，或不是 cluster-list 的数据：';
      // Truncated: a province's first view that is missing (404) is no error, the engine answers.
      const whole = readFileSync(resolve(WIDGET_DIR, mode === 'standalone' ? 'clusters.json' : `data/${OTHER_VIEW}`), 'utf8');
      const truncated = whole.slice(0, Math.floor(whole.length / 2));
      if (mode === 'mirror') mirror!.override(file, { status: 200, body: truncated });
      else host!.route(file, truncated, { type: 'application/json' });
      try {
        const page = await open({
          mode,
          attributes: `province="${mode === 'standalone' ? PROVINCE : OTHER_PROVINCE}"`,
          children: fallbackLinks(siteOf(mode)),
          src: mode === 'standalone' ? file : undefined,
        });
        await waitFor(
          page,
          'the error message',
          "var root = document.querySelector('cluster-list').shadowRoot; var alert = root && root.querySelector('[role=\"alert\"]'); return Boolean(alert && alert.textContent.trim());",
        );
        const shown = await errorShown(page);
        expect(shown.alert).toContain(`${message}${url}`);
        expect(shown.retry).toBe(true);
        expect(shown.rows).toBe(0);
        const fallback = await fallbackShown(page);
        expect(fallback.boxes).toBeGreaterThan(0);
        expect(fallback.text).toBe(FALLBACK_TEXT);
        expect(unexpectedProblems(await pageProblems(page), url)).toEqual([]);

        if (mode === 'mirror') {
          // The file is back: the retry shows the rows, and the fallback hides again.
          const expected = await apiClusters({ province: OTHER_PROVINCE, limit: '10' });
          mirror!.override(file, null);
          await (await shadowButton(page, '[role="alert"]', '重试')).click();
          expect((await waitForLoads(page, 1)).total).toBe(expected.total);
          expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
          expect((await fallbackShown(page)).boxes).toBe(0);
        }
      } finally {
        if (mode === 'mirror') mirror!.override(file, null);
      }
    });
  });

  it('keeps the first rows when the engine chunk is blocked, says filtering is unavailable, and recovers on retry', async () => {
    expect(ENGINE_CHUNK).toBeDefined();
    const chunk = `/widget/chunks/${ENGINE_CHUNK}`;
    mirror!.override(chunk, { status: 404, body: 'blocked', type: 'text/plain' });
    try {
      const first = await apiClusters({ province: PROVINCE, limit: '10' });
      const page = await open({ mode: 'mirror', attributes: `province="${PROVINCE}"`, preload: PROVINCE_VIEW });
      await waitForLoads(page, 1);
      const notice = '搜索、筛选和下载暂不可用：组件的一个文件未能加载。';
      await waitFor(
        page,
        'the notice that filtering is unavailable',
        `var root = document.querySelector('cluster-list').shadowRoot;
         return root.textContent.indexOf(arguments[0]) >= 0 && root.querySelector('input[type="search"]').disabled;`,
        [notice],
      );
      expect(await rowNames(page)).toEqual(first.rows.map((row) => row.name));
      expect(await countText(page)).toBe(countOf(23));
      expect(unexpectedProblems(await pageProblems(page), `${mirror!.origin}${chunk}`)).toEqual([]);

      mirror!.override(chunk, null);
      await (await shadowButton(page, '.notice', '重试')).click();
      await waitFor(page, 'the controls back', "return !document.querySelector('cluster-list').shadowRoot.querySelector('input[type=\"search\"]').disabled;");
      const ningbo = await apiClusters({ province: PROVINCE, q: '宁波', limit: '10' });
      await (await shadowElement(page, 'input[type="search"]')).type('宁波');
      await waitForRows(
        page,
        'the search 宁波 after the retry',
        ningbo.rows.map((row) => row.name),
        countOf(ningbo.total),
      );
    } finally {
      mirror!.override(chunk, null);
    }
  });

  it('keeps row separators, skeleton bars, a visible focus ring and space between the chips', async () => {
    const page = await open({ mode: 'mirror', attributes: 'province="浙江省"' });
    await waitForLoads(page, 1);
    const looks = await page.evaluate<Record<string, string>>(`var root = document.querySelector('cluster-list').shadowRoot;
      var row = getComputedStyle(root.querySelector('.row'));
      var input = root.querySelector('input[type="search"]');
      input.focus();
      var focused = getComputedStyle(input);
      var chips = root.querySelectorAll('.chips button');
      return { separatorStyle: row.borderBottomStyle, separatorWidth: row.borderBottomWidth, separatorColor: row.borderBottomColor,
        background: getComputedStyle(root.querySelector('.root')).backgroundColor,
        outlineStyle: focused.outlineStyle, outlineWidth: focused.outlineWidth, outlineColor: focused.outlineColor,
        chipSpace: String(chips[1].getBoundingClientRect().left - chips[0].getBoundingClientRect().right) };`);
    expect(looks.separatorStyle).toBe('solid');
    expect(looks.separatorWidth).toBe('1px');
    expect(looks.separatorColor).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(looks.separatorColor).not.toBe(looks.background);
    expect(looks.outlineStyle).toBe('solid');
    expect(looks.outlineWidth).toBe('3px');
    expect(looks.outlineColor).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    // Flex `gap` is Chromium 84+: the old engines space the chips with margins.
    expect(Number(looks.chipSpace)).toBeGreaterThanOrEqual(4);

    // A snapshot that never arrives: the standalone file has its engine, and waits for `src`.
    const waiting = await open({ mode: 'standalone', attributes: 'province="浙江省"', src: `${hanging!.origin}/clusters.json` });
    const bar = await waitFor<{ background: string; height: number; width: number }>(
      waiting,
      'the skeleton while the data file does not arrive',
      `var root = document.querySelector('cluster-list').shadowRoot; var bar = root && root.querySelector('.skeleton span');
       if (!bar) return null; var box = bar.getBoundingClientRect();
       return { background: getComputedStyle(bar).backgroundColor, height: box.height, width: box.width };`,
    );
    expect(bar.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(bar.height).toBeGreaterThan(0);
    expect(bar.width).toBeGreaterThan(0);
    hanging!.hangUp();
  });

  it('does not scroll sideways at 375 px, and stacks the fields', async () => {
    // Where the driver cannot narrow the window (MiniBrowser's stops at 447 px), a 375 px iframe
    // is the viewport: media queries and scrolling inside it are a phone's.
    const framed = !browser?.features.narrowViewport;
    const page = framed
      ? await openFramed({ mode: 'mirror', attributes: 'province="浙江省"' }, 375)
      : await open({ mode: 'mirror', attributes: 'province="浙江省"' }, { width: 375 });
    const win = framed ? "document.querySelector('iframe').contentWindow" : 'window';
    await waitFor(
      page,
      'cluster-list-load at 375 px',
      `var w = ${win}; return Boolean(w.__engine && w.__engine.events.some(function (e) { return e.type === 'cluster-list-load'; }));`,
    );
    const widths = await page.evaluate<{
      window: number;
      page: number;
      viewport: number;
      widget: number;
      widgetBox: number;
      fieldRows: number;
      fields: number;
    }>(`var w = ${win}; var d = w.document;
      var root = d.querySelector('cluster-list').shadowRoot.querySelector('.root');
      var tops = Array.prototype.map.call(root.querySelectorAll('.field'), function (field) { return Math.round(field.getBoundingClientRect().top); });
      return { window: w.innerWidth, page: d.documentElement.scrollWidth, viewport: d.documentElement.clientWidth, widget: root.scrollWidth, widgetBox: root.clientWidth,
        fieldRows: tops.filter(function (top, index) { return tops.indexOf(top) === index; }).length, fields: tops.length };`);
    // The layout viewport, less a classic scrollbar where the engine draws one (Firefox: 12 px).
    expect(widths.window).toBe(375);
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.widget).toBeLessThanOrEqual(widths.widgetBox);
    // The narrow layout (@container, or its @media stand-in): one field per line.
    expect(widths.fields).toBeGreaterThanOrEqual(2);
    expect(widths.fieldRows).toBe(widths.fields);
    expect(await page.evaluate(`return ${win}.__engine.problems;`)).toEqual([]);
  });

  it("a host page's CSS that restyles everything changes nothing inside the widget", async () => {
    const plain = await open({ mode: 'mirror', attributes: 'province="浙江省"' });
    await waitForLoads(plain, 1);
    const expected = await partStyles(plain);
    const hostile = await open({ mode: 'mirror', attributes: 'province="浙江省"', css: HOSTILE_CSS });
    await waitForLoads(hostile, 1);
    expect(await rowNames(hostile)).toEqual(await rowNames(plain));
    expect(await partStyles(hostile)).toEqual(expected);
    await expectNoProblems(hostile);
  });

  describe('the fallback link', () => {
    const attributes = 'province="浙江省"';

    it('is not shown after the element upgrades, nor read by screen readers', async () => {
      const page = await open({ mode: 'mirror', attributes, children: fallbackLinks(mirror!.origin) });
      await waitForLoads(page, 1);
      expect(await hasSlot(page)).toBe(false);
      expect(await fallbackShown(page)).toEqual({ boxes: 0, height: 0, text: FALLBACK_TEXT });
      if (browser?.features.accessibilityTree) {
        const names = await page.accessibleNames();
        expect(
          names.some((accessibleName) => accessibleName.includes('浙江省')),
          'the widget is in the tree',
        ).toBe(true);
        expect(names.filter((accessibleName) => accessibleName.includes(FALLBACK_TEXT))).toEqual([]);
      }
      await expectNoProblems(page);
    });

    for (const [why, script] of [
      ['the script is blocked (nothing listens)', 'http://127.0.0.1:9/widget/cluster-list.js'],
      ['the script is missing (404)', '/widget/no-such-file.js'],
      ['the script throws', '/broken.js'],
    ] as const) {
      it(`shows when ${why}`, async () => {
        host!.route('/broken.js', "throw new Error('this widget build is broken');", { type: 'text/javascript' });
        const page = await open({ mode: 'mirror', attributes, children: fallbackLinks(mirror!.origin), script });
        await waitFor(page, 'the page to load', "return document.readyState === 'complete';");
        expect(await isDefined(page)).toBe(false);
        const shown = await fallbackShown(page);
        expect(shown.boxes).toBeGreaterThan(0);
        expect(shown.height).toBeGreaterThan(0);
        expect(shown.text).toBe(FALLBACK_TEXT);
      });
    }

    it('shows with JavaScript disabled', async (context) => {
      if (!browser?.features.javaScriptToggle) return context.skip(`${name}: the driver cannot disable JavaScript`);
      const page = await open({ mode: 'mirror', attributes, children: fallbackLinks(mirror!.origin) }, { javaScript: false });
      const shown = await fallbackShown(page);
      expect(shown.boxes).toBeGreaterThan(0);
      expect(shown.text).toBe(FALLBACK_TEXT);
      // The page's own scripts did not run: the recorder is not there, and neither is the element.
      expect(await page.evaluate("return typeof window.__engine + ' ' + typeof customElements.get('cluster-list');")).toBe('undefined undefined');
    });
  });

  return { open };
}
