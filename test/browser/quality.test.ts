/**
 * Accessibility and layout of `<cluster-list>` and of the landing page in real Chromium: axe in
 * both colour schemes, keyboard path with visible focus, target sizes, reflow at 320 px and zero
 * layout shift while loading.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SKELETON_DELAY_MS } from '../../widget/skeleton-timing';
import { axeViolations } from './support/axe';
import { gotoHostPage, newInstrumentedPage, openHostPage } from './support/host-page';
import { openLandingPageWithZhejiang } from './support/landing-page';
import { useBrowserSession } from './support/session';
import { afterLoad, expectNoPageProblems, waitForLoads } from './support/widget-page';

const session = useBrowserSession();

/** How long the widget's script took to arrive, as the widget itself reads it (Resource Timing). */
function scriptArrivalMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/widget/cluster-list.js'))?.duration ?? Number.NaN);
}

/** The host page at the size and colour scheme under test, once its first widget has loaded without a problem. */
async function openPage(path: string, body: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const { page, pageErrors } = await openHostPage(session, path, body, {
    context: { colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } },
  });
  await waitForLoads(page, 1);
  await expectNoPageProblems(page, pageErrors);
  return page;
}

/** The element focused inside the widget's shadow root (or the page's own). */
function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    const label = element.getAttribute('part') ?? element.getAttribute('type') ?? '';
    return `${element.tagName.toLowerCase()}${label ? `[${label}]` : ''} ${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 12)}`.trim();
  });
}

describe.each(['light', 'dark'] as const)('axe in the %s scheme', (colorScheme) => {
  it('finds no violation in the widget, with filters and rows', async () => {
    const page = await openPage(`/axe-${colorScheme}`, `<cluster-list province="浙江省"></cluster-list>`, { colorScheme });
    await afterLoad(page, () => page.locator('cluster-list input[type="search"]').fill('智能'));
    await page.locator('cluster-list summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds no violation in large-text, compact and English, nor in the empty and error states', async () => {
    const page = await openPage(
      `/axe-variants-${colorScheme}`,
      `<cluster-list large-text lang="en"></cluster-list>
       <cluster-list compact q="不存在的集群"></cluster-list>
       <cluster-list province="火星"></cluster-list>`,
      { colorScheme },
    );
    // Widgets further down the page load only when they come near the viewport.
    for (const index of [1, 2]) await page.locator('cluster-list').nth(index).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('cluster-list [role="alert"]').count()).toBe(1);
    await expect.poll(() => page.locator('cluster-list .notice').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds no violation on the landing page with its live widget and embed builder', async () => {
    const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const { page, pageErrors } = await openLandingPageWithZhejiang(context);
    await page.locator('#preview cluster-list').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#preview cluster-list .row').count()).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
  });
});

describe('keyboard and targets', () => {
  it('reaches every control in order with a visible focus ring, and operates them', async () => {
    const page = await openPage('/keyboard', `<cluster-list province="浙江省" page-size="3"></cluster-list>`);
    // The industry select stays disabled (out of the tab order) until the engine has counted its facets,
    // which happens while the browser is idle: wait for it, so the walk sees the finished form.
    const industry = page.locator('cluster-list label', { hasText: '行业大类' }).locator('select');
    await expect.poll(() => industry.isEnabled(), { timeout: 15_000 }).toBe(true);
    const path: string[] = [];
    for (let step = 0; step < 15; step++) {
      await page.keyboard.press('Tab');
      path.push(await focusedDescription(page));
      const outline = await page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const style = element ? getComputedStyle(element) : null;
        return style ? `${style.outlineStyle} ${style.outlineWidth}` : '';
      });
      if (!path.at(-1)!.startsWith('body')) expect(outline, `focus ring of ${path.at(-1)}`).toBe('solid 3px');
    }
    expect(path.slice(0, 13)).toEqual([
      'input[search]',
      expect.stringMatching(/^select\[select\] 全部城市 ?宁波市/),
      expect.stringMatching(/^select\[select\] 全部行业 ?\S/),
      expect.stringMatching(/^select\[select\] 默认/),
      expect.stringMatching(/^button\[chip\] 全部 \d+$/),
      expect.stringMatching(/^button\[chip\] 2022 \d+$/),
      expect.stringMatching(/^button\[chip\] 2023 \d+$/),
      expect.stringMatching(/^button\[chip\] 2024 \d+$/),
      expect.stringMatching(/^summary /),
      expect.stringMatching(/^summary /),
      expect.stringMatching(/^summary /),
      'button[button] 下一页',
      'button[download] 下载 CSV',
    ]);
    // Space on a chip selects that year, Enter on "next" pages.
    await page.locator('cluster-list .chips button', { hasText: '2023' }).focus();
    const filtered = await afterLoad(page, () => page.keyboard.press('Space'));
    expect(filtered).toMatchObject({ filters: { year: [2023] } });
    await page.locator('cluster-list nav button', { hasText: '下一页' }).focus();
    const paged = await afterLoad(page, () => page.keyboard.press('Enter'));
    expect(paged).toMatchObject({ filters: { page: 2 } });
  });

  it('has targets of at least 24 px, and 44 px in large-text mode', async () => {
    const page = await openPage(
      '/targets',
      `<cluster-list id="normal" province="浙江省"></cluster-list>
       <cluster-list id="large" province="浙江省" large-text></cluster-list>`,
    );
    await waitForLoads(page, 2);
    const sizes = await page.evaluate(() =>
      ['normal', 'large'].map((id) => {
        const root = document.getElementById(id)!.shadowRoot!;
        const targets = [...root.querySelectorAll('input, select, button, summary, a[part="download"]')];
        const smallest = Math.min(
          ...targets.flatMap((target) => {
            const box = target.getBoundingClientRect();
            return [box.width, box.height];
          }),
        );
        return { targets: targets.length, smallest };
      }),
    );
    // Math.min of no targets is Infinity: without their count, a widget with no controls would pass.
    expect(sizes[0]!.targets).toBeGreaterThan(0);
    expect(sizes[1]!.targets).toBeGreaterThan(0);
    expect(sizes[0]!.smallest).toBeGreaterThanOrEqual(24);
    expect(sizes[1]!.smallest).toBeGreaterThanOrEqual(44);
  });
});

describe('layout', () => {
  it('reflows at 320 px (400 % zoom of 1280 px) without horizontal scrolling', async () => {
    const page = await openPage('/narrow', `<cluster-list large-text></cluster-list>`, { width: 320 });
    const overflow = await page.evaluate(() => {
      const widget = document.querySelector('cluster-list')!;
      const inside = [...widget.shadowRoot!.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5);
      return { page: document.documentElement.scrollWidth - window.innerWidth, inside: inside.map((element) => element.className || element.tagName) };
    });
    expect(overflow).toEqual({ page: 0, inside: [] });
  });

  // Before its script has run, the element is empty and takes no space; a host page reserves that
  // space with `cluster-list:not(:defined)` CSS (docs/widget.md). From its skeleton on, nothing moves.
  it('shifts nothing on the page from its skeleton to the loaded rows (cumulative layout shift 0)', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__shifts = [];
      const record = (entries: PerformanceEntryList) => {
        for (const entry of entries as unknown as { value: number; hadRecentInput: boolean; startTime: number }[]) {
          window.__shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, startTime: entry.startTime });
        }
      };
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      // A frame's shifts are queued at its layout; takeRecords() hands over those not yet delivered.
      window.__flushShifts = () => record(observer.takeRecords());
    });
    // Hold the data files until the skeleton has been seen: a fixed delay is not enough on a
    // loaded machine, where loading the page can take longer than any delay we pick.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/widget/data/**', async (route) => {
      await held;
      await route.continue();
    });
    await gotoHostPage(session, page, '/cls', `<cluster-list province="浙江省"></cluster-list>`);
    // The moment the skeleton is on screen (it comes when no answer has arrived for a moment): the
    // widget's own layout starts here.
    await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelector('.skeleton'));
    const skeletonPainted = await page.evaluate(
      () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))),
    );
    expect(await page.locator('cluster-list .skeleton').count()).toBe(10);
    release();
    await waitForLoads(page, 1);
    // Two frames: the loaded state is laid out and painted, and any shift it caused is queued.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate((since) => {
      window.__flushShifts();
      return window.__shifts.filter((shift) => shift.startTime >= since);
    }, skeletonPainted);
    // Skeleton → rows, chips and counts arriving, source line: nothing on the page moves.
    expect(shifts).toEqual([]);
    await expectNoPageProblems(page, pageErrors);
  });

  it('keeps the space the host page reserved until its skeleton is drawn', async ({ skip }) => {
    const { page, pageErrors } = await newInstrumentedPage(session, { viewport: { width: 1280, height: 900 } });
    // Every frame from the element's definition until its skeleton: the height it takes on the page.
    await page.addInitScript(() => {
      // No Resource Timing: the widget cannot tell how quickly its file came, so it takes the
      // waiting path (a skeleton only after SKELETON_DELAY_MS), whatever the machine's speed. How
      // quickly the file comes over loopback is the bench's to report (bench/widget-report.ts).
      performance.setResourceTimingBufferSize(0);
      window.__heights = [];
      void customElements.whenDefined('cluster-list').then(() => {
        const widget = document.querySelector('cluster-list')!;
        const sample = () => {
          if (widget.shadowRoot?.querySelector('.skeleton')) return;
          window.__heights.push(widget.getBoundingClientRect().height);
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
    });
    // The data files never arrive here: the widget waits, then shows its skeleton.
    await page.route('**/widget/data/**', () => {});
    const reserve = '<style>cluster-list:not(:defined) { display: block; min-height: 480px; }</style>';
    await gotoHostPage(session, page, '/reserve', `<cluster-list province="浙江省"></cluster-list>`, { head: reserve });
    // The widget waits only when its own file came quickly, as it does from this machine. How fast
    // the machine is belongs in the bench: a slow arrival skips this check (and says so) rather than failing it.
    if ((await scriptArrivalMs(page)) >= SKELETON_DELAY_MS) skip('the widget script arrived too slowly for the widget to wait');
    await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelector('.skeleton'));
    const heights = await page.evaluate(() => window.__heights);
    expect(heights.length).toBeGreaterThan(0);
    expect(new Set(heights)).toEqual(new Set([480]));
    await expectNoPageProblems(page, pageErrors);
  });

  it('draws its skeleton at once when its own file was slow to arrive, as its data will be', async () => {
    const { page, pageErrors } = await newInstrumentedPage(session, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__firstRender = customElements.whenDefined('cluster-list').then(async () => {
        const widget = document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('cluster-list')!;
        await widget.updateComplete;
        const root = widget.shadowRoot!;
        return root.querySelector('.skeleton') ? 'skeleton' : root.querySelector('.reserved') ? 'reserved' : 'other';
      });
    });
    await page.route('**/widget/cluster-list.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2 * SKELETON_DELAY_MS));
      await route.continue();
    });
    await page.route('**/widget/data/**', () => {});
    await gotoHostPage(session, page, '/slow-script', `<cluster-list province="浙江省"></cluster-list>`);
    expect(await scriptArrivalMs(page)).toBeGreaterThan(SKELETON_DELAY_MS);
    expect(await page.evaluate(() => window.__firstRender)).toBe('skeleton');
    expect(await page.locator('cluster-list .skeleton').count()).toBe(10);
    await expectNoPageProblems(page, pageErrors);
  });
});
