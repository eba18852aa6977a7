import { z } from 'zod';
import { DEFAULT_LIMIT, INCLUDE_VALUES, LAST_DIVISION, MAX_LIMIT, MAX_OFFSET, MAX_Q_LENGTH, SECTION_CODES, SORT_KEYS } from '../../core';

// Query parameters as the OpenAPI document describes them (build time only: the Worker does not
// bundle zod). Core's parser is the one validator, shared with the widget; every constraint shown
// here comes from core's constants, and tests check that the documented names are exactly core's,
// that every listed value and every example is accepted, and that out-of-range values are not.

interface Example {
  summary: string;
  /** A number where the parameter's schema says integer, so the example conforms to its own schema. */
  value: string | number;
}

const examples = (entries: Record<string, Example>) => entries;

/** Declares one optional query parameter with its documentation and working examples. */
function queryParam<S extends Record<string, unknown>>(name: string, description: string, schema: S, exampleSet: Record<string, Example>) {
  return z
    .string()
    .optional()
    .meta({ param: { name, in: 'query', description, examples: examples(exampleSet) }, ...schema });
}

const province = queryParam(
  'province',
  '集群所在的省级行政区：全称、简称、拼音或英文（不区分大小写）、6 位或 2 位代码，写法不同结果相同。按集群所在地筛选，宁波的集群属于浙江省。 / Province where the cluster lies: full name, short name, pinyin or English (case-insensitive), 6- or 2-digit code; all spellings give the same result.',
  { type: 'string' },
  {
    fullName: { summary: '全称 / full name', value: '浙江省' },
    shortName: { summary: '简称 / short name', value: '浙江' },
    pinyin: { summary: '拼音 / pinyin', value: 'zhejiang' },
    code: { summary: '6 位代码 / 6-digit code', value: '330000' },
    prefix: { summary: '2 位代码 / 2-digit code', value: '33' },
  },
);

const submittedBy = queryParam(
  'submittedBy',
  '推荐单位：省、计划单列市或新疆生产建设兵团，全称或简称。 / Who put the cluster forward: a province, a city with independent planning status, or the Xinjiang Production and Construction Corps; full or short name.',
  { type: 'string' },
  {
    city: { summary: '计划单列市 / separately planned city', value: '宁波市' },
    province: { summary: '省 / province', value: '浙江省' },
  },
);

const city = queryParam(
  'city',
  '地级行政区，全称或简称；无匹配时结果为空，而不是错误。 / Prefecture-level unit, full or short name; a name that matches nothing gives an empty result, not an error.',
  { type: 'string' },
  {
    shortName: { summary: '简称 / short name', value: '宁波' },
    fullName: { summary: '全称 / full name', value: '宁波市' },
  },
);

const county = queryParam(
  'county',
  '县级行政区，全称或简称。 / County-level unit, full or short name.',
  { type: 'string' },
  {
    shortName: { summary: '简称 / short name', value: '慈溪' },
    fullName: { summary: '全称 / full name', value: '慈溪市' },
  },
);

const adcode = queryParam(
  'adcode',
  '行政区划代码的前缀（2 到 6 位数字）：3302 表示宁波市全部。 / Prefix (2 to 6 digits) of the GB/T 2260 code: 3302 means all of 宁波市.',
  { type: 'string', pattern: '^[0-9]{2,6}$' },
  {
    city: { summary: '宁波市 / a prefecture', value: '3302' },
    county: { summary: '慈溪市 / a county', value: '330282' },
  },
);

const year = queryParam(
  'year',
  '年度，或以逗号分隔的多个年度；必须是数据中有的年度（见 /api/v1/meta）。 / A year or a comma-separated list of years; each must be in the data (see /api/v1/meta).',
  { type: 'string', pattern: '^[0-9]{4}(,[0-9]{4})*$' },
  {
    one: { summary: '一个年度 / one year', value: '2023' },
    several: { summary: '多个年度 / several years', value: '2023,2024' },
  },
);

const section = queryParam(
  'section',
  `派生行业分类的门类：GB/T 4754-2017 门类字母 ${SECTION_CODES[0]}–${SECTION_CODES.at(-1)}（不区分大小写），如 C 制造业；由本项目根据产业文字推定，并非工信部所定。未知字母返回 400 并列出可用值。 / Section of the derived industry classification: a GB/T 4754-2017 section letter ${SECTION_CODES[0]}–${SECTION_CODES.at(-1)} (case-insensitive), e.g. C manufacturing; assigned by this project, not by MIIT. An unknown letter gets a 400 listing the valid ones.`,
  { type: 'string', enum: [...SECTION_CODES] },
  {
    manufacturing: { summary: 'C 制造业 / manufacturing', value: 'C' },
    software: { summary: 'I 信息传输、软件和信息技术服务业 / information services', value: 'I' },
  },
);

const division = queryParam(
  'division',
  `派生行业分类的主大类：GB/T 4754-2017 两位大类代码 01–${LAST_DIVISION}，如 34 通用设备制造业；只匹配主大类，不匹配次要大类。代码不在标准中时返回 400 并列出可用值。 / Primary division of the derived industry classification: a two-digit GB/T 4754-2017 division code, 01–${LAST_DIVISION}, e.g. 34 general-purpose machinery; matches the primary division only. A code not in the standard gets a 400 listing the valid ones.`,
  { type: 'string', pattern: '^(0[1-9]|[1-8][0-9]|9[0-7])$' },
  {
    machinery: { summary: '34 通用设备制造业 / general-purpose machinery', value: '34' },
    electronics: { summary: '39 计算机、通信和其他电子设备制造业 / electronics', value: '39' },
  },
);

const q = queryParam(
  'q',
  `关键词，匹配名称、产业和地名；支持中文子串、全拼和拼音首字母（不区分大小写）；多个词（空格分隔）须同时匹配；未指定 sort 时按相关度排序。最多 ${MAX_Q_LENGTH} 个字符。 / Keywords matched against name, industry and place names: Chinese substrings, full pinyin or initials (case-insensitive); several space-separated words must all match; ranked by relevance when no sort is given. At most ${MAX_Q_LENGTH} characters.`,
  { type: 'string', maxLength: MAX_Q_LENGTH },
  {
    chinese: { summary: '中文 / Chinese', value: '轴承' },
    pinyin: { summary: '全拼 / full pinyin', value: 'zhoucheng' },
    initials: { summary: '首字母 / initials', value: 'cx' },
    words: { summary: '多个词 / several words', value: '浙江 轴承' },
  },
);

const sort = queryParam(
  'sort',
  '排序字段，加 - 表示降序；默认 id。 / Sort key, prefix with - for descending; default id.',
  { type: 'string', enum: [...SORT_KEYS], default: 'id' },
  {
    newest: { summary: '年度降序 / newest first', value: '-year' },
    name: { summary: '按名称拼音 / by name', value: 'name' },
  },
);

const limit = queryParam(
  'limit',
  `每页条数，1 到 ${MAX_LIMIT}，默认 ${DEFAULT_LIMIT}；${MAX_LIMIT} 即可一次取回全部。 / Page size, 1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT}; ${MAX_LIMIT} fetches the whole list in one call.`,
  { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  {
    page: { summary: '小页 / a small page', value: 10 },
    all: { summary: '全部 / everything', value: MAX_LIMIT },
  },
);

const offset = queryParam(
  'offset',
  `跳过的条数，0 到 ${MAX_OFFSET}，默认 0。 / Rows to skip, 0 to ${MAX_OFFSET}, default 0.`,
  { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 },
  { second: { summary: '第二页（limit=10） / second page of 10', value: 10 } },
);

const format = queryParam(
  'format',
  'json（默认）或 csv：CSV 为带 BOM 的 UTF-8，首行为字段名，以附件形式下载，文件名说明筛选条件。 / json (default) or csv: UTF-8 with BOM, one header line of field names, served as a download whose filename says what was filtered.',
  { type: 'string', enum: ['json', 'csv'], default: 'json' },
  { csv: { summary: 'CSV 下载 / CSV download', value: 'csv' } },
);

const include = queryParam(
  'include',
  `随结果一并返回：facets（与 /api/v1/facets 相同筛选条件下的计数）、meta（/api/v1/meta 的数据），逗号分隔；放在响应的 included 中，一次请求即可显示整个组件。不能与 format=csv 同用。 / Also return, in the response's \`included\`: facets (the counts /api/v1/facets gives for the same filters) and meta (the data of /api/v1/meta), comma-separated, so one request serves a whole widget. Not with format=csv. Accepted: ${INCLUDE_VALUES.join(', ')}.`,
  { type: 'string', pattern: `^(${INCLUDE_VALUES.join('|')})(,(${INCLUDE_VALUES.join('|')}))*$` },
  {
    both: { summary: '计数和数据集信息 / counts and dataset info', value: 'facets,meta' },
    facets: { summary: '仅计数 / counts only', value: 'facets' },
  },
);

/** The filter parameters shared by `/clusters` and `/facets`. */
const filterShape = { province, submittedBy, city, county, adcode, year, section, division, q };

/** Query parameters of `GET /api/v1/clusters`. */
export const ClusterQueryParams = z.object({ ...filterShape, sort, limit, offset, format, include });

/** Query parameters of `GET /api/v1/facets`. */
export const FacetQueryParams = z.object(filterShape);

/** Path parameter of `GET /api/v1/clusters/{id}`. */
export const ClusterIdParams = z.object({
  id: z.string().meta({
    param: {
      name: 'id',
      in: 'path',
      description: '集群总序号（正整数） / Serial number of the cluster (a positive integer)',
      examples: examples({
        first: { summary: '第 1 个 / the first', value: 1 },
        last: { summary: `第 ${MAX_LIMIT} 个 / number ${MAX_LIMIT}`, value: MAX_LIMIT },
      }),
    },
    type: 'integer',
    minimum: 1,
  }),
});
