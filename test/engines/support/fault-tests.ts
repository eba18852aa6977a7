/**
 * The suite's tests of what fails around the widget: a blocked engine chunk keeps the first rows
 * and says that filtering is unavailable, and the host's fallback link shows exactly when the
 * widget cannot run (its script blocked, missing or throwing, or JavaScript off).
 */
import { describe, expect, it } from 'vitest';
import { apiClusters } from '../../browser/support/api';
import type { EngineSession } from './engine-session';
import { countOf, ENGINE_CHUNK, PROVINCE, PROVINCE_VIEW, unexpectedProblems } from './expected';
import { FALLBACK_TEXT, fallbackLinks } from './pages';
import {
  countText,
  fallbackShown,
  hasSlot,
  isDefined,
  pageProblems,
  rowNames,
  shadowButton,
  shadowElement,
  waitFor,
  waitForLoads,
  waitForRows,
} from './widget';

/** Registers the fault tests against `session`. */
export function defineFaultTests(session: EngineSession): void {
  it('keeps the first rows when the engine chunk is blocked, says filtering is unavailable, and recovers on retry', async () => {
    expect(ENGINE_CHUNK).toBeDefined();
    const chunk = `/widget/chunks/${ENGINE_CHUNK}`;
    session.mirror.override(chunk, { status: 404, body: 'blocked', type: 'text/plain' });
    try {
      const first = await apiClusters({ province: PROVINCE, limit: '10' });
      const page = await session.open({ mode: 'mirror', attributes: `province="${PROVINCE}"`, preload: PROVINCE_VIEW });
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
      expect(unexpectedProblems(await pageProblems(page), `${session.mirror.origin}${chunk}`)).toEqual([]);

      session.mirror.override(chunk, null);
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
      session.mirror.override(chunk, null);
    }
  });

  describe('the fallback link', () => {
    const attributes = 'province="浙江省"';

    it('is not shown after the element upgrades, nor read by screen readers', async () => {
      const page = await session.open({ mode: 'mirror', attributes, children: fallbackLinks(session.mirror.origin) });
      await waitForLoads(page, 1);
      expect(await hasSlot(page)).toBe(false);
      expect(await fallbackShown(page)).toEqual({ boxes: 0, height: 0, text: FALLBACK_TEXT });
      if (session.browser.features.accessibilityTree) {
        const names = await page.accessibleNames();
        expect(
          names.some((accessibleName) => accessibleName.includes('浙江省')),
          'the widget is in the tree',
        ).toBe(true);
        expect(names.filter((accessibleName) => accessibleName.includes(FALLBACK_TEXT))).toEqual([]);
      }
      await session.expectNoProblems(page);
    });

    for (const [why, script] of [
      ['the script is blocked (nothing listens)', 'http://127.0.0.1:9/widget/cluster-list.js'],
      ['the script is missing (404)', '/widget/no-such-file.js'],
      ['the script throws', '/broken.js'],
    ] as const) {
      it(`shows when ${why}`, async () => {
        session.host.route('/broken.js', "throw new Error('this widget build is broken');", { type: 'text/javascript' });
        const page = await session.open({ mode: 'mirror', attributes, children: fallbackLinks(session.mirror.origin), script });
        await waitFor(page, 'the page to load', "return document.readyState === 'complete';");
        expect(await isDefined(page)).toBe(false);
        const shown = await fallbackShown(page);
        expect(shown.boxes).toBeGreaterThan(0);
        expect(shown.height).toBeGreaterThan(0);
        expect(shown.text).toBe(FALLBACK_TEXT);
      });
    }

    it('shows with JavaScript disabled', async (context) => {
      if (!session.browser.features.javaScriptToggle) return context.skip(`${session.name}: the driver cannot disable JavaScript`);
      const page = await session.open({ mode: 'mirror', attributes, children: fallbackLinks(session.mirror.origin) }, { javaScript: false });
      const shown = await fallbackShown(page);
      expect(shown.boxes).toBeGreaterThan(0);
      expect(shown.text).toBe(FALLBACK_TEXT);
      // The page's own scripts did not run: the recorder is not there, and neither is the element.
      expect(await page.evaluate("return typeof window.__engine + ' ' + typeof customElements.get('cluster-list');")).toBe('undefined undefined');
    });
  });
}
