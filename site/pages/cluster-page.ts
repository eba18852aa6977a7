/** `/clusters/{id}`: one record, every field in words with its codes, its notice, "Cite this", links. */
import type { ClusterRecord } from '../../core/record';
import { citableNotice, dateParts, bibtex, cslJson, gbt7714, gbt7714Notice, MIIT, PUBLISHER, type CitationInput, type DateParts } from '../../core/citation';
import { html, webUrl, type HtmlValue, type SafeHtml } from './html';
import { fitTitle, SITE_NAME, type PageSpec, type RenderContext } from './layout';
import { datasetId } from './dataset-json-ld';
import { cityPath, clusterApiPath, divisionPath, clusterCsvPath, clusterPath, placeOf, provincePath, yearPath, type SiteModel } from './site-model';

/**
 * The access date in the citations: a placeholder per part, which the page shows as the build
 * date and a one-line script replaces with the reader's today.
 */
const TODAY: DateParts = { iso: '\uE000iso\uE000', y: '\uE000y\uE000', m: '\uE000m\uE000', d: '\uE000d\uE000' };
const PLACEHOLDER = /\uE000(iso|y|m|d)\uE000/;

/** Citation text with each access-date placeholder as a `<span data-today>` showing `fallback`. */
function withToday(text: string, fallback: DateParts): SafeHtml {
  const parts = text.split(PLACEHOLDER);
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<span data-today="${part}">${fallback[part as keyof DateParts]}</span>` : part))}`;
}

/** Sets the citations' access date to the reader's today; without it they show the build date. */
export const TODAY_SCRIPT = html`<script>(function(){var t=new Date(),p=function(n){return(n<10?'0':'')+n},v={y:t.getFullYear(),m:t.getMonth()+1,d:t.getDate()};v.iso=v.y+'-'+p(v.m)+'-'+p(v.d);document.querySelectorAll('[data-today]').forEach(function(e){e.textContent=v[e.getAttribute('data-today')]})})()</script>`;

function code(value: string | null): HtmlValue {
  return value === null ? null : html` <span class="code">GB/T 2260 <code>${value}</code></span>`;
}

function field(label: string, english: string, value: HtmlValue): SafeHtml {
  return html`<div><dt>${label} <span lang="en">${english}</span></dt><dd>${value}</dd></div>`;
}

const NONE = html`<span class="none">—</span>`;

export function clusterPage(model: SiteModel, record: ClusterRecord, context: RenderContext): PageSpec {
  const province = model.provinceOf(record);
  const city = model.cityOf(record);
  const notice = model.noticeOf(record.year);
  const year = model.years.find((group) => group.year === record.year)!;
  const path = clusterPath(record.id);
  const url = `${context.origin}${path}`;
  // The record's own sourceUrl first: it is the field; the notice of its year has the same page.
  const noticeUrl = webUrl(record.sourceUrl) ?? webUrl(notice?.url);
  const pdfUrl = webUrl(notice?.pdfUrl);
  const sameCity =
    record.city === null
      ? []
      : model.records.filter((other) => other.id !== record.id && other.city === record.city && other.provinceCode === record.provinceCode);
  const cityHref = city ? cityPath(city.code) : record.city === record.province ? provincePath(province.province.code) : null;
  const published = dateParts(context.builtAt);
  const citedNotice = citableNotice(notice);
  const citation: CitationInput = { record, url, published, accessed: TODAY, notice: citedNotice };

  const cityValue =
    record.city === null
      ? html`${NONE} <span class="note">不属于任何地级行政区（省、自治区直辖的县级单位）</span>`
      : html`${cityHref ? html`<a href="${cityHref}">${record.city}</a>` : record.city}${code(city?.code ?? (record.city === record.province ? record.provinceCode : null))}`;
  const countyValue = record.county === null ? NONE : html`${record.county}${code(record.adcode)}`;
  const division = model.divisionOf(record);
  const industryValue = html`门类 <code>${record.section}</code> ${record.sectionName} · 大类 <a href="${divisionPath(record.division)}"><code>${record.division}</code> ${record.divisionName}</a>${
    record.secondaryDivision === null ? null : html` · 次要大类 <code>${record.secondaryDivision}</code> ${record.secondaryDivisionName}`
  } <span class="note">GB/T 4754—2017；派生分类，由本项目根据“产业”一栏（工信部原文）推定，并非工信部所定 <span lang="en">derived by this project from the Industry field (MIIT's words), not assigned by MIIT</span></span>`;
  const townValue = record.town === null ? NONE : html`${record.town} <span class="note">乡级单位不在 GB/T 2260 中，无代码</span>`;

  const main = html`<article aria-labelledby="title">
<h1 id="title">${record.name}</h1>
<p class="lead">${record.year}年度中小企业特色产业集群名单第${record.seq}号 · ${placeOf(record)} · ${record.submittedBy}推荐</p>
<section aria-labelledby="fields-title">
<h2 id="fields-title">字段 <span lang="en">Fields</span></h2>
<dl class="fields-list">
${field('总序号', 'ID', record.id)}
${field('名称', 'Name', record.name)}
${field('产业', 'Industry', record.industry)}
${field('行业分类（派生）', 'Industry classification (derived)', industryValue)}
${field('省', 'Province', html`<a href="${provincePath(province.province.code)}">${record.province}</a>${code(record.provinceCode)}`)}
${field('市', 'Prefecture', cityValue)}
${field('县', 'County', countyValue)}
${field('镇', 'Town', townValue)}
${field('区划代码', 'Division code', html`<code>${record.adcode}</code> <span class="note">最具体一级有代码的单位</span>`)}
${field('年度', 'Year', html`<a href="${yearPath(record.year)}">${record.year}</a>`)}
${field('批次', 'Batch', `第${record.batch}批`)}
${field('序号', 'Number in year', record.seq)}
${field('推荐单位', 'Submitted by', record.submittedBy)}
</dl>
</section>
<section aria-labelledby="source-title">
<h2 id="source-title">来源 <span lang="en">Source</span></h2>
<p>${notice ? notice.title : `${record.year}年度名单公告`}（${MIIT}）</p>
<ul class="links">
${noticeUrl ? html`<li><a href="${noticeUrl}">公告页面 <span lang="en">Notice</span></a></li>` : null}
${pdfUrl ? html`<li><a href="${pdfUrl}">名单 PDF <span lang="en">List (PDF)</span></a></li>` : null}
</ul>
</section>
<section aria-labelledby="cite-title">
<h2 id="cite-title">引用本页 <span lang="en">Cite this</span></h2>
<h3>GB/T 7714-2015</h3>
<p class="cite"><code>${withToday(gbt7714(citation), published)}</code></p>
<h3>BibTeX</h3>
<pre><code>${withToday(bibtex(citation), published)}</code></pre>
<h3>CSL-JSON</h3>
<pre><code>${withToday(cslJson(citation), published)}</code></pre>
${
  citedNotice
    ? html`<h3>原始公告 <span lang="en">The MIIT notice</span></h3>
<p class="cite"><code>${withToday(gbt7714Notice(citedNotice, TODAY), published)}</code></p>`
    : null
}
<p class="help">引用日期是您打开本页的日期；浏览器不运行脚本时显示本页的生成日期，请改为您的访问日期。责任者 ${PUBLISHER} 是整理本数据的项目；名单由${MIIT}公布。</p>
</section>
<section aria-labelledby="related-title">
<h2 id="related-title">相关 <span lang="en">Related</span></h2>
<ul class="links">
<li><a href="${provincePath(province.province.code)}">${record.province}的全部 ${province.records.length} 个集群</a></li>
${city ? html`<li><a href="${cityPath(city.code)}">${city.name}的全部 ${city.records.length} 个集群</a></li>` : null}
<li><a href="${yearPath(record.year)}">${record.year}年度的全部 ${year.records.length} 个集群</a></li>
<li><a href="${divisionPath(record.division)}">大类 ${record.division} ${record.divisionName}的全部 ${division.records.length} 个集群</a>（派生分类）</li>
<li><a href="${clusterApiPath(record.id)}">JSON</a></li>
<li><a href="${clusterCsvPath(record.id)}" download="cluster-${record.id}.csv">CSV</a></li>
</ul>
${
  sameCity.length > 0
    ? html`<h3>${record.city}的其他集群 <span lang="en">Other clusters in the same city</span></h3>
<ul class="clusters">${sameCity.map((other) => html`<li><a href="${clusterPath(other.id)}">${other.name}</a> <span class="meta">${other.year}年度</span></li>`)}</ul>`
    : null
}
</section>
</article>`;

  return {
    path,
    title: fitTitle(record.name, `${record.year}年度${SITE_NAME}`),
    description: `${record.name}：位于${placeOf(record)}，${record.industry}，列入工业和信息化部${record.year}年度中小企业特色产业集群名单（第${record.seq}号），由${record.submittedBy}推荐。`,
    ogType: 'article',
    breadcrumbs: [
      { label: '首页', href: '/' },
      { label: record.province, href: provincePath(province.province.code) },
      ...(city ? [{ label: city.name, href: cityPath(city.code) }] : []),
      { label: record.name },
    ],
    main,
    endOfBody: TODAY_SCRIPT,
    alternates: [
      { type: 'application/json', href: clusterApiPath(record.id) },
      { type: 'text/csv', href: clusterCsvPath(record.id) },
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: record.name,
      url,
      inLanguage: 'zh-CN',
      dateModified: context.builtAt,
      isPartOf: { '@id': datasetId(context.origin), '@type': 'Dataset', name: SITE_NAME, url: `${context.origin}/` },
      about: {
        '@type': 'Place',
        name: placeOf(record),
        address: { '@type': 'PostalAddress', addressCountry: 'CN', addressRegion: record.province, addressLocality: record.county ?? record.city ?? undefined },
      },
      ...(noticeUrl && notice
        ? { isBasedOn: { '@type': 'CreativeWork', name: notice.title, url: noticeUrl, publisher: { '@type': 'GovernmentOrganization', name: MIIT } } }
        : {}),
    },
  };
}
