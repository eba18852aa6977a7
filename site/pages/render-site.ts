/**
 * Every file the page step writes into dist/site, as a pure function of the data, the canonical
 * origin and the landing page's template. Workers Static Assets serves `clusters/194.html` at
 * `/clusters/194` (html_handling "auto-trailing-slash", the default), and `404.html`, with status
 * 404, for every path that has no file (not_found_handling "404-page").
 */
import { toCsv } from '../../core/csv';
import { publicRecord } from '../../core/record';
import { cityPage, provincePage } from './area-pages';
import { clusterPage } from './cluster-page';
import { divisionPage } from './industry-page';
import { renderLanding } from './landing';
import { isoDate, renderDocument, type PageSpec, type RenderContext } from './layout';
import { notFoundPage } from './not-found-page';
import { robotsTxt, sitemapXml } from './sitemap';
import { clusterCsvPath, createSiteModel, DATA_CSV_PATH, DATA_JSON_PATH, type SiteData } from './site-model';
import { statsPage } from './stats-page';
import { yearPage } from './year-page';

export type PageKind = 'landing' | 'cluster' | 'province' | 'city' | 'year' | 'division' | 'stats' | 'not-found';

export interface SiteFile {
  /** Path inside dist/site, e.g. `clusters/194.html`. */
  file: string;
  content: string;
  /** Set for HTML pages: what kind of page, and the URL path it is served at. */
  page?: { kind: PageKind; path: string };
}

/** `/clusters/194` → `clusters/194.html`; `/404.html` stays. */
export function fileOfPath(path: string): string {
  if (path === '/') return 'index.html';
  const file = path.slice(1);
  return file.endsWith('.html') ? file : `${file}.html`;
}

export interface RenderSiteInput {
  data: SiteData;
  origin: string;
  /** site/public/index.html, whose markers get the landing page's head and links. */
  landingTemplate: string;
}

export function renderSite(input: RenderSiteInput): SiteFile[] {
  const model = createSiteModel(input.data);
  const context: RenderContext = { origin: input.origin, version: input.data.version, builtAt: input.data.builtAt };
  const pages: [PageKind, PageSpec][] = [
    ['stats', statsPage(model, context)],
    ...model.years.map((group): [PageKind, PageSpec] => ['year', yearPage(group)]),
    ...model.provinces.map((group): [PageKind, PageSpec] => ['province', provincePage(group)]),
    ...model.cities.map((group): [PageKind, PageSpec] => ['city', cityPage(group)]),
    ...model.divisions.map((group): [PageKind, PageSpec] => ['division', divisionPage(group)]),
    ...model.records.map((record): [PageKind, PageSpec] => ['cluster', clusterPage(model, record, context)]),
  ];
  const notFound = notFoundPage(model);
  const files: SiteFile[] = [
    { file: 'index.html', content: renderLanding(input.landingTemplate, model, input.origin), page: { kind: 'landing', path: '/' } },
    ...pages.map(([kind, spec]) => ({ file: fileOfPath(spec.path), content: renderDocument(spec, context), page: { kind, path: spec.path } })),
    { file: fileOfPath(notFound.path), content: renderDocument(notFound, context), page: { kind: 'not-found' as const, path: notFound.path } },
    ...model.records.map((record) => ({ file: clusterCsvPath(record.id).slice(1), content: toCsv([publicRecord(record)]) })),
    { file: DATA_CSV_PATH.slice(1), content: toCsv(model.records.map(publicRecord)) },
    { file: DATA_JSON_PATH.slice(1), content: `${JSON.stringify(model.records.map(publicRecord), null, 2)}\n` },
  ];
  const indexed = ['/', ...pages.map(([, spec]) => spec.path)];
  files.push({ file: 'sitemap.xml', content: sitemapXml(input.origin, indexed, isoDate(input.data.builtAt)) });
  files.push({ file: 'robots.txt', content: robotsTxt(input.origin) });
  return files;
}
