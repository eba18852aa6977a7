/**
 * The document every page shares: head with canonical link, description, Open Graph and JSON-LD;
 * the landing page's header, stylesheet and footer; breadcrumbs. No script: pages work without
 * JavaScript, and the one stylesheet is the landing page's.
 */
import { escapeHtml, html, jsonScript, type HtmlValue, type SafeHtml } from './html';
import { LIST_NAME } from '../../core/citation';
import { STATS_PATH } from './site-model';

/** The site's name: the list's own (core/citation.ts), as every citation gives it. */
export const SITE_NAME = LIST_NAME;

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageSpec {
  /** Root-relative path of the page, e.g. `/clusters/194`: its canonical URL is the origin + this. */
  path: string;
  /** `<title>` and `og:title`: unique per page, most specific first. */
  title: string;
  /** `<meta name="description">` and `og:description`: one or two sentences. */
  description: string;
  main: SafeHtml;
  breadcrumbs?: readonly Crumb[];
  jsonLd?: unknown;
  ogType?: 'website' | 'article';
  /** The same content in other formats (`<link rel="alternate">`): the record's JSON and CSV. */
  alternates?: readonly { type: string; href: string }[];
  /** Markup just before `</body>` (the record pages' access-date script). */
  endOfBody?: SafeHtml;
  /** The 404 page: not indexed, no canonical link (it answers many URLs). */
  notFound?: boolean;
}

export interface RenderContext {
  origin: string;
  version: string;
  builtAt: string;
}

function breadcrumbs(crumbs: readonly Crumb[] | undefined): HtmlValue {
  if (!crumbs || crumbs.length === 0) return null;
  return html`<nav class="crumbs" aria-label="位置 / Breadcrumb"><ol>${crumbs.map((crumb) =>
    crumb.href ? html`<li><a href="${crumb.href}">${crumb.label}</a></li>` : html`<li aria-current="page">${crumb.label}</li>`,
  )}</ol></nav>`;
}

/** The longest `<title>` search engines show in full; html-validate's limit, which it counts as written, entities included. */
export const TITLE_LIMIT = 70;

const writtenLength = (text: string): number => escapeHtml(text).length;

/** `specific · suffix`, dropping the suffix, then shortening `specific` with an ellipsis, to stay within {@link TITLE_LIMIT}. */
export function fitTitle(specific: string, suffix: string): string {
  const full = `${specific} · ${suffix}`;
  if (writtenLength(full) <= TITLE_LIMIT) return full;
  let short = specific;
  while (writtenLength(short) > TITLE_LIMIT) short = `${[...short].slice(0, -2).join('')}…`;
  return short;
}

/** The date part (YYYY-MM-DD) of an ISO 8601 time. */
export const isoDate = (time: string): string => time.slice(0, 10);

/** schema.org BreadcrumbList of a page's breadcrumbs, so search results can show where the page sits. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], url: string, origin: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href ? `${origin}${crumb.href}` : url,
    })),
  };
}

/** A whole HTML document. */
export function renderDocument(page: PageSpec, context: RenderContext): string {
  const url = `${context.origin}${page.path}`;
  return `${html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
<meta name="color-scheme" content="light dark">
${page.notFound ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${url}">`}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
${(page.alternates ?? []).map((alternate) => html`<link rel="alternate" type="${alternate.type}" href="${alternate.href}">\n`)}<meta property="og:type" content="${page.ogType ?? 'website'}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
${page.notFound ? null : html`<meta property="og:url" content="${url}">`}
<meta property="og:locale" content="zh_CN">
${page.jsonLd === undefined ? null : jsonScript(page.jsonLd)}
${page.breadcrumbs && !page.notFound ? jsonScript(breadcrumbJsonLd(page.breadcrumbs, url, context.origin)) : null}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
  <p class="brand"><a href="/">cluster-list</a></p>
  <nav aria-label="站点">
    <a href="/">名单</a>
    <a href="${STATS_PATH}">统计</a>
    <a href="${STATS_PATH}#provinces">省份</a>
    <a href="${STATS_PATH}#years">年度</a>
    <a href="/api/docs">API 文档</a>
  </nav>
</header>
<main id="main">
${breadcrumbs(page.breadcrumbs)}
${page.main}
</main>
<footer class="site">
  <p>数据来源：工业和信息化部中小企业特色产业集群名单公告。本站整理，仅供参考，以官方公告为准。数据版本 <code>${context.version}</code>，更新于 <time datetime="${isoDate(context.builtAt)}">${isoDate(context.builtAt)}</time>。</p>
</footer>
${page.endOfBody ?? null}
</body>
</html>
`}`;
}
