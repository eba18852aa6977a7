/**
 * The page step of `npm run build`: renders every page from data/clusters.json, data/notices.json
 * and data/manifest.json into dist/site, and reports each kind's heaviest page (gzip -9, with the
 * stylesheet, which every page loads). A page over {@link PAGE_BUDGET_BYTES} fails the build.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Notice } from '../../core/notice';
import type { ClusterRecord } from '../../core/record';
import { pagesHeaderRules } from './headers';
import { renderSite, type PageKind, type SiteFile } from './render-site';
import { resolveSiteOrigin } from './site-origin';
import type { SiteData } from './site-model';

/** 20 KB gzip, stylesheet included. */
export const PAGE_BUDGET_BYTES = 20 * 1024;

/** The data the pages are made from, read from a data directory. */
export function readSiteData(dataDir: string): SiteData {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  const manifest = read('manifest.json') as { sources: { version: string; builtAt: string }[] };
  const latest = manifest.sources.at(-1);
  if (!latest) throw new Error(`${dataDir}/manifest.json lists no source`);
  return { records: read('clusters.json') as ClusterRecord[], notices: read('notices.json') as Notice[], version: latest.version, builtAt: latest.builtAt };
}

export interface PageWeight {
  kind: PageKind;
  path: string;
  /** gzip -9 of the page plus gzip -9 of the stylesheet. */
  bytes: number;
}

const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** The heaviest page of each kind, with the stylesheet's weight added. */
export function heaviestPages(files: readonly SiteFile[], stylesheet: string): PageWeight[] {
  const css = gzipBytes(stylesheet);
  const heaviest = new Map<PageKind, PageWeight>();
  for (const file of files) {
    if (!file.page) continue;
    const bytes = gzipBytes(file.content) + css;
    const current = heaviest.get(file.page.kind);
    if (!current || bytes > current.bytes) heaviest.set(file.page.kind, { kind: file.page.kind, path: file.page.path, bytes });
  }
  return [...heaviest.values()];
}

export interface BuildPagesOptions {
  root: string;
  site: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** Writes the pages into `site` (after site/public/ was copied there, `_headers` included), adds their header rules, and reports their weights. */
export function buildPages(options: BuildPagesOptions): SiteFile[] {
  const log = options.log ?? console.log;
  const env = options.env ?? process.env;
  const { origin, configured } = resolveSiteOrigin(env.SITE_ORIGIN, env.PORT);
  const files = renderSite({
    data: readSiteData(join(options.root, 'data')),
    origin,
    landingTemplate: readFileSync(join(options.root, 'site/public/index.html'), 'utf8'),
  });
  for (const file of files) {
    const target = join(options.site, file.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  appendFileSync(join(options.site, '_headers'), pagesHeaderRules());
  const weights = heaviestPages(files, readFileSync(join(options.root, 'site/public/site.css'), 'utf8'));
  const pages = files.filter((file) => file.page).length;
  log(
    `build-site: ${pages} pages, sitemap.xml, robots.txt; canonical origin ${origin}${configured ? '' : ' (SITE_ORIGIN not set: a local build, not for deploying)'}`,
  );
  for (const weight of weights)
    log(`build-site: heaviest ${weight.kind} page ${weight.path}: ${weight.bytes} B gzip -9 with site.css (budget ${PAGE_BUDGET_BYTES} B)`);
  const over = weights.filter((weight) => weight.bytes > PAGE_BUDGET_BYTES);
  if (over.length > 0) throw new Error(`pages over ${PAGE_BUDGET_BYTES} B gzip: ${over.map((weight) => `${weight.path} (${weight.bytes} B)`).join(', ')}`);
  return files;
}
