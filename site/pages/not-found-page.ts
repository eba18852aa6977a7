/** `/404.html`: what Workers Static Assets serves, with status 404, for any path that has no file. */
import { html } from './html';
import { SITE_NAME, type PageSpec } from './layout';
import { provincePath, STATS_PATH, yearPath, type SiteModel } from './site-model';

export const NOT_FOUND_PATH = '/404.html';

export function notFoundPage(model: SiteModel): PageSpec {
  const main = html`<h1>没有这个页面 <span lang="en">Page not found</span></h1>
<p class="lead">地址可能有误，或者这个集群编号不存在（编号是名单的总序号，目前为 1–${model.records.at(-1)?.id ?? 0}）。</p>
<ul class="links">
<li><a href="/">首页：全部集群 <span lang="en">Home</span></a></li>
<li><a href="${STATS_PATH}">统计 <span lang="en">Statistics</span></a></li>
<li><a href="/api/docs">API 文档 <span lang="en">API reference</span></a></li>
</ul>
<h2>按年度 <span lang="en">By year</span></h2>
<ul class="links">${model.years.map(({ year }) => html`<li><a href="${yearPath(year)}">${year}年度</a></li>`)}</ul>
<h2>按省份 <span lang="en">By province</span></h2>
<ul class="links">${model.provinces.map(({ province }) => html`<li><a href="${provincePath(province.code)}">${province.name}</a></li>`)}</ul>`;
  return {
    path: NOT_FOUND_PATH,
    title: `没有这个页面 · ${SITE_NAME}`,
    description: '没有这个页面。可从首页、统计页或各年度、各省份的页面查找集群。',
    main,
    notFound: true,
  };
}
