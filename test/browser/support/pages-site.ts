/**
 * Helpers of the pages' browser tests (test/browser/pages-*.test.ts): the built pages must be
 * newer than their sources, and a page's internal links are read from its HTML.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const SITEMAP = join(ROOT, 'dist/site/sitemap.xml');
const SOURCES = ['site/pages', 'site/public', 'data'];

/** Newest mtime under `path`, test files left out (they are not inputs of the build). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Throws, saying what to run, when dist/site has no pages or older ones than site/pages,
 * site/public/ or data/: the shared global setup rebuilds only when the widget's inputs change.
 */
export function expectFreshPages(): void {
  const built = existsSync(SITEMAP) ? statSync(SITEMAP).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  if (built < newest) throw new Error('dist/site has no pages, or older ones than site/pages, site/public/ or data/: run `npm run build` first');
}

/** The start tags of a page (text that shows markup, such as an embed snippet, is escaped and not among them). */
const startTags = (html: string): string[] => [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map(([tag]) => tag);

/** The root-relative URLs (`/…`) of a page's `href` and `src` attributes, entities decoded. */
export function internalLinks(html: string): string[] {
  const links = startTags(html).flatMap((tag) => [...tag.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)].map(([, link]) => link!.replace(/&amp;/g, '&')));
  return [...new Set(links)];
}

/** Every `id` attribute of a page. */
export function idsOf(html: string): Set<string> {
  return new Set(startTags(html).flatMap((tag) => [...tag.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!)));
}
