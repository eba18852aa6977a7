import { PROVINCES } from '../core/provinces';
import type { Messages, SortKey } from './messages';

export type { Messages, SortKey } from './messages';

/** The widget's two UI languages. Data values stay Chinese in both. */
export type Locale = 'zh-CN' | 'en';

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


/** `en`, `en-US`, `EN` … select English; anything else, including no value, Chinese. */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}

/** English, once loaded (a chunk of its own: Chinese readers never download it). */
let english: Messages | null = null;
let englishLoad: Promise<Messages> | null = null;

/** Loads the messages of `locale` once per page; a failed load falls back to Chinese. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'zh-CN') return Promise.resolve(zh);
  englishLoad ??= import('./messages-en').then(
    (module) => (english = module.en),
    () => (english = zh),
  );
  return englishLoad;
}

/** The messages of `locale`, or null while they load (see {@link loadMessages}). */
export function messagesFor(locale: Locale): Messages | null {
  return locale === 'en' ? english : zh;
}

/** A province's name as the locale shows it (English names in `en`); other places stay Chinese. */
export function placeLabel(locale: Locale, name: string): string {
  if (locale !== 'en') return name;
  return PROVINCES.find((province) => province.name === name)?.nameEn ?? name;
}
