/**
 * The suite's tests of the widget's CSS on an engine: it degrades instead of disappearing (row
 * separators, skeleton bars, the focus ring, space between chips), it reflows at 375 px, and a
 * host page's CSS changes nothing inside.
 */
import { expect, it } from 'vitest';
import type { EngineSession } from './engine-session';
import { partStyles, rowNames, waitFor, waitForLoads } from './widget';

/** Restyles everything a host page can reach; none of it may change the widget's inside. */
const HOSTILE_CSS = `
li { display: none !important; }
* { font-family: serif !important; color: red !important; line-height: 3 !important; letter-spacing: 2px;
    text-transform: uppercase; font-style: italic; font-weight: 900; text-align: right; text-indent: 3em; white-space: pre; }
div, p, span, ol, a, button, input, select, form, header, nav, details, summary { display: none !important; }`;

/** Registers the CSS tests against `session`. */
export function defineCssTests(session: EngineSession): void {
  it('keeps row separators, skeleton bars, a visible focus ring and space between the chips', async () => {
    const page = await session.open({ mode: 'mirror', attributes: 'province="浙江省"' });
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
    const waiting = await session.open({ mode: 'standalone', attributes: 'province="浙江省"', src: `${session.hanging.origin}/clusters.json` });
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
    session.hanging.hangUp();
  });

  it('does not scroll sideways at 375 px, and stacks the fields', async () => {
    // Where the driver cannot narrow the window (MiniBrowser's stops at 447 px), a 375 px iframe
    // is the viewport: media queries and scrolling inside it are a phone's.
    const framed = !session.browser.features.narrowViewport;
    const page = framed
      ? await session.openFramed({ mode: 'mirror', attributes: 'province="浙江省"' }, 375)
      : await session.open({ mode: 'mirror', attributes: 'province="浙江省"' }, { width: 375 });
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
    const plain = await session.open({ mode: 'mirror', attributes: 'province="浙江省"' });
    await waitForLoads(plain, 1);
    const expected = await partStyles(plain);
    const hostile = await session.open({ mode: 'mirror', attributes: 'province="浙江省"', css: HOSTILE_CSS });
    await waitForLoads(hostile, 1);
    expect(await rowNames(hostile)).toEqual(await rowNames(plain));
    expect(await partStyles(hostile)).toEqual(expected);
    await session.expectNoProblems(hostile);
  });
}
