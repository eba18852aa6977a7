/**
 * schema.org `Dataset` for the landing and stats pages: what the list is, where to download it
 * (CSV, JSON, the API) and the MIIT notices it comes from.
 */
import { MIIT, PUBLISHER } from '../../core/citation';
import { CLUSTERS_PATH } from '../../core/contract';
import { webUrl } from './html';
import { SITE_NAME } from './layout';
import { DATA_CSV_PATH, DATA_JSON_PATH, type SiteModel } from './site-model';

export const datasetId = (origin: string): string => `${origin}/#dataset`;

/** "2022–2024": the years the data covers. */
export function yearSpan(model: SiteModel): string {
  const first = model.years[0]?.year;
  const last = model.years.at(-1)?.year;
  return first === last ? String(first ?? '') : `${first}–${last}`;
}

export function datasetJsonLd(model: SiteModel, origin: string): Record<string, unknown> {
  const first = model.years[0]?.year;
  const last = model.years.at(-1)?.year;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': datasetId(origin),
    name: `${SITE_NAME}（${yearSpan(model)} 年度）`,
    alternateName: "China's national list of SME characteristic industrial clusters",
    description: `工业和信息化部公布的中小企业特色产业集群名单，${yearSpan(model)} 年度共 ${model.records.length} 个集群：名称、产业、所在省市县及其 GB/T 2260 代码、推荐单位和来源公告。`,
    url: `${origin}/`,
    inLanguage: 'zh-CN',
    keywords: ['中小企业特色产业集群', '产业集群', '工业和信息化部', 'MIIT', 'GB/T 2260'],
    temporalCoverage: `${first}/${last}`,
    spatialCoverage: { '@type': 'Place', name: '中国 China' },
    version: model.data.version,
    dateModified: model.data.builtAt,
    creator: { '@type': 'Organization', name: PUBLISHER, url: `${origin}/` },
    isBasedOn: model.data.notices.map((notice) => ({
      '@type': 'CreativeWork',
      name: notice.title,
      url: webUrl(notice.url) ?? undefined,
      ...(webUrl(notice.pdfUrl) ? { associatedMedia: { '@type': 'MediaObject', contentUrl: webUrl(notice.pdfUrl), encodingFormat: 'application/pdf' } } : {}),
      publisher: { '@type': 'GovernmentOrganization', name: MIIT, alternateName: 'MIIT' },
    })),
    distribution: [
      { '@type': 'DataDownload', name: 'CSV', encodingFormat: 'text/csv', contentUrl: `${origin}${DATA_CSV_PATH}` },
      { '@type': 'DataDownload', name: 'JSON', encodingFormat: 'application/json', contentUrl: `${origin}${DATA_JSON_PATH}` },
      { '@type': 'DataDownload', name: 'JSON API', encodingFormat: 'application/json', contentUrl: `${origin}${CLUSTERS_PATH}` },
    ],
  };
}
