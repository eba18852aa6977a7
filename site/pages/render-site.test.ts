/**
 * The whole site as `npm run build` renders it from data/, checked page by page: valid HTML
 * (html-validate), discovery tags, sitemap, JSON-LD, charts that match their tables, and the
 * configured origin only. Hostile records and a new year are in render-site-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../pipeline/divisions';
import { attribute, DATA, decode, file, jsonLd, LANDING, ORIGIN, pages, validationErrors } from '../../test/fixtures/rendered-site';
import { renderSite } from './render-site';
import { createSiteModel } from './site-model';

const SITE = renderSite({ data: DATA, origin: ORIGIN, landingTemplate: LANDING });

describe('the site rendered from data/', () => {
  it('has a page for every record, province with clusters, city, year, /stats and the 404 page', () => {
    const model = createSiteModel(DATA);
    const kinds = pages(SITE).map((page) => page.page!.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(count('cluster')).toBe(DATA.records.length);
    expect(count('province')).toBe(new Set(DATA.records.map((record) => record.provinceCode)).size);
    expect(count('city')).toBe(model.cities.length);
    expect(count('year')).toBe(new Set(DATA.records.map((record) => record.year)).size);
    expect(count('division')).toBe(new Set(DATA.records.map((record) => record.division)).size);
    expect([count('stats'), count('not-found'), count('landing')]).toEqual([1, 1, 1]);
    expect(SITE.map((entry) => entry.file)).toEqual(
      expect.arrayContaining([
        'clusters/194.html',
        'provinces/330000.html',
        'cities/330200.html',
        'years/2023.html',
        'industries/34.html',
        'stats.html',
        '404.html',
      ]),
    );
  });

  it('gives each division with clusters a page: its clusters, counts by province, and the derived-classification note', () => {
    const page = file(SITE, 'industries/34.html');
    const machinery = DATA.records.filter((record) => record.division === '34');
    expect(page).toContain('<h1>34 通用设备制造业');
    expect(page).toContain(`共 ${machinery.length} 个中小企业特色产业集群以此为主大类`);
    expect(page).toContain('派生分类');
    expect(page).toContain('并非工信部所定');
    for (const record of machinery) expect(page).toContain(`href="/clusters/${record.id}"`);
    const zhejiang = machinery.filter((record) => record.province === '浙江省').length;
    expect(page).toMatch(new RegExp(`<a href="/provinces/330000">浙江省</a></th><td>${zhejiang}</td>`, 'u'));
    expect(page).toContain('href="/api/v1/clusters?division=34&amp;limit=300"');
    expect(file(SITE, 'sitemap.xml')).toContain(`${ORIGIN}/industries/34</loc>`);
  });

  it('shows the classification on the record page, marked as derived and linked to its division', () => {
    const page = file(SITE, 'clusters/75.html');
    expect(page).toContain('行业分类（派生）');
    expect(page).toContain('<a href="/industries/39"><code>39</code> 计算机、通信和其他电子设备制造业</a>');
    expect(page).toContain('次要大类 <code>26</code> 化学原料和化学制品制造业');
    expect(page).toContain('并非工信部所定');
  });

  it('counts by section and by division on /stats, as charts with tables', () => {
    const stats = file(SITE, 'stats.html');
    expect(stats).toContain('id="by-section"');
    expect(stats).toContain('id="by-division"');
    const manufacturing = DATA.records.filter((record) => record.section === 'C').length;
    expect(stats).toContain(`<tr><th scope="row">C 制造业</th><td>${manufacturing}</td></tr>`);
    expect(stats).toContain('<a href="/industries/34">34 通用设备制造业</a>');
  });

  it('passes html-validate (recommended rules) on every page, the landing page included', async () => {
    expect(await validationErrors(SITE)).toEqual([]);
  }, 120_000);

  it('gives every page its own title and description, a canonical URL on the configured origin and Open Graph tags', () => {
    const titles = new Set<string>();
    for (const page of pages(SITE)) {
      const { kind, path } = page.page!;
      const title = attribute(page.content, /<title>(.*?)<\/title>/)!;
      expect(title, page.file).toBeTruthy();
      expect(titles.has(title), `${page.file}: title ${title} is not unique`).toBe(false);
      titles.add(title);
      expect(attribute(page.content, /<meta name="description" content="([^"]+)">/), page.file).toBeTruthy();
      expect(attribute(page.content, /<meta property="og:title" content="([^"]+)">/), page.file).toBeTruthy();
      expect(attribute(page.content, /<meta property="og:description" content="([^"]+)">/), page.file).toBeTruthy();
      if (kind === 'not-found') {
        expect(page.content).toContain('<meta name="robots" content="noindex">');
        expect(page.content).not.toContain('rel="canonical"');
      } else {
        expect(attribute(page.content, /<link rel="canonical" href="([^"]+)">/), page.file).toBe(`${ORIGIN}${path}`);
        expect(attribute(page.content, /<meta property="og:url" content="([^"]+)">/), page.file).toBe(`${ORIGIN}${path}`);
      }
    }
  });

  it('puts no local origin into any file, and only the configured origin into absolute links to itself', () => {
    for (const entry of SITE) {
      expect(entry.content, entry.file).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
      for (const [, url] of entry.content.matchAll(/"(https?:\/\/[^"/]+)[^"]*"/g)) {
        if (!/miit\.gov\.cn|schema\.org|sitemaps\.org/.test(url!)) expect(url, entry.file).toBe(ORIGIN);
      }
    }
  });

  it('lists every page but the 404 page in sitemap.xml, which robots.txt names', () => {
    const locs = [...file(SITE, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    const expected = pages(SITE)
      .filter((page) => page.page!.kind !== 'not-found')
      .map((page) => `${ORIGIN}${page.page!.path}`);
    expect(locs.sort()).toEqual(expected.sort());
    expect(file(SITE, 'sitemap.xml')).toContain(`<lastmod>${DATA.builtAt.slice(0, 10)}</lastmod>`);
    expect(file(SITE, 'robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it('shows every field of a record in words, with its GB/T 2260 codes, its notice and its PDF', () => {
    for (const record of DATA.records) {
      const page = decode(file(SITE, `clusters/${record.id}.html`));
      const notice = DATA.notices.find((candidate) => candidate.year === record.year)!;
      for (const value of [
        record.name,
        record.industry,
        record.province,
        record.provinceCode,
        record.adcode,
        record.submittedBy,
        `第${record.batch}批`,
        notice.title,
        notice.url,
      ]) {
        expect(page, `clusters/${record.id}`).toContain(String(value));
      }
      for (const value of [record.city, record.county, record.town]) if (value !== null) expect(page, `clusters/${record.id}`).toContain(value);
      if (notice.pdfUrl) expect(page).toContain(notice.pdfUrl);
      for (const label of ['名称', '产业', '省', '市', '县', '镇', '年度', '批次', '序号', '推荐单位', 'GB/T 7714-2015', 'BibTeX', 'CSL-JSON'])
        expect(page).toContain(label);
      expect(page).toContain(`href="/api/v1/clusters/${record.id}"`);
      expect(page).toContain(`<link rel="alternate" type="application/json" href="/api/v1/clusters/${record.id}">`);
      expect(page).toContain(`href="/clusters/${record.id}.csv"`);
      expect(page).toContain(`href="/years/${record.year}"`);
      expect(page).toContain(`href="/provinces/${record.provinceCode}"`);
    }
  });

  it('gives each city page the GB/T 2260 code of its prefecture, as the division table has it', () => {
    const table = loadDivisions();
    for (const city of createSiteModel(DATA).cities) expect(table.byCode.get(city.code)?.name, city.code).toBe(city.name);
  });

  it('links each record to the other clusters of its city', () => {
    const page = file(SITE, 'clusters/194.html');
    for (const other of DATA.records.filter((record) => record.city === '宁波市' && record.id !== 194)) expect(page).toContain(`href="/clusters/${other.id}"`);
    expect(page).toContain('href="/cities/330200"');
  });

  it('draws each chart with the numbers of its table, and a text alternative that lists them', () => {
    for (const name of ['stats.html', 'provinces/330000.html', 'years/2024.html', 'cities/330200.html']) {
      const page = file(SITE, name);
      const figures = [...page.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map(([figure]) => figure);
      expect(figures.length, name).toBeGreaterThanOrEqual(2);
      for (const figure of figures) {
        const drawn = [...figure.matchAll(/<text x="[\d.]+" y="[\d.]+">(\d+)<\/text>/g)].map(([, value]) => Number(value));
        const tabled = [...figure.matchAll(/<td>(\d+)<\/td>/g)].map(([, value]) => Number(value));
        expect(drawn.length).toBeGreaterThan(0);
        expect(drawn).toEqual(tabled);
        const alternative = attribute(figure, /<title id="[^"]+">([^<]+)<\/title>/)!;
        for (const value of tabled) expect(alternative).toContain(` ${value}`);
        expect(figure).toMatch(/<svg role="img" aria-labelledby="[^"]+-title"/);
      }
      if (name !== 'cities/330200.html') expect(page).toContain('审图号');
    }
    expect(file(SITE, 'stats.html')).not.toMatch(/<canvas|<img/);
  });

  it('counts by province, year and submitting unit on /stats, adding up to the whole list', () => {
    const stats = file(SITE, 'stats.html');
    for (const id of ['by-year', 'by-province', 'by-submitter']) {
      const figure = new RegExp(`<figure class="chart" id="${id}"[\\s\\S]*?</figure>`).exec(stats)![0];
      const sum = [...figure.matchAll(/<td>(\d+)<\/td>/g)].reduce((total, [, value]) => total + Number(value), 0);
      expect(sum, id).toBe(DATA.records.length);
    }
  });

  it('describes the dataset in JSON-LD on the landing and stats pages, with its downloads and the MIIT notices as sources', () => {
    for (const name of ['index.html', 'stats.html']) {
      const dataset = jsonLd(file(SITE, name));
      expect(dataset['@type']).toBe('Dataset');
      expect(dataset.distribution).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ encodingFormat: 'text/csv', contentUrl: `${ORIGIN}/data/clusters.csv` }),
          expect.objectContaining({ encodingFormat: 'application/json', contentUrl: `${ORIGIN}/data/clusters.json` }),
        ]),
      );
      expect((dataset.isBasedOn as { name: string; url: string }[]).map(({ name: title, url }) => ({ title, url }))).toEqual(
        DATA.notices.map(({ title, url }) => ({ title, url })),
      );
    }
  });

  it('gives each page with breadcrumbs a BreadcrumbList that ends at the page itself', () => {
    const page = file(SITE, 'clusters/194.html');
    const lists = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, body]) => JSON.parse(body!) as Record<string, unknown>);
    const breadcrumbs = lists.find((list) => list['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(breadcrumbs.itemListElement.map(({ name, item }) => [name, item])).toEqual([
      ['首页', `${ORIGIN}/`],
      ['浙江省', `${ORIGIN}/provinces/330000`],
      ['宁波市', `${ORIGIN}/cities/330200`],
      ['宁波慈溪市智能小家电产业集群', `${ORIGIN}/clusters/194`],
    ]);
  });

  it('links the landing page to /stats and to every year and province page', () => {
    const landing = file(SITE, 'index.html');
    expect(landing).toContain('href="/stats"');
    for (const year of new Set(DATA.records.map((record) => record.year))) expect(landing).toContain(`href="/years/${year}"`);
    for (const code of new Set(DATA.records.map((record) => record.provinceCode))) expect(landing).toContain(`href="/provinces/${code}"`);
  });

  it('publishes the whole dataset as static CSV and JSON, and each record as CSV', () => {
    expect(JSON.parse(file(SITE, 'data/clusters.json'))).toEqual(DATA.records);
    expect(file(SITE, 'data/clusters.csv').split('\r\n').length).toBe(DATA.records.length + 2);
    expect(file(SITE, 'clusters/194.csv')).toMatch(/^\uFEFFid,year,.*\r\n194,2023,2,94,宁波慈溪市智能小家电产业集群,/s);
  });
});
