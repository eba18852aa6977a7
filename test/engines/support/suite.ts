/**
 * The smoke suite every engine runs (one test file per engine calls `defineEngineSuite`): in each
 * mode the element is defined, shows 浙江省's 23 clusters with 宁波's, narrows on a search and
 * opens a row, with no page or console error; the CSS degrades instead of disappearing; a host
 * page's CSS changes nothing inside; and the fallback link shows exactly when the widget cannot run.
 * The full interaction suite (axe, layout shift, focus order, targets) is the `browser` project's,
 * on current Chromium.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { EngineMissingError } from '../../../scripts/browsers/cache';
import type { EngineBrowser, EnginePage, PageOptions } from '../../../scripts/browsers/engine';
import { launchEngine, type EngineName } from '../../../scripts/browsers/engines';
import { apiClusters } from '../../browser/support/api';
import { startHostServer, type HostServer } from '../../browser/support/host-server';
import { FALLBACK_TEXT, fallbackLinks, MODES, widgetPage, type WidgetPageOptions } from './pages';
import {
  countText,
  fallbackShown,
  hasSlot,
  isDefined,
  pageProblems,
  partStyles,
  rowNames,
  selectedName,
  shadowElement,
  waitFor,
  waitForLoads,
} from './widget';

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

/** What a test file may add to its engine's suite: the same page opener. */
export interface EngineSuite {
  open(page: Omit<WidgetPageOptions, 'before'>, pageOptions?: PageOptions): Promise<EnginePage>;
}

export function defineEngineSuite(name: EngineName, options: EngineSuiteOptions = {}): EngineSuite {
  let browser: EngineBrowser | undefined;
  let host: HostServer | undefined;
  let hanging: Awaited<ReturnType<typeof startHangingServer>> | undefined;
  const pages: EnginePage[] = [];

  beforeAll(async () => {
    host = await startHostServer();
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
    await hanging?.close();
  });

  let served = 0;
  /** Serves `page` on the host server and opens it in a new page of the engine. */
  async function open(page: Omit<WidgetPageOptions, 'before'>, pageOptions: PageOptions = {}): Promise<EnginePage> {
    if (!browser || !host) throw new Error('the engine did not start');
    const path = `/page-${++served}`;
    host.route(path, widgetPage({ ...page, before: options.before }));
    const opened = await browser.newPage(pageOptions);
    pages.push(opened);
    await opened.goto(`${host.origin}${path}`);
    return opened;
  }

  /** Opens `page` inside a `width` px iframe of an otherwise empty page on the same origin. */
  async function openFramed(page: Omit<WidgetPageOptions, 'before'>, width: number): Promise<EnginePage> {
    if (!browser || !host) throw new Error('the engine did not start');
    const inner = `/page-${++served}`;
    host.route(inner, widgetPage({ ...page, before: options.before }));
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
    it("shows 浙江省's 23 clusters with 宁波's, narrows them on a search and opens a row", async () => {
      const expected = await apiClusters({ province: '浙江省', limit: '300' });
      expect(expected.total).toBe(23);
      const page = await open({ mode, attributes: 'province="浙江省" page-size="100"' });
      const loaded = await waitForLoads(page, 1);
      expect(await isDefined(page)).toBe(true);
      expect(loaded.total).toBe(23);
      expect(await countText(page)).toBe('浙江省 · 23 个集群');
      expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
      expect(expected.rows.filter((row) => row.city === '宁波市').length).toBeGreaterThan(0);

      const ningbo = await apiClusters({ province: '浙江省', q: '宁波', limit: '300' });
      expect(ningbo.total).toBeGreaterThan(0);
      expect(ningbo.total).toBeLessThan(23);
      await (await shadowElement(page, 'input[type="search"]')).type('宁波');
      await waitFor(
        page,
        `the count of ${ningbo.total} after searching 宁波`,
        "var c = document.querySelector('cluster-list').shadowRoot.querySelector('.count'); return c && c.textContent.trim() === arguments[0];",
        [`浙江省 · ${ningbo.total} 个集群`],
      );
      expect(await rowNames(page)).toEqual(ningbo.rows.map((row) => row.name));

      await (await shadowElement(page, '.row summary')).click();
      await waitFor(page, 'the first row to open', "return document.querySelector('cluster-list').shadowRoot.querySelector('.row details').open;");
      await waitFor(page, 'cluster-list-select', "return window.__engine.events.some(function (e) { return e.type === 'cluster-list-select'; });");
      expect(await selectedName(page)).toBe(ningbo.rows[0]?.name);
      await expectNoProblems(page);
    });
  });

  it('keeps row separators, skeleton bars, a visible focus ring and space between the chips', async () => {
    const page = await open({ mode: 'api', attributes: 'province="浙江省"' });
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

    const waiting = await open({ mode: 'api', attributes: `api="${hanging!.origin}" province="浙江省"` });
    const bar = await waitFor<{ background: string; height: number; width: number }>(
      waiting,
      'the skeleton while the API does not answer',
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
    const page = framed ? await openFramed({ mode: 'api', attributes: 'province="浙江省"' }, 375) : await open({ mode: 'api', attributes: 'province="浙江省"' }, { width: 375 });
    const win = framed ? "document.querySelector('iframe').contentWindow" : 'window';
    await waitFor(
      page,
      'cluster-list-load at 375 px',
      `var w = ${win}; return Boolean(w.__engine && w.__engine.events.some(function (e) { return e.type === 'cluster-list-load'; }));`,
    );
    const widths = await page.evaluate<{ window: number; page: number; viewport: number; widget: number; widgetBox: number; fieldRows: number; fields: number }>(`var w = ${win}; var d = w.document;
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
    const plain = await open({ mode: 'api', attributes: 'province="浙江省"' });
    await waitForLoads(plain, 1);
    const expected = await partStyles(plain);
    const hostile = await open({ mode: 'api', attributes: 'province="浙江省"', css: HOSTILE_CSS });
    await waitForLoads(hostile, 1);
    expect(await rowNames(hostile)).toEqual(await rowNames(plain));
    expect(await partStyles(hostile)).toEqual(expected);
    await expectNoProblems(hostile);
  });

  describe('the fallback link', () => {
    const attributes = 'province="浙江省"';

    it('is not shown after the element upgrades, nor read by screen readers', async () => {
      const page = await open({ mode: 'api', attributes, children: fallbackLinks() });
      await waitForLoads(page, 1);
      expect(await hasSlot(page)).toBe(false);
      expect(await fallbackShown(page)).toEqual({ boxes: 0, height: 0, text: FALLBACK_TEXT });
      if (browser?.features.accessibilityTree) {
        const names = await page.accessibleNames();
        expect(names.some((accessibleName) => accessibleName.includes('浙江省')), 'the widget is in the tree').toBe(true);
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
        const page = await open({ mode: 'api', attributes, children: fallbackLinks(), script });
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
      const page = await open({ mode: 'api', attributes, children: fallbackLinks() }, { javaScript: false });
      const shown = await fallbackShown(page);
      expect(shown.boxes).toBeGreaterThan(0);
      expect(shown.text).toBe(FALLBACK_TEXT);
      // The page's own scripts did not run: the recorder is not there, and neither is the element.
      expect(await page.evaluate("return typeof window.__engine + ' ' + typeof customElements.get('cluster-list');")).toBe('undefined undefined');
    });
  });

  return { open };
}
