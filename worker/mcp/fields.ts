import type { RecordField } from '../../core/record';

/** What one public field means, in Chinese and English, for a model and for the people it answers. */
export interface FieldMeaning {
  zh: string;
  en: string;
}

/**
 * The meaning of every public field, in RECORD_FIELDS order: the output schemas' descriptions and the
 * `cluster-list://fields` resource both read it. Typed against core's fields, so a field added to
 * RECORD_FIELDS fails the typecheck here until it is explained.
 */
export const FIELD_MEANINGS = {
  id: {
    zh: '总序号：全国名单的总序号，2022–2024 年为 1–300，以后年度接续编号；get_cluster 用它查询',
    en: 'Serial number in the consolidated national list: 1–300 for 2022–2024, later years continue; get_cluster takes it',
  },
  year: { zh: '年度：公布该集群的工信部通知的年度', en: 'Year of the MIIT notice that listed the cluster' },
  batch: { zh: '批次：2022 年为第 1 批，2023 年第 2 批，2024 年第 3 批', en: 'Batch of the notice: 2022 = 1, 2023 = 2, 2024 = 3' },
  seq: { zh: '年度内序号（1–100），即该年度名单中的序号', en: 'Number within its year’s list (1–100)' },
  name: { zh: '集群名称，与通知一致（去掉了 PDF 提取的瑕疵）', en: 'Name as the notice publishes it (PDF extraction artifacts removed)' },
  industry: {
    zh: '产业：名称去掉地名和“产业集群”后缀，如“智能小家电”',
    en: 'The industry: the name without its place and the 产业集群 suffix, e.g. 智能小家电 (smart small appliances)',
  },
  province: {
    zh: '集群所在的省级行政区全称（宁波市的集群在浙江省）',
    en: 'Full name of the provincial-level division where the cluster lies (宁波’s clusters are in 浙江省)',
  },
  provinceCode: { zh: '该省级行政区的 6 位 GB/T 2260 代码，如 330000', en: '6-digit GB/T 2260 code of the province, e.g. 330000' },
  city: {
    zh: '地级行政区全称；直辖市为其本身；省直辖县级单位为 null',
    en: 'Prefecture-level unit; the municipality itself for 北京/天津/上海/重庆; null for a county directly under its province',
  },
  county: { zh: '县级行政区全称；名单未指明县级单位时为 null', en: 'County-level unit, official full name; null when the list names none' },
  town: { zh: '乡镇、街道或办事处，名单指明时才有，否则为 null', en: 'Town, subdistrict or office (镇, 街道, 办事处) when the list names one, else null' },
  adcode: {
    zh: '有代码的最具体一级（县级，否则地级）的 6 位 GB/T 2260 代码',
    en: '6-digit GB/T 2260 code of the most specific unit that has one (the county, else the prefecture)',
  },
  submittedBy: {
    zh: '推荐单位：省级工业和信息化主管部门、计划单列市或新疆生产建设兵团',
    en: 'Who put the cluster forward: a province, a city with separate planning status (计划单列市) or 新疆生产建设兵团',
  },
  sourceUrl: { zh: '公布该集群的工信部通知网址', en: 'URL of the MIIT notice that listed the cluster' },
} as const satisfies Record<RecordField, FieldMeaning>;

/** A field's meaning as one description: Chinese, " / ", English, as every message of the API. */
export function describeField(field: RecordField): string {
  const meaning: FieldMeaning = FIELD_MEANINGS[field];
  return `${meaning.zh} / ${meaning.en}`;
}
