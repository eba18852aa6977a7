import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPages, heaviestPages, PAGE_BUDGET_BYTES } from './build-pages';
import { localOriginsIn } from './deploy-check';

const ROOT = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'cluster-list-pages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('buildPages', () => {
  it('writes the pages with the configured origin and reports the heaviest page of each kind against the budget', () => {
    const lines: string[] = [];
    buildPages({ root: ROOT, site: out, env: { SITE_ORIGIN: 'https://clusters.example.org' }, log: (line) => lines.push(line) });
    expect(readFileSync(join(out, 'clusters/194.html'), 'utf8')).toContain('<link rel="canonical" href="https://clusters.example.org/clusters/194">');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://clusters.example.org/sitemap.xml');
    expect(lines[0]).toMatch(/^build-site: \d+ pages, sitemap\.xml, robots\.txt; canonical origin https:\/\/clusters\.example\.org$/);
    for (const kind of ['landing', 'cluster', 'province', 'city', 'year', 'division', 'stats', 'not-found']) {
      expect(lines.some((line) => line.startsWith(`build-site: heaviest ${kind} page `) && line.endsWith(`(budget ${PAGE_BUDGET_BYTES} B)`))).toBe(true);
    }
  });

  it('says so when SITE_ORIGIN is not set, and fails on a malformed one', () => {
    const lines: string[] = [];
    buildPages({ root: ROOT, site: out, env: {}, log: (line) => lines.push(line) });
    expect(lines[0]).toContain('SITE_ORIGIN not set');
    expect(() => buildPages({ root: ROOT, site: out, env: { SITE_ORIGIN: 'https://example.org/path' }, log: () => {} })).toThrow(/origin only/);
  });
});

describe('heaviestPages', () => {
  it('adds the stylesheet to each page and keeps the heaviest of each kind', () => {
    const files = [
      { file: 'a.html', content: 'x'.repeat(10), page: { kind: 'cluster' as const, path: '/a' } },
      { file: 'b.html', content: Array.from({ length: 2000 }, (_, index) => index).join(' '), page: { kind: 'cluster' as const, path: '/b' } },
      { file: 'data.csv', content: 'not a page' },
    ];
    const [weight] = heaviestPages(files, 'body{}');
    expect(weight).toMatchObject({ kind: 'cluster', path: '/b' });
    expect(heaviestPages(files, 'body{}'.repeat(1000))[0]!.bytes).toBeGreaterThan(weight!.bytes);
  });
});

describe('deploy check', () => {
  it('finds local origins in built files, and nothing in a build for a real origin', () => {
    expect(
      localOriginsIn([
        { file: 'sitemap.xml', content: '<loc>http://localhost:8787/</loc>' },
        { file: 'a.html', content: 'href="http://127.0.0.1:41234/x"' },
        { file: 'ok.html', content: 'https://clusters.example.org/' },
      ]),
    ).toEqual(['sitemap.xml: http://localhost:8787', 'a.html: http://127.0.0.1:41234']);
  });
});
