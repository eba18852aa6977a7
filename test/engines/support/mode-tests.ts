/**
 * The suite's tests in each mode (pages.ts): 浙江省's first rows from the one file they need (its
 * first-view file; `src`'s snapshot in standalone), then the engine chunk loaded while idle, a page,
 * a year chip, a search and an opened row, every answer the API's and no request ever to `/api/`;
 * and a broken data file, which shows the message, the retry and the host's fallback links.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiClusters } from '../../browser/support/api';
import type { EngineSession } from './engine-session';
import { apiVersion, countOf, OTHER_PROVINCE, OTHER_VIEW, PROVINCE, PROVINCE_VIEW, unexpectedProblems, urlPath, WIDGET_DIR } from './expected';
import { FALLBACK_TEXT, fallbackLinks, MODES } from './pages';
import {
  countText,
  errorShown,
  fallbackShown,
  hasSlot,
  isDefined,
  pageProblems,
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

/** Registers the tests of every mode against `session`. */
export function defineModeTests(session: EngineSession): void {
  describe.each(MODES)('%s mode', (mode) => {
    const firstViewFile = mode !== 'standalone';

    it(`shows ${PROVINCE}'s first rows from one file, then pages, picks a year, searches and opens a row through the engine`, async () => {
      const version = await apiVersion();
      const first = await apiClusters({ province: PROVINCE, limit: '10' });
      expect(first.total).toBe(23);
      const page = await session.open({
        mode,
        attributes: `province="${PROVINCE}"`,
        children: fallbackLinks(session.siteOf(mode)),
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
      const folder = session.widgetFolder(mode);
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
        expect(atFirstRows).toContain(`${session.host.origin}/widget/clusters.json`);
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
      if (mode === 'mirror') expect(session.mirror.requests.filter((path) => path.startsWith('/api/'))).toEqual([]);
      await session.expectNoProblems(page);
    });

    it('shows the message, a retry and the fallback links when its data file is broken', async () => {
      // A file no other test of this engine reads: the host server cannot take a route back, and
      // WebKit may answer a file an earlier page of its window fetched from memory, no-store or not.
      const file = urlPath(mode === 'standalone' ? '/widget/truncated-clusters.json' : `/widget/data/${OTHER_VIEW}`);
      const url = `${mode === 'mirror' ? session.mirror.origin : session.host.origin}${file}`;
      const message = '数据文件已损坏，或不是 cluster-list 的数据：';
      // Truncated: a province's first view that is missing (404) is no error, the engine answers.
      const whole = readFileSync(resolve(WIDGET_DIR, mode === 'standalone' ? 'clusters.json' : `data/${OTHER_VIEW}`), 'utf8');
      const truncated = whole.slice(0, Math.floor(whole.length / 2));
      if (mode === 'mirror') session.mirror.override(file, { status: 200, body: truncated });
      else session.host.route(file, truncated, { type: 'application/json' });
      try {
        const page = await session.open({
          mode,
          attributes: `province="${mode === 'standalone' ? PROVINCE : OTHER_PROVINCE}"`,
          children: fallbackLinks(session.siteOf(mode)),
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
          session.mirror.override(file, null);
          await (await shadowButton(page, '[role="alert"]', '重试')).click();
          expect((await waitForLoads(page, 1)).total).toBe(expected.total);
          expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
          expect((await fallbackShown(page)).boxes).toBe(0);
        }
      } finally {
        if (mode === 'mirror') session.mirror.override(file, null);
      }
    });
  });
}
