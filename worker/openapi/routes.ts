import { createRoute, z } from '@hono/zod-openapi';
import { CLUSTER_PATH, CLUSTERS_PATH, FACETS_PATH, META_PATH, PROVINCES_PATH } from '../../core';
import { ClusterIdParams, ClusterQueryParams, FacetQueryParams } from './params';
import { ClusterListSchema, ClusterResponseSchema, ErrorSchema, FacetsSchema, MetaSchema, ProvincesSchema } from './schemas';

// The operations as documented. The app mounts its handlers separately (worker/index.ts), so the
// strict raw-query parser runs before anything else; tests check both stay in step.

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const header = (description: string, example?: string) => ({
  description,
  schema: example === undefined ? { type: 'string' as const } : { type: 'string' as const, example },
});

/** Headers of every cacheable 200. */
const cacheHeaders = {
  ETag: header('强 ETag，由规范化查询和数据集版本得出 / Strong entity tag from the canonical query and the dataset version'),
  'Cache-Control': header('缓存策略 / Caching policy'),
  'Cache-Tag': header('数据集版本标签，用于清除缓存 / Tags naming the dataset version, for purging'),
  'Server-Timing': header('cache;desc="hit" 或 "miss"，查询 D1 时有 db;dur，以及总耗时 / Memo hit or miss, D1 time when queried, total'),
  'X-Dataset-Stale': header('D1 暂时不可用、返回已加载的旧副本时为 1 / 1 when an older in-memory copy is served because D1 is unreachable', '1'),
};

const errorResponses = {
  304: { description: 'If-None-Match 与 ETag 相符，无响应体 / Not modified: If-None-Match matched the ETag; no body' },
  400: { description: '参数无效；message 说明可接受的值 / Bad input; the message says what is accepted', content: json(ErrorSchema) },
  405: { description: '只接受 GET、HEAD、OPTIONS / Only GET, HEAD and OPTIONS are allowed', content: json(ErrorSchema) },
  503: {
    description: '数据暂时无法加载，按 Retry-After 重试 / Dataset temporarily unavailable; retry after Retry-After seconds',
    content: json(ErrorSchema),
    headers: { 'Retry-After': header('秒 / Seconds', '5') },
  },
} as const;

const listClustersRoute = createRoute({
  method: 'get',
  path: CLUSTERS_PATH,
  operationId: 'listClusters',
  tags: ['clusters'],
  summary: '筛选集群名单 / List clusters, filtered',
  description:
    '按省份、推荐单位、城市、区县、行政区划代码、年度和关键词筛选（条件之间为“且”），排序并分页。`meta.total` 始终是全部匹配条数。`format=csv` 以 CSV 返回同样的行。`include=facets,meta` 在 `included` 中附上计数和数据集信息，组件首次加载只需一次请求。 / ' +
    'Filters by province, submitter, city, county, division code, year and keywords (all combined with AND), sorts and pages. ' +
    '`meta.total` is always the full match count. `format=csv` returns the same rows as CSV. ' +
    "`include=facets,meta` adds, in `included`, the facet counts and the dataset info, so that a widget's first load is one request.",
  request: { query: ClusterQueryParams },
  responses: {
    200: {
      description: '一页结果 / One page of matches',
      headers: {
        ...cacheHeaders,
        'Content-Disposition': header('仅 CSV：附件及说明筛选条件的文件名 / CSV only: attachment with a filename saying what was filtered'),
      },
      content: {
        ...json(ClusterListSchema),
        'text/csv': {
          schema: z.string().openapi({
            description: '带 BOM 的 UTF-8，首行为字段名，CRLF 换行 / UTF-8 with BOM, a header line of field names, CRLF line ends',
          }),
        },
      },
    },
    ...errorResponses,
  },
});

const getClusterRoute = createRoute({
  method: 'get',
  path: CLUSTER_PATH,
  operationId: 'getCluster',
  tags: ['clusters'],
  summary: '按总序号取一个集群 / One cluster by its serial number',
  description:
    "`meta.page` 是该集群网页的完整网址（与请求同源），便于引用与分享；记录字段不变。 / `meta.page` is the absolute URL of the cluster's web page (on the origin of the request), to cite and share; the record fields are unchanged.",
  request: { params: ClusterIdParams },
  responses: {
    200: { description: '该集群 / The cluster', headers: cacheHeaders, content: json(ClusterResponseSchema) },
    404: { description: '没有该编号的集群 / No cluster has this id', content: json(ErrorSchema) },
    ...errorResponses,
  },
});

const facetsRoute = createRoute({
  method: 'get',
  path: FACETS_PATH,
  operationId: 'getFacets',
  tags: ['clusters'],
  summary: '按年度、省份、城市计数 / Counts by year, province and city',
  description:
    '与 /clusters 相同的筛选条件。每个维度的计数忽略该维度自身的条件（例如 year=2023 时年度计数仍包含其他年度），省份计数还忽略城市条件（城市属于某一省份），便于显示“浙江省 (23)”这样的选项；按数量降序。 / ' +
    'Takes the filters of /clusters. Each dimension ignores its own filter (with year=2023 the year counts still show the other years), ' +
    'and the province counts ignore the city filter too (a city lies in one province), ' +
    'so dropdowns can show what switching would give; sorted by count, descending.',
  request: { query: FacetQueryParams },
  responses: {
    200: { description: '计数 / The counts', headers: cacheHeaders, content: json(FacetsSchema) },
    ...errorResponses,
  },
});

const provincesRoute = createRoute({
  method: 'get',
  path: PROVINCES_PATH,
  operationId: 'listProvinces',
  tags: ['reference'],
  summary: '有集群的省级行政区 / Provincial-level divisions that have clusters',
  responses: {
    200: { description: '按代码排序 / By code', headers: cacheHeaders, content: json(ProvincesSchema) },
    ...errorResponses,
  },
});

const metaRoute = createRoute({
  method: 'get',
  path: META_PATH,
  operationId: 'getMeta',
  tags: ['reference'],
  summary: '数据集版本、年度通知与来源说明 / Dataset version, yearly notices, attribution',
  responses: {
    200: { description: '数据集说明 / About the dataset', headers: cacheHeaders, content: json(MetaSchema) },
    ...errorResponses,
  },
});

/** Every documented operation, in the order of the docs page. */
export const API_ROUTES = [listClustersRoute, getClusterRoute, facetsRoute, provincesRoute, metaRoute] as const;
