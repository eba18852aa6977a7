/** The publisher of the official list, credited in `/api/v1/meta` and the docs page. */
export const SOURCE = {
  name: '中华人民共和国工业和信息化部',
  nameEn: 'Ministry of Industry and Information Technology of the PRC (MIIT)',
  url: 'https://www.miit.gov.cn/',
} as const;

/** How to credit the data. */
export const ATTRIBUTION =
  '数据来源：工业和信息化部历年公布的中小企业特色产业集群名单（见各年度通知）。地名、行政区划代码和拼音由本项目整理补充，如有出入以原通知为准。 / ' +
  'Source: the lists of SME characteristic industrial clusters published yearly by MIIT (see the notice of each year). ' +
  'Place names, division codes and pinyin were added by this project; where they differ, the original notices prevail.';

/** Terms of use, as far as this project can state them. */
export const LICENSE_NOTE =
  '名单本身是国家机关的公开文件；本接口免费开放，无需密钥。转载或使用请注明来源“工业和信息化部”，并勿暗示其认可您的产品。 / ' +
  'The list itself is a public document of a state organ; this API is free and needs no key. ' +
  'When you republish or use the data, credit MIIT as the source and do not imply its endorsement.';
