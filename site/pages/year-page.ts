/** `/years/{year}`: one year's list, its MIIT notice, counts by province and by submitting unit. */
import { MIIT } from '../../core/citation';
import { barChart, NO_MAP_NOTE } from './chart';
import { clusterList } from './cluster-items';
import { html, webUrl } from './html';
import { SITE_NAME, type PageSpec } from './layout';
import { downloads } from './area-pages';
import { countBy, provincePath, STATS_PATH, yearPath, type YearGroup } from './site-model';

export function yearPage(group: YearGroup): PageSpec {
  const { year, notice, records } = group;
  const provinces = countBy(
    records,
    (record) => record.provinceCode,
    (code) => records.find((record) => record.provinceCode === code)!.province,
    provincePath,
  );
  const submitters = countBy(records, (record) => record.submittedBy, String);
  const noticeUrl = webUrl(notice?.url);
  const pdfUrl = webUrl(notice?.pdfUrl);
  const main = html`<h1>${year}年度${SITE_NAME}</h1>
<p class="lead">${notice ? `第${notice.batch}批，` : ''}共 ${records.length} 个集群。</p>
${
  notice
    ? html`<section aria-labelledby="notice-title">
<h2 id="notice-title">公告 <span lang="en">Notice</span></h2>
<p>${notice.title}（${MIIT}）</p>
<ul class="links">
${noticeUrl ? html`<li><a href="${noticeUrl}">公告页面 <span lang="en">Notice</span></a></li>` : null}
${pdfUrl ? html`<li><a href="${pdfUrl}">名单 PDF <span lang="en">List (PDF)</span></a></li>` : null}
</ul>
</section>`
    : null
}
${downloads({ year })}
<section aria-labelledby="counts-title">
<h2 id="counts-title">分布 <span lang="en">Counts</span></h2>
${barChart({ id: 'by-province', caption: '按省份 By province', rows: provinces, labelHeader: '省份 Province' })}
${barChart({ id: 'by-submitter', caption: '按推荐单位 By submitting unit', rows: submitters, labelHeader: '推荐单位 Submitted by' })}
${NO_MAP_NOTE}
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">名单 <span lang="en">The list</span></h2>
${clusterList(records)}
</section>`;
  return {
    path: yearPath(year),
    title: `${year}年度${SITE_NAME}（${records.length} 个）`,
    description: `工业和信息化部${year}年度中小企业特色产业集群名单的 ${records.length} 个集群，按省份和推荐单位统计，附公告、PDF、JSON 和 CSV。`,
    breadcrumbs: [{ label: '首页', href: '/' }, { label: '统计', href: STATS_PATH }, { label: `${year}年度` }],
    main,
  };
}
