/**
 * `/industries/{division}`: the clusters whose derived primary division (GB/T 4754-2017 大类) it is,
 * counted by province and by year, with a note that the classification is this project's, not MIIT's.
 */
import { barChart, NO_MAP_NOTE } from './chart';
import { clusterList } from './cluster-items';
import { downloads } from './area-pages';
import { html, type SafeHtml } from './html';
import { fitTitle, SITE_NAME, type PageSpec } from './layout';
import { countBy, divisionPath, provincePath, STATS_PATH, yearPath, type DivisionGroup } from './site-model';

/** The note every page showing the classification carries. */
export const DERIVED_NOTE = html`<p class="note">派生分类：国民经济行业分类（GB/T 4754—2017）的门类和大类由本项目根据工信部名单中的产业文字推定，并非工信部所定；工信部的原文以“产业”一栏为准。方法和全部判定见项目文档 docs/industry-classification.md。<span lang="en">Derived classification: the GB/T 4754-2017 section and division were assigned by this project from the industry text of MIIT's list, not by MIIT; MIIT's own words are the Industry field. The method and every decision: docs/industry-classification.md in the project.</span></p>`;

export function divisionPage(group: DivisionGroup): PageSpec {
  const { code, name, section, sectionName, records } = group;
  const provinces = countBy(
    records,
    (record) => record.provinceCode,
    (provinceCode) => records.find((record) => record.provinceCode === provinceCode)!.province,
    provincePath,
  );
  const years = countBy(
    records,
    (record) => record.year,
    (year) => `${year}年度`,
    yearPath,
  ).sort((a, b) => a.label.localeCompare(b.label));
  const secondary = records.filter((record) => record.secondaryDivision !== null).length;
  const main: SafeHtml = html`<h1>${code} ${name} <span class="lead-code">${section} ${sectionName}</span></h1>
<p class="lead">GB/T 4754—2017 大类 <code>${code}</code>（门类 <code>${section}</code>）：共 ${records.length} 个中小企业特色产业集群以此为主大类${secondary > 0 ? `，其中 ${secondary} 个另有次要大类` : ''}。</p>
${DERIVED_NOTE}
${downloads({ division: code })}
<section aria-labelledby="counts-title">
<h2 id="counts-title">分布 <span lang="en">Counts</span></h2>
${barChart({ id: 'by-province', caption: '按省份 By province', rows: provinces, labelHeader: '省份 Province' })}
${barChart({ id: 'by-year', caption: '按年度 By year', rows: years, labelHeader: '年度 Year' })}
${NO_MAP_NOTE}
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">全部集群 <span lang="en">All clusters</span></h2>
${clusterList(records)}
</section>`;
  return {
    path: divisionPath(code),
    title: fitTitle(`${name}（GB/T 4754 大类 ${code}）的中小企业特色产业集群（${records.length} 个）`, SITE_NAME),
    description: `按本项目派生的国民经济行业分类（GB/T 4754—2017），主大类为 ${code} ${name} 的 ${records.length} 个中小企业特色产业集群，按省份和年度统计，附名单、JSON 和 CSV。`,
    breadcrumbs: [{ label: '首页', href: '/' }, { label: '统计', href: `${STATS_PATH}#industries` }, { label: `${code} ${name}` }],
    main,
  };
}
