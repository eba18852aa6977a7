/**
 * "Cite this" for a record page (site/pages) and the MCP `get_cluster` tool, in three forms: GB/T 7714-2015 (electronic document, 电子资源),
 * BibTeX and CSL-JSON. Pure functions of the record, the page URL, when the dataset was published
 * and the date of citation.
 *
 * GB/T 7714-2015 §4.8 / §8: 主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. (更新或修改日期)[引用日期].
 * 获取和访问路径. For a web page the type is EB and the carrier OL; dates are YYYY-MM-DD.
 */
import type { Notice } from './notice';
import type { ClusterRecord } from './record';

/** The list's name: the title of the site and of every citation. */
export const LIST_NAME = '中小企业特色产业集群名单';

/** The responsible body of the record pages: this project, which compiled them from MIIT's lists. */
export const PUBLISHER = 'cluster-list';
/** The responsible body of the notices. */
export const MIIT = '中华人民共和国工业和信息化部';

/**
 * A calendar date as text: `iso` is YYYY-MM-DD, `y`, `m`, `d` are the numbers CSL wants (no
 * leading zero). Text, so that a page can put a placeholder in each.
 */
export interface DateParts {
  iso: string;
  y: string;
  m: string;
  d: string;
}

/** The date of an ISO 8601 time (its first ten characters). */
export function dateParts(time: string): DateParts {
  const iso = time.slice(0, 10);
  const [y = '', m = '', d = ''] = iso.split('-').map((part) => String(Number(part)));
  return { iso, y, m, d };
}

export interface CitationInput {
  record: ClusterRecord;
  /** Absolute URL of the record page. */
  url: string;
  /** When the dataset (and so the page) was last changed: the 更新或修改日期. */
  published: DateParts;
  /** The 引用日期: the day the reader consulted the page. */
  accessed: DateParts;
  notice: Notice | null;
}

/** The title both forms use: the cluster's name, then which list and number it is. */
export function citationTitle(record: ClusterRecord): { title: string; subtitle: string } {
  return { title: record.name, subtitle: `${LIST_NAME}${record.year}年度第${record.seq}号` };
}

/** GB/T 7714-2015, electronic document: `cluster-list. 名称: 名单2023年度第94号[EB/OL]. (2026-11-29)[2026-12-01]. URL.` */
export function gbt7714(input: CitationInput): string {
  const { title, subtitle } = citationTitle(input.record);
  return `${PUBLISHER}. ${title}: ${subtitle}[EB/OL]. (${input.published.iso})[${input.accessed.iso}]. ${input.url}.`;
}

/**
 * The notice a citation may name: only one with a web address, since a citation's URL must be one a
 * reader can open.
 */
export function citableNotice(notice: Notice | null | undefined): Notice | null {
  if (!notice) return null;
  try {
    const { protocol } = new URL(notice.url);
    return protocol === 'https:' || protocol === 'http:' ? notice : null;
  } catch {
    return null;
  }
}

/** GB/T 7714-2015 for the MIIT notice itself; its publication date is not in the data, so it is left out, as the standard allows. */
export function gbt7714Notice(notice: Notice, accessed: DateParts): string {
  return `${MIIT}. ${notice.title}[EB/OL]. [${accessed.iso}]. ${notice.url}.`;
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, so braces always balance. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (character) => LATEX_SPECIALS[character]!).replace(/\s+/g, ' ');
}

export function bibtex(input: CitationInput): string {
  const { title, subtitle } = citationTitle(input.record);
  const fields: [string, string][] = [
    ['author', `{${PUBLISHER}}`],
    ['title', `{${bibtexText(title)}}: ${bibtexText(subtitle)}`],
    ['year', input.published.y],
    ['url', input.url],
    ['urldate', input.accessed.iso],
    ['langid', 'chinese'],
  ];
  if (input.notice) fields.push(['note', `${bibtexText(`来源：${MIIT}《${input.notice.title}》`)}, \\url{${input.notice.url.replace(/[{}\\%#]/g, '')}}`]);
  return `@misc{${PUBLISHER}-${input.record.id},\n${fields.map(([name, value]) => `  ${name.padEnd(7)} = {${value}}`).join(',\n')}\n}`;
}

/** CSL-JSON (Citation Style Language 1.0.2), one item, as Zotero, Mendeley and citeproc read it. */
export function cslJson(input: CitationInput): string {
  const { title, subtitle } = citationTitle(input.record);
  const dates = (date: DateParts) => `{ "date-parts": [[${date.y}, ${date.m}, ${date.d}]] }`;
  const item: Record<string, unknown> = {
    id: `${PUBLISHER}-${input.record.id}`,
    type: 'webpage',
    title: `${title}: ${subtitle}`,
    author: [{ literal: PUBLISHER }],
    'container-title': LIST_NAME,
    URL: input.url,
    language: 'zh-CN',
  };
  if (input.notice) item.note = `来源：${MIIT}《${input.notice.title}》 ${input.notice.url}`;
  // The dates are written by hand so that a page can swap the access date's numbers in place.
  const body = JSON.stringify(item, null, 2).replace(/\n}$/, `,\n  "issued": ${dates(input.published)},\n  "accessed": ${dates(input.accessed)}\n}`);
  return `[${body.replace(/\n/g, '\n  ').replace(/^\{/, '\n  {')}\n]`;
}
