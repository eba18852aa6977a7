/**
 * A crawl of the built site through the local Worker, starting from sitemap.xml: every page it
 * lists answers 200 with HTML, and every internal link and fragment on those pages works (API
 * links included). Unknown ids get the 404 page with status 404.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workerOrigin } from './support/api';
import { expectFreshPages, idsOf, internalLinks } from './support/pages-site';

beforeAll(expectFreshPages);

/** The sitemap's URLs carry the configured origin; the crawl asks the local Worker for the same paths. */
function local(url: string): string {
  const { pathname, search } = new URL(url, workerOrigin());
  return `${workerOrigin()}${pathname}${search}`;
}

describe('crawl from sitemap.xml', () => {
  it('finds every listed page, and no broken internal link or fragment on any of them', async () => {
    const sitemap = await (await fetch(`${workerOrigin()}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
    expect(pages.length).toBeGreaterThan(300);
    expect(pages).toEqual(expect.arrayContaining(['/', '/stats', '/clusters/1', '/provinces/330000', '/years/2022', '/cities/330200']));

    const bodies = new Map<string, string>();
    const broken: string[] = [];
    for (const path of pages) {
      const response = await fetch(local(path), { redirect: 'manual' });
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html'))
        broken.push(`${path}: ${response.status} ${response.headers.get('content-type')}`);
      bodies.set(path, await response.text());
    }

    const links = new Map<string, string>();
    for (const [path, body] of bodies) for (const link of internalLinks(body)) if (!links.has(link)) links.set(link, path);
    let checked = 0;
    for (const [link, from] of links) {
      const [target = '', fragment] = link.split('#');
      let body = bodies.get(target === '' ? from : target);
      if (body === undefined) {
        const response = await fetch(local(target), { redirect: 'manual' });
        checked += 1;
        if (response.status !== 200) broken.push(`${link} (linked from ${from}): ${response.status}`);
        body = (await response.text()) ?? '';
      }
      if (fragment && !idsOf(body).has(fragment)) broken.push(`${link} (linked from ${from}): no id "${fragment}"`);
    }
    expect(broken).toEqual([]);
    console.log(`pages crawl: ${pages.length} pages from sitemap.xml, ${links.size} distinct internal links (${checked} beyond the pages), 0 broken`);
  }, 300_000);

  it('serves the whole dataset as static CSV and JSON, readable from any origin', async () => {
    for (const [path, type] of [
      ['/data/clusters.json', /^application\/json/],
      ['/data/clusters.csv', /^text\/csv/],
    ] as const) {
      const response = await fetch(`${workerOrigin()}${path}`, { headers: { Origin: 'https://researcher.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
    const records = (await (await fetch(`${workerOrigin()}/data/clusters.json`)).json()) as { id: number }[];
    const api = (await (await fetch(`${workerOrigin()}/api/v1/meta`)).json()) as { data: { recordCount: number } };
    expect(records.length).toBe(api.data.recordCount);
  });

  it('names the sitemap in robots.txt', async () => {
    const robots = await (await fetch(`${workerOrigin()}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
  });
});

describe('unknown pages', () => {
  it.each(['/clusters/abc', '/clusters/0', '/clusters/99999', '/provinces/999999', '/years/1999', '/cities/000000'])(
    '%s gets the 404 page with status 404 and links back',
    async (path) => {
      const response = await fetch(`${workerOrigin()}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await response.text();
      expect(body).toContain('没有这个页面');
      expect(body).toContain('<meta name="robots" content="noindex">');
      for (const link of ['/', '/stats', '/years/2024', '/provinces/330000']) expect(internalLinks(body)).toContain(link);
    },
  );

  it('keeps API errors as JSON', async () => {
    const response = await fetch(`${workerOrigin()}/api/v1/clusters/99999`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
