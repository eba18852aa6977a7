/**
 * The widget's industry filter (the derived GB/T 4754-2017 classification) in real Chromium,
 * from a plain static mirror and from a host's own snapshot, with the API as the oracle: the
 * select lists the divisions the API counts, choosing one shows the API's rows, and the
 * `division` and `section` presets filter as the API's parameters do, bad codes included.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClusters, workerOrigin } from './support/api';
import { gotoHostPage, newInstrumentedPage, sourceAttribute, widgetScript, type Mode } from './support/host-page';
import { useBrowserSession } from './support/session';
import { afterLoad, countText, expectNoPageProblems, recordRequests, rowNames, waitForLoads } from './support/widget-page';

const session = useBrowserSession();

interface DivisionCount {
  value: string;
  name: string;
  section: string;
  count: number;
}

/** The API's division facet for a filter. */
async function apiDivisions(query: Record<string, string>): Promise<DivisionCount[]> {
  const response = await fetch(`${workerOrigin()}/api/v1/facets?${new URLSearchParams(query)}`);
  if (!response.ok) throw new Error(`facets: ${response.status}`);
  return ((await response.json()) as { data: { division: DivisionCount[] } }).data.division;
}

/** The API's 400 message for a query. */
async function apiError(query: Record<string, string>): Promise<string> {
  const response = await fetch(`${workerOrigin()}/api/v1/clusters?${new URLSearchParams(query)}`);
  expect(response.status).toBe(400);
  return ((await response.json()) as { error: { message: string } }).error.message;
}

/** The industry select: the one labelled 行业大类. */
const industrySelect = (page: Page) => page.locator('cluster-list label', { hasText: '行业大类' }).locator('select');

/** The select's options as the reader reads them, whitespace collapsed. */
async function optionTexts(page: Page): Promise<string[]> {
  const texts = await industrySelect(page).locator('option').allTextContents();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

describe.each<Mode>(['mirror', 'src'])('<cluster-list> industry filter (%s)', (mode) => {
  let page: Page;
  let pageErrors: string[];
  let requests: string[];

  beforeEach(async () => {
    ({ page, pageErrors } = await newInstrumentedPage(session));
    requests = recordRequests(page);
  });

  afterEach(async () => {
    await expectNoPageProblems(page, pageErrors);
    expect(requests.filter((url) => url.startsWith(workerOrigin()) || new URL(url).pathname.startsWith('/api/'))).toEqual([]);
  });

  async function open(attributes: string): Promise<{ total: number }> {
    await gotoHostPage(session, page, `/${mode}`, `<cluster-list ${sourceAttribute(mode)} ${attributes}></cluster-list>`, {
      script: widgetScript(session, mode),
    });
    return waitForLoads(page, 1);
  }

  it('lists the divisions present with their counts, and filters by the one chosen', async () => {
    await open('province="浙江省" page-size="100"');
    const divisions = await apiDivisions({ province: '浙江省' });
    expect(divisions.length).toBeGreaterThan(1);
    // The first view carries no industry counts; the select fills in once the engine is ready, with no reader action.
    await expect.poll(() => optionTexts(page), { timeout: 15_000 }).toEqual(['全部行业', ...divisions.map((entry) => `${entry.name} (${entry.count})`)]);
    expect(await industrySelect(page).isDisabled()).toBe(false);
    const chosen = divisions[0]!;
    const expected = await apiClusters({ province: '浙江省', division: chosen.value, limit: '300' });
    const loaded = await afterLoad(page, () => industrySelect(page).selectOption(chosen.value));
    expect(loaded.total).toBe(expected.total);
    expect(loaded.total).toBe(chosen.count);
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    const changes = await page.evaluate(() => window.__events.filter((event) => event.type === 'cluster-list-filter-change'));
    expect(changes.at(-1)?.detail).toMatchObject({ filters: { province: '浙江省', division: chosen.value, section: '' } });
    // Back to every industry.
    const all = await afterLoad(page, () => industrySelect(page).selectOption(''));
    expect(all.total).toBe((await apiClusters({ province: '浙江省', limit: '1' })).total);
  });

  it('division="34" presets the filter and hides the select; section="C" narrows the select to its divisions', async () => {
    const machinery = await apiClusters({ division: '34', limit: '10' });
    const loaded = await open('division="34"');
    expect(loaded.total).toBe(machinery.total);
    expect(await rowNames(page)).toEqual(machinery.rows.map((row) => row.name));
    expect(await countText(page)).toBe(`${machinery.total} 个集群`);
    expect(await industrySelect(page).count()).toBe(0);

    await page.evaluate(() => {
      const element = document.querySelector('cluster-list')!;
      element.removeAttribute('division');
      element.setAttribute('section', 'I');
    });
    const services = await apiDivisions({ section: 'I' });
    await expect.poll(() => optionTexts(page), { timeout: 15_000 }).toEqual(['全部行业', ...services.map((entry) => `${entry.name} (${entry.count})`)]);
    expect(await rowNames(page)).toEqual((await apiClusters({ section: 'I', limit: '10' })).rows.map((row) => row.name));
  });

  it("shows the API's message, listing the valid codes, for a division or section the standard or the data lacks", async () => {
    for (const [attribute, value] of [
      ['division', '99'],
      ['division', 'abc'],
      ['section', 'Z'],
    ] as const) {
      const message = await apiError({ [attribute]: value });
      await gotoHostPage(session, page, `/${mode}`, `<cluster-list ${sourceAttribute(mode)} ${attribute}="${value}"></cluster-list>`, {
        script: widgetScript(session, mode),
      });
      // The API's rule, and the codes the data has (the widget has the snapshot to list them).
      await expect
        .poll(() => page.locator('cluster-list [role="alert"]').textContent(), { timeout: 15_000 })
        .toContain(message.slice(0, message.indexOf('。') + 1));
      expect(await page.locator('cluster-list [role="alert"]').textContent()).toMatch(attribute === 'section' ? /数据中有：C, /u : /数据中有：13, 14, /u);
      // Asking again cannot help: no retry is offered for the host page's own bad preset.
      expect(await page.locator('cluster-list [role="alert"] button').count()).toBe(0);
    }
  });

  it('hide-filters="industry" hides the select', async () => {
    await open('hide-filters="industry"');
    await expect.poll(() => page.locator('cluster-list select').count()).toBeGreaterThan(0);
    expect(await industrySelect(page).count()).toBe(0);
  });
});
