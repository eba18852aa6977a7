/**
 * The landing page is site/public/index.html, written by hand; the build fills its two markers: the
 * head's canonical link, Open Graph tags and Dataset JSON-LD, and the links to the province,
 * year and stats pages, so that a new year's list adds its links by itself.
 */
import { datasetJsonLd } from './dataset-json-ld';
import { html, jsonScript, type SafeHtml } from './html';
import { SITE_NAME } from './layout';
import { provincePath, STATS_PATH, yearPath, type SiteModel } from './site-model';

export const HEAD_MARKER = '<!-- pages:head -->';
export const BROWSE_MARKER = '<!-- pages:browse -->';

function head(model: SiteModel, origin: string, description: string): SafeHtml {
  const url = `${origin}/`;
  return html`<link rel="canonical" href="${url}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${SITE_NAME} · 开放数据、API 与嵌入组件">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="zh_CN">
${jsonScript(datasetJsonLd(model, origin))}`;
}

export function browseLinks(model: SiteModel): SafeHtml {
  return html`<nav class="browse" aria-labelledby="browse-title">
<h2 id="browse-title">按年度、省份浏览 <span lang="en">Browse by year and province</span></h2>
<ul class="links">
<li><a href="${STATS_PATH}">统计与图表 <span lang="en">Statistics</span></a></li>
${model.years.map(({ year, records }) => html`<li><a href="${yearPath(year)}">${year}年度（${records.length}）</a></li>`)}
</ul>
<ul class="links">${model.provinces.map(({ province, records }) => html`<li><a href="${provincePath(province.code)}">${province.name}（${records.length}）</a></li>`)}</ul>
</nav>`;
}

/** site/public/index.html with its markers filled. Throws when a marker is missing, so the landing page never silently loses them. */
export function renderLanding(template: string, model: SiteModel, origin: string): string {
  for (const marker of [HEAD_MARKER, BROWSE_MARKER]) {
    if (!template.includes(marker)) throw new Error(`site/public/index.html has no ${marker}`);
  }
  const description = /<meta name="description" content="([^"]*)">/.exec(template)?.[1] ?? SITE_NAME;
  // The description is already escaped in the template: decode the entities it can contain before html`` escapes it again.
  const text = description
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return template.replace(HEAD_MARKER, () => String(head(model, origin, text))).replace(BROWSE_MARKER, () => String(browseLinks(model)));
}
