/**
 * The widget never lets data run as code and works under a strict host CSP with Trusted Types.
 * Hostile strings come from test/fixtures/records.ts, served as a host's own snapshot (`src`: the
 * seeded data holds only the official list); every way of loading shares the rendering code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOTICES, HOSTILE_CLUSTERS, HOSTILE_RECORDS, RECORDS } from '../fixtures/records';
import { apiClusters } from './support/api';
import { openHostPage, sourceAttribute, widgetScript, type Mode } from './support/host-page';
import { useBrowserSession } from './support/session';
import { afterLoad, downloadCsv, expectNoPageProblems, rowNames, waitForLoads } from './support/widget-page';

const session = useBrowserSession();

/** A strict policy that allows scripts from the page's origin and, for the mirrored widget, the mirror's. */
const strictCsp = (scripts: string) =>
  `default-src 'self'; script-src 'self' ${scripts}; style-src 'self'; connect-src *; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'`;

beforeAll(() => {
  session.host.route(
    '/hostile/clusters.json',
    JSON.stringify({ version: 'hostile-1', builtAt: '2024-12-31T00:00:00Z', records: [...RECORDS, ...HOSTILE_RECORDS], notices: FIXTURE_NOTICES }),
    { type: 'application/json' },
  );
});

describe('hostile strings in the data', () => {
  it('render as text: no element, no script, no handler, also when highlighted', async () => {
    const { page, pageErrors } = await openHostPage(
      session,
      '/hostile',
      '<cluster-list src="/hostile/clusters.json" province="浙江省" page-size="50"></cluster-list>',
    );
    await waitForLoads(page, 1);
    const names = await rowNames(page);
    for (const hostile of HOSTILE_CLUSTERS) expect(names).toContain(hostile.name);
    const meta = await page.locator('cluster-list .row .meta').allTextContents();
    expect(meta.join('\n')).toContain('<script>alert("county")</script>');

    // Highlighting splits the hostile text into text nodes and <mark>s, never markup.
    await afterLoad(page, () => page.locator('cluster-list input[type="search"]').fill('img'));
    expect(await page.locator('cluster-list .row .name mark').allTextContents()).toContain('img');
    await page.locator('cluster-list summary').first().click();

    const injected = await page.evaluate(() => {
      const root = document.querySelector('cluster-list')!.shadowRoot!;
      const handlers = [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
      return { elements: root.querySelectorAll('img, script, iframe, object').length, handlers };
    });
    expect(injected).toEqual({ elements: 0, handlers: [] });
    await expectNoPageProblems(page, pageErrors);
  });

  it('go into the CSV guarded against spreadsheet formulas', async () => {
    const { page, pageErrors } = await openHostPage(session, '/hostile-csv', '<cluster-list src="/hostile/clusters.json" q="HYPERLINK"></cluster-list>', {
      context: { acceptDownloads: true },
    });
    await waitForLoads(page, 1);
    const { csv } = await downloadCsv(page);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")产业集群"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    await expectNoPageProblems(page, pageErrors);
  });
});

describe.each<Mode>(['mirror', 'src'])('under a strict CSP with Trusted Types (%s)', (mode) => {
  it('renders, filters and pages without a CSP violation or an error', async () => {
    const policy = strictCsp(mode === 'mirror' ? session.mirror.origin : '');
    const { page, pageErrors, response } = await openHostPage(
      session,
      `/csp-${mode}`,
      `<cluster-list ${sourceAttribute(mode)} province="浙江省" page-size="5"></cluster-list>`,
      {
        headers: { 'content-security-policy': policy },
        script: widgetScript(session, mode),
      },
    );
    // The strict policy reached the page: Chromium has window.trustedTypes with or without a CSP,
    // so it is the header the document arrived with that shows the policy was there.
    expect(response.headers()['content-security-policy']).toBe(policy);
    expect(await page.evaluate(() => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes)).toBe('object');
    const expected = await apiClusters({ province: '浙江省', limit: '5' });
    const loaded = await waitForLoads(page, 1);
    expect(loaded.total).toBe(expected.total);
    expect(await rowNames(page)).toEqual(expected.rows.map((row) => row.name));
    await afterLoad(page, () => page.locator('cluster-list .chips button', { hasText: '2024' }).click());
    await afterLoad(page, () => page.locator('cluster-list .chips button').first().click());
    await afterLoad(page, () => page.locator('cluster-list nav button').last().click());
    await afterLoad(page, () => page.locator('cluster-list input[type="search"]').fill('智能'));
    await expectNoPageProblems(page, pageErrors);
    // And Trusted Types are enforced, not only announced: a plain string reaching an HTML sink
    // throws. Probed last, because the probe itself is a violation the page records.
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>probe</b>';
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
  });
});
