/**
 * `/stats`: counts by province, by year, by submitting unit and by the derived industry
 * classification (section and division), as charts and tables, and the Dataset's JSON-LD.
 */
import { barChart, NO_MAP_NOTE } from './chart';
import { datasetJsonLd, yearSpan } from './dataset-json-ld';
import { html } from './html';
import { SITE_NAME, type PageSpec, type RenderContext } from './layout';
import { DERIVED_NOTE } from './industry-page';
import { DATA_CSV_PATH, DATA_JSON_PATH, divisionPath, provincePath, sortCounts, STATS_PATH, yearPath, type SiteModel } from './site-model';

export function statsPage(model: SiteModel, context: RenderContext): PageSpec {
  const provinces = sortCounts(
    model.provinces.map(({ province, records }) => ({ label: province.name, value: records.length, href: provincePath(province.code) })),
  );
  const years = model.years.map(({ year, records }) => ({ label: `${year}年度`, value: records.length, href: yearPath(year) }));
  const sectionCounts = new Map<string, { label: string; value: number }>();
  for (const { section, sectionName, records } of model.divisions) {
    const count = sectionCounts.get(section) ?? { label: `${section} ${sectionName}`, value: 0 };
    count.value += records.length;
    sectionCounts.set(section, count);
  }
  const sections = sortCounts([...sectionCounts.values()]);
  const divisions = sortCounts(
    model.divisions.map(({ code, name, records }) => ({ label: `${code} ${name}`, value: records.length, href: divisionPath(code) })),
  );
  const main = html`<h1>统计 <span lang="en">Statistics</span></h1>
<p class="lead">${yearSpan(model)} 年度共 ${model.records.length} 个集群，分布在 ${model.provinces.length} 个省级行政区，由 ${model.submitters.length} 个单位推荐。</p>
<ul class="links">
<li><a href="${DATA_CSV_PATH}" download>全部数据 CSV <span lang="en">All data (CSV)</span></a></li>
<li><a href="${DATA_JSON_PATH}" download>全部数据 JSON <span lang="en">All data (JSON)</span></a></li>
<li><a href="/api/docs">API 文档 <span lang="en">API reference</span></a></li>
</ul>
<section id="years" aria-labelledby="years-title">
<h2 id="years-title">按年度 <span lang="en">By year</span></h2>
${barChart({ id: 'by-year', caption: '各年度集群数 Clusters by year', rows: years, labelHeader: '年度 Year' })}
</section>
<section id="provinces" aria-labelledby="provinces-title">
<h2 id="provinces-title">按省份 <span lang="en">By province</span></h2>
${barChart({ id: 'by-province', caption: '各省级行政区集群数 Clusters by province', rows: provinces, labelHeader: '省份 Province' })}
${NO_MAP_NOTE}
</section>
<section id="submitters" aria-labelledby="submitters-title">
<h2 id="submitters-title">按推荐单位 <span lang="en">By submitting unit</span></h2>
<p>推荐单位是省级主管部门、计划单列市（宁波、厦门、青岛、深圳等）或新疆生产建设兵团。</p>
${barChart({ id: 'by-submitter', caption: '各推荐单位集群数 Clusters by submitting unit', rows: model.submitters, labelHeader: '推荐单位 Submitted by' })}
</section>
<section id="industries" aria-labelledby="industries-title">
<h2 id="industries-title">按行业 <span lang="en">By industry</span></h2>
${DERIVED_NOTE}
${barChart({ id: 'by-section', caption: '各门类集群数（GB/T 4754—2017，派生） Clusters by section (derived)', rows: sections, labelHeader: '门类 Section' })}
${barChart({ id: 'by-division', caption: '各大类集群数（主大类，GB/T 4754—2017，派生） Clusters by primary division (derived)', rows: divisions, labelHeader: '大类 Division' })}
</section>`;
  return {
    path: STATS_PATH,
    title: `统计：${SITE_NAME}（${yearSpan(model)} 年度，${model.records.length} 个）`,
    description: `中小企业特色产业集群名单 ${yearSpan(model)} 年度 ${model.records.length} 个集群的统计：按省份、年度、推荐单位和行业（GB/T 4754—2017 门类、大类）计数，附图表、表格和全部数据下载。`,
    breadcrumbs: [{ label: '首页', href: '/' }, { label: '统计' }],
    main,
    jsonLd: datasetJsonLd(model, context.origin),
  };
}
