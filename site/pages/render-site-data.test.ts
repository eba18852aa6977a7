/**
 * The site rendered from data that tests its templates: records and a notice full of markup,
 * quotes and script (hostile fixtures), and a new year added to data/.
 */
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../core/notice';
import { FIXTURE_CLUSTERS, FIXTURE_NOTICES, HOSTILE_CLUSTERS } from '../../test/fixtures/records';
import { DATA, decode, file, jsonLd, LANDING, ORIGIN, pages, validationErrors } from '../../test/fixtures/rendered-site';
import { renderSite } from './render-site';
import type { SiteData } from './site-model';

describe('hostile strings in a record', () => {
  const hostileNotice: Notice = {
    year: 2024,
    batch: 3,
    title: '</script><script>alert("notice")</script> & "通告"',
    url: 'javascript:alert(1)',
    pdfUrl: 'javascript:alert(2)',
  };
  const data: SiteData = {
    records: [...FIXTURE_CLUSTERS, ...HOSTILE_CLUSTERS],
    notices: [...FIXTURE_NOTICES.filter((notice) => notice.year !== 2024), hostileNotice],
    version: 'hostile-1',
    builtAt: '2024-12-31T00:00:00Z',
  };
  const site = renderSite({ data, origin: ORIGIN, landingTemplate: LANDING });

  it('render as text: no element, attribute or script comes from the data', () => {
    const scriptsOf = (page: string) => [...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const landingScripts = scriptsOf(LANDING);
    for (const entry of pages(site)) {
      // Attribute values are escaped (no quote inside), so dropping them leaves only the tags' own names.
      const tags = entry.content.replace(/"[^"]*"/g, '""');
      expect(tags, entry.file).not.toMatch(/<img|<[a-z][^<>]*\son[a-z]+=|<script>alert|javascript:/);
      // Only the scripts the templates write: JSON-LD, the access-date script, the landing page's own.
      for (const tag of scriptsOf(entry.content)) expect(['<script type="application/ld+json">', '<script>', ...landingScripts], entry.file).toContain(tag);
    }
    const page = file(site, 'clusters/901.html');
    expect(page).toContain('&lt;script&gt;alert(&quot;county&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;产业集群');
    expect(decode(file(site, 'clusters/902.html'))).toContain('=HYPERLINK("http://evil.example","点击")产业集群');
  });

  it('keep every page valid HTML', async () => {
    expect(await validationErrors(site)).toEqual([]);
  }, 60_000);

  it('survive in JSON-LD unchanged', () => {
    expect(jsonLd(file(site, 'clusters/901.html')).name).toBe(HOSTILE_CLUSTERS[0]!.name);
    const dataset = jsonLd(file(site, 'stats.html'));
    expect((dataset.isBasedOn as { name: string }[]).map((notice) => notice.name)).toContain(hostileNotice.title);
  });
});

describe('a new year in the data', () => {
  it('gets its year page, its notice, its record pages and its sitemap entries from the same build', () => {
    const notice: Notice = {
      year: 2025,
      batch: 4,
      title: '工业和信息化部关于2025年度中小企业特色产业集群名单的通告',
      url: 'https://www.miit.gov.cn/new-2025.html',
      pdfUrl: null,
    };
    const record = { ...DATA.records.at(-1)!, id: 301, year: 2025, batch: 4, seq: 1, name: '浙江省测试县新材料产业集群', sourceUrl: notice.url };
    const site = renderSite({
      data: { ...DATA, records: [...DATA.records, record], notices: [...DATA.notices, notice] },
      origin: ORIGIN,
      landingTemplate: LANDING,
    });
    expect(file(site, 'years/2025.html')).toContain(notice.title);
    expect(file(site, 'clusters/301.html')).toContain(record.name);
    expect(file(site, 'sitemap.xml')).toContain(`${ORIGIN}/years/2025`);
    expect(file(site, 'index.html')).toContain('href="/years/2025"');
    expect(file(site, 'stats.html')).toContain('2025年度');
  });
});
