/**
 * One parser per parameter, with its error message. Each takes the value already NFKC-normalized
 * and trimmed (never empty) and returns its canonical form or the 400 to answer with. The bare
 * checks (`check*`, `is*`) are exported too, for the widget, which only needs to know whether a
 * value is acceptable: a bundler keeps them without the messages.
 */
import type { Dataset } from './dataset';
import { isDivisionCode, isSectionCode, LAST_DIVISION, SECTION_CODES, type SectionCode } from './industry';
import { SUBMITTER_ALIASES } from './place-names';
import { resolveProvince, suggestProvinces } from './province-resolve';
import type { Province } from './provinces';
import { CLUSTERS_PATH, DEFAULT_LIMIT, MAX_LIMIT, MAX_NAME_LENGTH, MAX_OFFSET, MAX_Q_LENGTH, MAX_YEARS } from './contract';
import { INCLUDE_VALUES, SORT_KEYS, isSortKey, type Inclusion, type OutputFormat, type SortKey } from './query';
import { echo, fail, ok, type Result } from './result';
import { codePointLength, foldAscii } from './text';

/** Why a year list is refused: not four-digit years, or more than {@link MAX_YEARS} of them. */
export type YearListProblem = 'malformed' | 'too_many';

/** Whether a free-text name filter is short enough; the value itself is kept as given. */
export function isNameLengthValid(value: string): boolean {
  return codePointLength(value) <= MAX_NAME_LENGTH;
}

/** One year or a comma list as distinct sorted years, or why it is refused. */
export function checkYearList(value: string): number[] | YearListProblem {
  const items = value.split(',').map((item) => item.trim());
  if (items.length > MAX_YEARS * 4 || items.some((item) => !/^[0-9]{4}$/.test(item))) return 'malformed';
  const years = [...new Set(items.map(Number))].sort((a, b) => a - b);
  return years.length > MAX_YEARS ? 'too_many' : years;
}

/** `q` ASCII lower-cased and split on whitespace into terms; null past {@link MAX_Q_LENGTH} code points. */
export function checkSearchText(value: string): { q: string; terms: string[] } | null {
  if (codePointLength(value) > MAX_Q_LENGTH) return null;
  const terms = foldAscii(value)
    .split(/\s+/)
    .filter((term) => term !== '');
  return { q: terms.join(' '), terms };
}

/** Any accepted spelling of a province, or `unknown_province` suggesting the closest names. */
export function parseProvince(value: string): Result<Province> {
  const province = resolveProvince(value);
  if (province) return ok(province);
  const suggestions = suggestProvinces(value);
  const zhHint = suggestions.length ? `您是否要找：${suggestions.map((s) => s.name).join('、')}？` : '';
  const enHint = suggestions.length ? ` Did you mean: ${suggestions.map((s) => `${s.name} (${s.nameEn})`).join(', ')}?` : '';
  return fail(
    'unknown_province',
    'province',
    `未知省份“${echo(value)}”。${zhHint}可用全称（浙江省）、简称（浙江）、拼音或英文（zhejiang）或代码（330000 或 33）`,
    `Unknown province "${echo(value)}".${enHint} Use the full name (浙江省), short name (浙江), pinyin or English (zhejiang), or the code (330000 or 33)`,
  );
}

/** Checks the length shared by free-text names; the value itself is kept as given. */
export function parseName(param: string, value: string): Result<string> {
  if (isNameLengthValid(value)) return ok(value);
  return fail(
    'value_too_long',
    param,
    `参数“${param}”过长：最多 ${MAX_NAME_LENGTH} 个字符`,
    `Parameter "${param}" is too long: at most ${MAX_NAME_LENGTH} characters`,
  );
}

/**
 * Full name of a place filter: the dataset's full name when the value names exactly one unit
 * there (宁波 → 宁波市), else the value as given (an ambiguous short name keeps matching all of its
 * full names; a name matching nothing simply yields no rows).
 */
export function resolvePlace(value: string, names: ReadonlyMap<string, readonly string[]> | undefined): string {
  const matches = names?.get(value);
  return matches?.length === 1 && matches[0] !== undefined ? matches[0] : value;
}

/** A submitter: any province spelling becomes its full name; 兵团 becomes 新疆生产建设兵团; other names are resolved like `city`, against the dataset (resolveQuery). */
export function resolveSubmitter(value: string): string {
  const province = resolveProvince(value);
  if (province) return province.name;
  return SUBMITTER_ALIASES.get(foldAscii(value)) ?? value;
}

/** 2–6 ASCII digits, matched as a prefix of the record's adcode. */
export function parseAdcode(value: string): Result<string> {
  if (/^[0-9]{2,6}$/.test(value)) return ok(value);
  return fail(
    'invalid_adcode',
    'adcode',
    `adcode“${echo(value)}”无效：应为 2–6 位数字，按前缀匹配（3302 即宁波市全部）`,
    `Invalid adcode "${echo(value)}": use 2–6 digits, matched as a prefix (3302 means all of 宁波市)`,
  );
}

/** One year or a comma list, sorted and distinct; with a dataset, every year must be in it. */
export function parseYears(value: string, dataset: Dataset | undefined): Result<number[]> {
  const checked = checkYearList(value);
  if (checked === 'malformed') {
    const available = availableYears(dataset);
    return fail(
      'invalid_year',
      'year',
      `年份“${echo(value)}”无效：应为四位数年份，或用逗号分隔的多个年份（2023,2024）。${available.zh}`,
      `Invalid year "${echo(value)}": use a four-digit year or a comma-separated list (2023,2024).${available.en}`,
    );
  }
  if (checked === 'too_many') {
    return fail('invalid_year', 'year', `年份过多：最多 ${MAX_YEARS} 个`, `Too many years: at most ${MAX_YEARS}`);
  }
  return ok(checked);
}

/** Every year of a parsed list must have records in the dataset. */
export function checkYearsExist(years: readonly number[], dataset: Dataset): Result<readonly number[]> {
  const missing = years.filter((year) => !dataset.years.includes(year));
  if (missing.length > 0) {
    const available = availableYears(dataset);
    return fail(
      'unknown_year',
      'year',
      `数据中没有 ${missing.join(', ')} 年度的集群。${available.zh}`,
      `No clusters for ${missing.join(', ')} in the data.${available.en}`,
    );
  }
  return ok(years);
}

/** A 门类 letter of GB/T 4754-2017, A–T, case-insensitive; the message lists the valid ones. */
export function parseSection(value: string, dataset: Dataset | undefined): Result<SectionCode> {
  // ASCII letters only: toUpperCase() would also turn the dotless ı into I.
  const section = /^[a-z]$/i.test(value) ? value.toUpperCase() : value;
  if (isSectionCode(section)) return ok(section);
  const present = presentCodes(dataset, (record) => record.section);
  return fail(
    'unknown_section',
    'section',
    `门类“${echo(value)}”无效：应为 GB/T 4754-2017 的门类字母 ${SECTION_CODES[0]}–${SECTION_CODES[SECTION_CODES.length - 1]}（${SECTION_CODES.join(', ')}）。${present.zh}`,
    `Unknown section "${echo(value)}": use a GB/T 4754-2017 section letter ${SECTION_CODES[0]}–${SECTION_CODES[SECTION_CODES.length - 1]} (${SECTION_CODES.join(', ')}).${present.en}`,
  );
}

/** A two-digit 大类 of GB/T 4754-2017, 01–97; the message lists the range and the divisions with clusters. */
export function parseDivision(value: string, dataset: Dataset | undefined): Result<string> {
  if (isDivisionCode(value)) return ok(value);
  const present = presentCodes(dataset, (record) => record.division);
  return fail(
    'unknown_division',
    'division',
    `大类“${echo(value)}”无效：应为 GB/T 4754-2017 的两位大类代码 01–${LAST_DIVISION}（如制造业 13–43，34 为通用设备制造业）。${present.zh}`,
    `Unknown division "${echo(value)}": use a two-digit GB/T 4754-2017 division code, 01–${LAST_DIVISION} (manufacturing is 13–43; 34 is general-purpose machinery).${present.en}`,
  );
}

// The codes the dataset's records use, for an error message only. Without the dataset (the Worker
// answers bad syntax before loading it) the message points to the facet that lists them.
function presentCodes(dataset: Dataset | undefined, pick: (record: Dataset['records'][number]) => string): { zh: string; en: string } {
  // Said without the path: the widget ships this parser too, and names no API address.
  if (!dataset) return { zh: '有集群的代码及其数目见 facets 接口', en: ' The facets endpoint lists the codes that have clusters, with counts.' };
  const codes = [...new Set(dataset.records.map(pick))].sort().join(', ');
  return { zh: `数据中有：${codes}`, en: ` In the data: ${codes}` };
}

// Built only for an error: valid years are the API's hot path.
function availableYears(dataset: Dataset | undefined): { zh: string; en: string } {
  if (!dataset) return { zh: '', en: '' };
  const years = dataset.years.join(', ');
  return { zh: `可用年份：${years}`, en: ` Available years: ${years}` };
}

/** `q` up to {@link MAX_Q_LENGTH} code points, ASCII lower-cased and split on whitespace into terms. */
export function parseSearchText(value: string): Result<{ q: string; terms: string[] }> {
  const search = checkSearchText(value);
  if (search) return ok(search);
  return fail(
    'query_too_long',
    'q',
    `搜索词过长：最多 ${MAX_Q_LENGTH} 个字符（当前 ${codePointLength(value)} 个）`,
    `Search text too long: at most ${MAX_Q_LENGTH} characters (got ${codePointLength(value)})`,
  );
}

/** A {@link SortKey}, case-insensitive. */
export function parseSort(value: string): Result<SortKey> {
  const key = foldAscii(value);
  if (isSortKey(key)) return ok(key);
  return fail(
    'invalid_sort',
    'sort',
    `排序“${echo(value)}”无效。可用：${SORT_KEYS.join(', ')}（- 表示降序）`,
    `Invalid sort "${echo(value)}". Accepted: ${SORT_KEYS.join(', ')} (- means descending)`,
  );
}

/** An integer from 1 to {@link MAX_LIMIT}. */
export function parseLimit(value: string): Result<number> {
  const limit = parseBoundedInteger(value, 1, MAX_LIMIT);
  if (limit !== null) return ok(limit);
  return fail(
    'invalid_limit',
    'limit',
    `limit“${echo(value)}”无效：应为 1–${MAX_LIMIT} 的整数，默认 ${DEFAULT_LIMIT}`,
    `Invalid limit "${echo(value)}": use an integer from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})`,
  );
}

/** An integer from 0 to {@link MAX_OFFSET}. */
export function parseOffset(value: string): Result<number> {
  const offset = parseBoundedInteger(value, 0, MAX_OFFSET);
  if (offset !== null) return ok(offset);
  return fail(
    'invalid_offset',
    'offset',
    `offset“${echo(value)}”无效：应为 0–${MAX_OFFSET} 的整数，默认 0`,
    `Invalid offset "${echo(value)}": use an integer from 0 to ${MAX_OFFSET} (default 0)`,
  );
}

/** Plain decimal digits only: no sign, exponent, fraction or hex, which `Number()` would accept. */
function parseBoundedInteger(value: string, min: number, max: number): number | null {
  if (!/^[0-9]{1,9}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** `json` or `csv`, case-insensitive. */
export function parseFormat(value: string): Result<OutputFormat> {
  const format = foldAscii(value);
  if (format === 'json' || format === 'csv') return ok(format);
  return fail(
    'invalid_format',
    'format',
    `格式“${echo(value)}”无效。可用：json（默认）、csv`,
    `Invalid format "${echo(value)}". Accepted: json (default), csv`,
  );
}

/**
 * A comma list of {@link INCLUDE_VALUES}, case-insensitive, in any order; returned distinct and in
 * canonical order. Only JSON answers can carry them, so `csv` refuses it.
 */
export function parseInclude(value: string, format: OutputFormat): Result<Inclusion[]> {
  const accepted = INCLUDE_VALUES.join(', ');
  if (format === 'csv') {
    return fail(
      'invalid_include',
      'include',
      `include 只用于 JSON：CSV 只含集群行。可用：${accepted}`,
      `include works only with JSON: a CSV holds the rows alone. Accepted: ${accepted}`,
    );
  }
  const asked = value.split(',').map((item) => foldAscii(item.trim()));
  const unknown = asked.find((item) => !(INCLUDE_VALUES as readonly string[]).includes(item));
  if (unknown !== undefined) {
    return fail(
      'invalid_include',
      'include',
      `include 的值“${echo(unknown)}”无效。可用：${accepted}（逗号分隔）`,
      `Invalid include value "${echo(unknown)}". Accepted: ${accepted} (comma-separated)`,
    );
  }
  return ok(INCLUDE_VALUES.filter((item) => asked.includes(item)));
}

/** Parses the `{id}` of `/clusters/{id}`: a positive decimal integer without sign or leading zeros. */
export function parseClusterId(raw: string): Result<number> {
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return ok(Number(raw));
  return fail(
    'invalid_id',
    'id',
    `编号“${echo(raw)}”无效：应为正整数（如 ${CLUSTERS_PATH}/42）`,
    `Invalid id "${echo(raw)}": use a positive integer (e.g. ${CLUSTERS_PATH}/42)`,
  );
}
