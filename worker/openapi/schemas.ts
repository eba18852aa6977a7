import { z } from '@hono/zod-openapi';
import { SECTION_CODES } from '../../core/industry';
import type { ClusterRecord, RecordField } from '../../core/record';

// Response bodies, as zod schemas: they feed the OpenAPI document and the tests check real
// responses against them, so the documented shapes cannot drift from the served ones.

const nullableText = (description: string) => z.string().nullable().openapi({ description });

/**
 * One cluster: exactly the public record fields, in CSV column order. Typed against core's record:
 * a field added to RECORD_FIELDS fails the typecheck here until it is described.
 */
const clusterRecordShape = {
  id: z.number().int().min(1).openapi({ description: '总序号：全国名单的总序号 / Serial number of the consolidated list', example: 1 }),
  year: z.number().int().openapi({ description: '年度 / Year of the MIIT notice', example: 2022 }),
  batch: z.number().int().min(1).openapi({ description: '批次：2022 = 1，2023 = 2，2024 = 3 / Batch of the notice', example: 1 }),
  seq: z.number().int().min(1).openapi({ description: '年度内序号 / Number within its year', example: 1 }),
  name: z.string().openapi({ description: '集群名称，与通知一致 / Name as published' }),
  industry: z.string().openapi({ description: '产业（名称去掉地名和“产业集群”） / The industry: the name without place and suffix' }),
  province: z.string().openapi({ description: '集群所在省级行政区全称 / Provincial-level division where the cluster lies', example: '浙江省' }),
  provinceCode: z
    .string()
    .regex(/^\d{6}$/)
    .openapi({ description: 'GB/T 2260 省级代码 / Province code', example: '330000' }),
  city: nullableText('地级行政区；直辖市为其本身；无则为 null / Prefecture-level unit, or null'),
  county: nullableText('县级行政区全称；名单未列出则为 null / County-level unit, or null'),
  town: nullableText('乡镇、街道；名单未列出则为 null / Town or subdistrict, or null'),
  adcode: z
    .string()
    .regex(/^\d{6}$/)
    .openapi({ description: '最具体一级的 GB/T 2260 代码 / Code of the most specific unit', example: '330282' }),
  submittedBy: z.string().openapi({ description: '推荐单位：省、计划单列市或新疆生产建设兵团 / Who put the cluster forward', example: '宁波市' }),
  sourceUrl: z.string().url().openapi({ description: '该年度工信部通知的网址 / URL of the MIIT notice of its year' }),
  section: z.enum(SECTION_CODES).openapi({
    description:
      '派生分类：主大类所属的 GB/T 4754-2017 门类字母；由本项目根据产业文字推定，并非工信部所定 / Derived: GB/T 4754-2017 section (门类) of the primary division; assigned by this project from the industry text, not by MIIT',
    example: 'C',
  }),
  sectionName: z.string().openapi({ description: "门类的标准名称 / The standard's name of the section", example: '制造业' }),
  division: z
    .string()
    .regex(/^(0[1-9]|[1-8][0-9]|9[0-7])$/)
    .openapi({
      description: '派生分类：主大类（GB/T 4754-2017 两位大类代码） / Derived: primary GB/T 4754-2017 division (两位大类代码)',
      example: '34',
    }),
  divisionName: z.string().openapi({ description: "大类的标准名称 / The standard's name of the division", example: '通用设备制造业' }),
  secondaryDivision: z
    .string()
    .regex(/^(0[1-9]|[1-8][0-9]|9[0-7])$/)
    .nullable()
    .openapi({
      description: '派生分类：产业跨两个大类时的次要大类，否则为 null / Derived: a second division where the industry spans two, else null',
      example: '26',
    }),
  secondaryDivisionName: nullableText("次要大类的标准名称，或 null / The standard's name of the secondary division, or null"),
} satisfies { [F in RecordField]: z.ZodType<ClusterRecord[F]> };

export const ClusterRecordSchema = z.strictObject(clusterRecordShape).openapi('ClusterRecord');

/** The `error` envelope of every non-2xx answer. */
export const ErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().openapi({ description: '机器可读的错误代码 / Machine-readable code', example: 'unknown_province' }),
      message: z.string().openapi({
        description: '中文说明 / English explanation, including what is accepted',
        example: '未知省份“浙”。您是否要找：浙江省？ / Unknown province "浙". Did you mean: 浙江省 (Zhejiang)?',
      }),
      param: z.string().nullable().openapi({ description: '出错的参数，无则为 null / The parameter at fault, or null', example: 'province' }),
    }),
  })
  .openapi('Error');

const datasetVersion = z.string().openapi({ description: '数据集版本（内容哈希） / Dataset version (content hash)' });
const count = z.number().int().min(0);

/** `meta` of a list page. */
export const ListMetaSchema = z
  .strictObject({
    total: count.openapi({ description: '全部匹配条数（不受分页影响） / Full match count, regardless of paging' }),
    limit: z.number().int().min(1).openapi({ description: '本页最多条数 / Page size' }),
    offset: count.openapi({ description: '跳过的条数 / Rows skipped' }),
    datasetVersion,
  })
  .openapi('ListMeta');

/** Body of `GET /api/v1/clusters/{id}`. */
export const ClusterResponseSchema = z
  .strictObject({
    data: ClusterRecordSchema,
    meta: z.strictObject({
      datasetVersion,
      page: z.string().url().openapi({
        description: "该集群的网页（可引用、可分享），与本请求同源 / The cluster's own web page (to cite and share), on the origin of this request",
        example: 'https://cluster-list.example/clusters/42',
      }),
    }),
  })
  .openapi('ClusterResponse');

const facetCount = <T extends z.ZodType>(value: T) => z.strictObject({ value, count: count.min(1) });

/** `data` of `GET /api/v1/facets`, and `included.facets` of `/clusters?include=facets`. */
export const FacetCountsSchema = z
  .strictObject({
    year: z.array(facetCount(z.number().int())).openapi({ description: '按年度计数 / Counts by year' }),
    province: z.array(facetCount(z.string()).extend({ code: z.string().regex(/^\d{6}$/) })).openapi({
      description: '按省级行政区计数（全称与代码；忽略省份和城市条件） / Counts by province (full name and code; ignoring the province and city filters)',
    }),
    city: z.array(facetCount(z.string())).openapi({ description: '按地级行政区计数 / Counts by prefecture-level unit' }),
    section: z.array(facetCount(z.enum(SECTION_CODES)).extend({ name: z.string() })).openapi({
      description: '按派生分类的门类计数（忽略门类和大类条件） / Counts by section of the derived classification (ignoring the section and division filters)',
    }),
    division: z.array(facetCount(z.string().regex(/^[0-9]{2}$/)).extend({ name: z.string(), section: z.enum(SECTION_CODES) })).openapi({
      description:
        '按派生分类的主大类计数（忽略大类条件；次要大类不计，合计等于 total） / Counts by primary division of the derived classification (ignoring the division filter; secondary divisions not counted, so they add up to total)',
    }),
  })
  .openapi('FacetCounts');

/** Body of `GET /api/v1/facets`. */
export const FacetsSchema = z
  .strictObject({
    data: FacetCountsSchema,
    meta: z.strictObject({
      total: count.openapi({ description: '符合筛选条件的集群数 / Number of clusters matching the filters' }),
      datasetVersion,
    }),
  })
  .openapi('Facets');

/** One entry of `GET /api/v1/provinces`. */
export const ProvinceSummarySchema = z
  .strictObject({
    name: z.string().openapi({ example: '浙江省' }),
    shortName: z.string().openapi({ example: '浙江' }),
    nameEn: z.string().openapi({ example: 'Zhejiang' }),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .openapi({ example: '330000' }),
    count: count.min(1).openapi({ description: '该省集群数 / Clusters in the province' }),
  })
  .openapi('ProvinceSummary');

/** Body of `GET /api/v1/provinces`. */
export const ProvincesSchema = z
  .strictObject({
    data: z.array(ProvinceSummarySchema),
    meta: z.strictObject({ total: count.openapi({ description: '有集群的省级行政区数 / Provinces with clusters' }), datasetVersion }),
  })
  .openapi('Provinces');

/** `data` of `GET /api/v1/meta`, and `included.meta` of `/clusters?include=meta`. */
export const DatasetInfoSchema = z
  .strictObject({
    datasetVersion,
    recordCount: count.openapi({ description: '集群总数 / Number of clusters' }),
    builtAt: z.string().openapi({ description: '数据生成时间（ISO 8601） / When the dataset was built (ISO 8601)' }),
    years: z.array(
      z.strictObject({
        year: z.number().int(),
        batch: z.number().int().min(1),
        count: count.openapi({ description: '该年度集群数 / Clusters of the year' }),
        notice: z
          .strictObject({
            title: z.string().openapi({ description: '工信部通知标题 / Title of the MIIT notice' }),
            url: z.string().url(),
            pdfUrl: z.string().url().nullable().openapi({ description: '名单 PDF，无则为 null / The list as PDF, or null' }),
          })
          .nullable()
          .openapi({ description: '该年度的工信部通知 / The MIIT notice of the year' }),
      }),
    ),
    source: z.strictObject({
      name: z.string(),
      nameEn: z.string(),
      url: z.string().url(),
    }),
    attribution: z.string().openapi({ description: '引用说明 / How to credit the data' }),
    license: z.string().openapi({ description: '使用条件说明 / Terms of use note' }),
  })
  .openapi('DatasetInfo');

/** Body of `GET /api/v1/meta`. */
export const MetaSchema = z.strictObject({ data: DatasetInfoSchema, meta: z.strictObject({ datasetVersion }) }).openapi('Meta');

/** `included` of `GET /api/v1/clusters?include=…`: only the members asked for. */
const IncludedSchema = z
  .strictObject({
    facets: FacetCountsSchema.optional().openapi({
      description: 'include=facets：与 /api/v1/facets 同样筛选条件下的计数 / include=facets: the counts /api/v1/facets gives for the same filters',
    }),
    meta: DatasetInfoSchema.optional().openapi({ description: 'include=meta：与 /api/v1/meta 的 data 相同 / include=meta: the data of /api/v1/meta' }),
  })
  .openapi('Included');

/** Body of `GET /api/v1/clusters`. */
export const ClusterListSchema = z
  .strictObject({
    data: z.array(ClusterRecordSchema),
    meta: ListMetaSchema,
    included: IncludedSchema.optional().openapi({ description: '仅当给出 include 时 / Only when include is given' }),
  })
  .openapi('ClusterList');
