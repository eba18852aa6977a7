import { PROVINCES } from '../core/provinces';

/** The widget's two UI languages. Data values stay Chinese in both. */
export type Locale = 'zh-CN' | 'en';

/** Every UI string of the widget, in one language. */
export interface Messages {
  title: string;
  count: (total: number, place: string) => string;
  loading: string;
  search: string;
  searchPlaceholder: string;
  province: string;
  allProvinces: string;
  city: string;
  allCities: string;
  place: string;
  years: string;
  allYears: string;
  sort: string;
  sortOptions: Record<SortKey, string>;
  yearBatch: (year: number, batch: number) => string;
  industry: string;
  submittedBy: string;
  notice: string;
  recordPage: string;
  recordLink: string;
  range: (from: number, to: number, total: number) => string;
  page: (page: number, pages: number) => string;
  previous: string;
  next: string;
  download: string;
  empty: string;
  clearFilters: string;
  failed: string;
  retry: string;
  source: string;
  sourceYear: (year: number) => string;
  version: (version: string) => string;
}

/** Sort orders offered to the reader (the API's `sort` values): newest first, by name, by place. */
export type SortKey = '' | '-year' | 'name' | 'province';

export const SORT_KEYS: readonly SortKey[] = ['', '-year', 'name', 'province'];

const zh: Messages = {
  title: '中小企业特色产业集群',
  count: (total, place) => `${place ? `${place} · ` : ''}${total} 个集群`,
  loading: '正在加载…',
  search: '搜索',
  searchPlaceholder: '名称、产业或地区，支持拼音',
  province: '省份',
  allProvinces: '全部省份',
  city: '城市',
  allCities: '全部城市',
  place: '地点',
  years: '年度',
  allYears: '全部',
  sort: '排序',
  sortOptions: { '': '默认', '-year': '年度', name: '名称', province: '地区' },
  yearBatch: (year, batch) => `${year} 年 · 第 ${batch} 批`,
  industry: '产业',
  submittedBy: '推荐单位',
  notice: '公告',
  recordPage: '集群页面',
  recordLink: '查看、引用与分享',
  range: (from, to, total) => (total === 0 ? '共 0 条' : `第 ${from}–${to} 条，共 ${total} 条`),
  page: (page, pages) => `第 ${page} / ${pages} 页`,
  previous: '上一页',
  next: '下一页',
  download: '下载 CSV',
  empty: '没有符合条件的集群。试试更短的关键词或拼音首字母。',
  clearFilters: '清除筛选',
  failed: '数据加载失败。',
  retry: '重试',
  source: '数据来源：工业和信息化部',
  sourceYear: (year) => `${year} 年度公告`,
  version: (version) => `数据版本 ${version}`,
};

const en: Messages = {
  title: 'SME characteristic industrial clusters',
  count: (total, place) => `${place ? `${place} · ` : ''}${total} ${total === 1 ? 'cluster' : 'clusters'}`,
  loading: 'Loading…',
  search: 'Search',
  searchPlaceholder: 'Name, industry or place; pinyin works',
  province: 'Province',
  allProvinces: 'All provinces',
  city: 'City',
  allCities: 'All cities',
  place: 'Place',
  years: 'Year',
  allYears: 'All',
  sort: 'Sort',
  sortOptions: { '': 'Default', '-year': 'Year', name: 'Name', province: 'Place' },
  yearBatch: (year, batch) => `${year} · batch ${batch}`,
  industry: 'Industry',
  submittedBy: 'Submitted by',
  notice: 'Notice',
  recordPage: 'Cluster page',
  recordLink: 'View, cite and share',
  range: (from, to, total) => (total === 0 ? '0 results' : `${from}–${to} of ${total}`),
  page: (page, pages) => `Page ${page} of ${pages}`,
  previous: 'Previous',
  next: 'Next',
  download: 'Download CSV',
  empty: 'No cluster matches these filters. Try a shorter keyword or pinyin initials.',
  clearFilters: 'Clear filters',
  failed: 'The data could not be loaded.',
  retry: 'Retry',
  source: 'Source: Ministry of Industry and Information Technology (MIIT)',
  sourceYear: (year) => `${year} notice`,
  version: (version) => `Data version ${version}`,
};

/** `en`, `en-US`, `EN` … select English; anything else, including no value, Chinese. */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}

/** A province's name as the locale shows it (English names in `en`); other places stay Chinese. */
export function placeLabel(locale: Locale, name: string): string {
  if (locale !== 'en') return name;
  return PROVINCES.find((province) => province.name === name)?.nameEn ?? name;
}
