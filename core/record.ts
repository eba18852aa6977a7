import type { SectionCode } from './industry';

/**
 * One cluster of the consolidated MIIT list: the public record, exactly as the API, the CSV and
 * `data/clusters.json` publish it. Field order here is the column order of the CSV.
 */
export interface ClusterRecord {
  /** 总序号 of the consolidated list: 1–300 for 2022–2024; later years continue from 301. */
  id: number;
  /** 年度 of the MIIT notice. */
  year: number;
  /** Batch number of the notice: 2022 = 1, 2023 = 2, 2024 = 3. */
  batch: number;
  /** 序号 within its year, 1–100. */
  seq: number;
  /** Published name, PDF extraction artifacts removed. */
  name: string;
  /** The name without its place and without the 产业集群 / 业集群 suffix. */
  industry: string;
  /** Full official name of the provincial-level division where the cluster lies. */
  province: string;
  /** 6-digit GB/T 2260 code of `province`. */
  provinceCode: string;
  /** Prefecture-level unit; the municipality itself for 北京/天津/上海/重庆; null when the county has no prefecture. */
  city: string | null;
  /** County-level unit, official full name; null when the list names none. */
  county: string | null;
  /** Sub-county unit (镇, 街道, 办事处) when the list names one. */
  town: string | null;
  /** GB/T 2260 code of the most specific unit that has one (the county, else the prefecture). */
  adcode: string;
  /** Who put the cluster forward: the province, a 计划单列市, or 新疆生产建设兵团. */
  submittedBy: string;
  /** URL of the MIIT notice of its year. */
  sourceUrl: string;
  /**
   * 门类 (section letter, A–T) of GB/T 4754-2017 that {@link division} lies in. Derived by this
   * project from `industry` (data/industry-classification.tsv), not assigned by MIIT.
   */
  section: SectionCode;
  /** The standard's name of `section`, e.g. 制造业. */
  sectionName: string;
  /** Primary 大类 (two-digit division, 01–97) of GB/T 4754-2017, derived like `section`. */
  division: string;
  /** The standard's name of `division`, e.g. 通用设备制造业. */
  divisionName: string;
  /** A second division where the industry spans two (battery materials: 39 and 26); else null. */
  secondaryDivision: string | null;
  /** The standard's name of `secondaryDivision`, or null. */
  secondaryDivisionName: string | null;
}

/**
 * The derived industry classification's fields, the last of {@link RECORD_FIELDS}: the seed of a
 * list loaded before they existed in D1 leaves them out, and a later migration fills them in.
 */
export const CLASSIFICATION_FIELDS = [
  'section',
  'sectionName',
  'division',
  'divisionName',
  'secondaryDivision',
  'secondaryDivisionName',
] as const satisfies readonly (keyof ClusterRecord)[];

/** The public fields, in publication (and CSV column) order. */
export const RECORD_FIELDS = [
  'id',
  'year',
  'batch',
  'seq',
  'name',
  'industry',
  'province',
  'provinceCode',
  'city',
  'county',
  'town',
  'adcode',
  'submittedBy',
  'sourceUrl',
  ...CLASSIFICATION_FIELDS,
] as const satisfies readonly (keyof ClusterRecord)[];

/** One public field's name. */
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * A copy with exactly the public fields, in {@link RECORD_FIELDS} order: D1 rows and pipeline
 * records carry more (the search helpers).
 */
export function publicRecord(source: ClusterRecord): ClusterRecord {
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) record[field] = source[field];
  return record as unknown as ClusterRecord;
}

/**
 * Pinyin search helpers computed at build time by the data pipeline (pinyin-pro), so that
 * neither the Worker nor the widget carries a pinyin dictionary. Not part of the public record.
 *
 * Full pinyin is lower-case, toneless, one syllable per space-separated token ("zhong xiao zhou cheng"),
 * so matches can be anchored at syllable starts. Initials are the first letters of those syllables
 * with no separator ("zxzc"). Non-Han characters (Latin letters, digits) are kept lower-cased as
 * their own tokens.
 */
export interface SearchHelpers {
  namePinyin: string;
  nameInitials: string;
  industryPinyin: string;
  industryInitials: string;
  /** Province, city, county and town, in that order, nulls skipped. */
  placePinyin: string;
  placeInitials: string;
}

/** The search helpers, in the order the D1 columns and the seed SQL list them. */
export const SEARCH_HELPER_FIELDS = [
  'namePinyin',
  'nameInitials',
  'industryPinyin',
  'industryInitials',
  'placePinyin',
  'placeInitials',
] as const satisfies readonly (keyof SearchHelpers)[];

/** A record together with its search helpers: a D1 row, and an entry of the widget's static snapshot. */
export interface SearchableRecord extends ClusterRecord {
  search: SearchHelpers;
}
