/** `/provinces/{code}` and `/cities/{code}`: a place's clusters, counted by year and by its units, with charts. */
import { barChart, NO_MAP_NOTE } from './chart';
import { clusterList } from './cluster-items';
import { html, type SafeHtml } from './html';
import { fitTitle, SITE_NAME, type PageSpec } from './layout';
import { cityCodeOf, cityPath, countBy, provincePath, STATS_PATH, yearPath, sortCounts, type CityGroup, type Count, type ProvinceGroup } from './site-model';
import { canonicalQuery } from '../../core/canonical';
import { resolveProvince } from '../../core/province-resolve';
import { CLUSTERS_PATH, MAX_LIMIT } from '../../core/contract';
import { EMPTY_FILTER, type OutputFormat } from '../../core/query';
import type { ClusterRecord } from '../../core/record';

export interface ListFilter {
  /** Full names and years, as core's canonicalQuery writes them. */
  province?: string;
  city?: string;
  year?: number;
  /** A two-digit 大类 of the derived classification. */
  division?: string;
}

/**
 * The API query of a filtered list, spelled by core's canonicalQuery (the Worker's cache key and
 * the widget's URLs), so these links share edge-cache entries with the widget's requests.
 */
export function canonicalListQuery(filter: ListFilter, format: OutputFormat): string {
  const province = filter.province === undefined ? null : resolveProvince(filter.province);
  if (filter.province !== undefined && province === null) throw new Error(`canonicalListQuery: no province is called ${filter.province}`);
  return canonicalQuery({
    ...EMPTY_FILTER,
    province,
    city: filter.city ?? null,
    years: filter.year === undefined ? [] : [filter.year],
    division: filter.division ?? null,
    sort: null,
    limit: MAX_LIMIT,
    offset: 0,
    format,
    include: [],
  });
}

/** The API URLs of a filtered list, as JSON and CSV. */
export function downloads(filter: ListFilter): SafeHtml {
  return html`<ul class="links">
<li><a href="${CLUSTERS_PATH}?${canonicalListQuery(filter, 'json')}">JSON</a></li>
<li><a href="${CLUSTERS_PATH}?${canonicalListQuery(filter, 'csv')}" download>CSV</a></li>
</ul>`;
}

function byYear(id: string, records: readonly ClusterRecord[]): SafeHtml {
  const rows = countBy(
    records,
    (record) => record.year,
    (year) => `${year}年度`,
    yearPath,
  ).sort((a, b) => a.label.localeCompare(b.label));
  return barChart({ id, caption: '按年度 By year', rows, labelHeader: '年度 Year' });
}

/** Clusters under one h3 per year, newest last. */
function listByYear(records: readonly ClusterRecord[]): SafeHtml {
  const years = [...new Set(records.map((record) => record.year))].sort();
  return html`${years.map((year) => {
    const ofYear = records.filter((record) => record.year === year);
    return html`<h3>${year}年度（${ofYear.length} 个）</h3>
${clusterList(ofYear)}`;
  })}`;
}

/** A place's two sections: its counts (by year, then `units`) and its clusters by year. */
function countsAndList(records: readonly ClusterRecord[], units: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="counts-title">
<h2 id="counts-title">分布 <span lang="en">Counts</span></h2>
${byYear('by-year', records)}
${units}
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">全部集群 <span lang="en">All clusters</span></h2>
${listByYear(records)}
</section>`;
}

function yearRange(records: readonly ClusterRecord[]): string {
  const years = records.map((record) => record.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}–${last}`;
}

/** Counts by prefecture; a county-level unit with no prefecture (仙桃市) counts as itself. */
function cityCounts(records: readonly ClusterRecord[]): Count[] {
  const counts = new Map<string, Count>();
  for (const record of records) {
    const code = cityCodeOf(record);
    const key = code ?? `county:${record.county ?? ''}`;
    const count = counts.get(key) ?? { label: record.city ?? `${record.county ?? '—'}（省直辖）`, value: 0, href: code === null ? null : cityPath(code) };
    count.value += 1;
    counts.set(key, count);
  }
  return sortCounts([...counts.values()]);
}

export function provincePage(group: ProvinceGroup): PageSpec {
  const { province, records } = group;
  const municipality = records.every((record) => record.city === record.province);
  const units = municipality
    ? barChart({
        id: 'by-county',
        caption: '按区县 By district',
        rows: countBy(records, (record) => record.county ?? record.town ?? '', String),
        labelHeader: '区县 District',
      })
    : barChart({ id: 'by-city', caption: '按地级市 By prefecture', rows: cityCounts(records), labelHeader: '市 Prefecture' });
  const main = html`<h1>${province.name} <span lang="en">${province.nameEn}</span></h1>
<p class="lead">${yearRange(records)} 年度共 ${records.length} 个中小企业特色产业集群。GB/T 2260 代码 <code>${province.code}</code>。</p>
${downloads({ province: province.name })}
${countsAndList(
  records,
  html`${units}
${NO_MAP_NOTE}`,
)}`;
  return {
    path: provincePath(province.code),
    title: fitTitle(`${province.name}的中小企业特色产业集群（${records.length} 个）`, SITE_NAME),
    description: `${province.name}（${province.nameEn}）列入工业和信息化部中小企业特色产业集群名单的 ${records.length} 个集群，按年度和地级市统计，附名单、JSON 和 CSV。`,
    breadcrumbs: [{ label: '首页', href: '/' }, { label: '统计', href: STATS_PATH }, { label: province.name }],
    main,
  };
}

export function cityPage(city: CityGroup): PageSpec {
  const { records, province } = city;
  const counties = countBy(
    records,
    (record) => record.county ?? record.town ?? city.name,
    (name) => name,
  );
  const main = html`<h1>${city.name} <span class="lead-code">${province.name}</span></h1>
<p class="lead">${yearRange(records)} 年度共 ${records.length} 个中小企业特色产业集群。GB/T 2260 代码 <code>${city.code}</code>。</p>
${downloads({ province: province.name, city: city.name })}
${countsAndList(records, barChart({ id: 'by-county', caption: '按县级单位 By county', rows: counties, labelHeader: '县 County' }))}`;
  return {
    path: cityPath(city.code),
    title: fitTitle(`${city.name}（${province.name}）的中小企业特色产业集群（${records.length} 个）`, SITE_NAME),
    description: `${province.name}${city.name}列入工业和信息化部中小企业特色产业集群名单的 ${records.length} 个集群，按年度和县级单位统计，附名单、JSON 和 CSV。`,
    breadcrumbs: [{ label: '首页', href: '/' }, { label: province.name, href: provincePath(province.code) }, { label: city.name }],
    main,
  };
}
