/** The shape of the GB/T 2260 division table the pipeline resolves places against. */

/** A provincial-, prefecture- or county-level division, with 6-digit GB/T 2260 codes. */
export interface Division {
  code: string;
  name: string;
  provinceCode: string;
  /** The prefecture-level parent of a county; null for counties with no prefecture and for non-counties. */
  prefectureCode: string | null;
}

/** A sub-county unit (镇, 乡, 街道, 办事处). */
export interface Town {
  name: string;
  /** The county the town belongs to, or null in prefectures that have no counties (东莞, 中山, 儋州). */
  countyCode: string | null;
  prefectureCode: string;
}

/** The division table the resolver works on. Built once by `loadDivisions` (divisions.ts). */
export interface DivisionTable {
  provinces: readonly Division[];
  /** Real prefecture-level units only (no 市辖区 / 省直辖县级行政区划 placeholders). */
  prefectures: readonly Division[];
  counties: readonly Division[];
  /** Towns by county code, and by prefecture code for towns of prefectures without counties. */
  townsByParent: ReadonlyMap<string, readonly Town[]>;
  /** Counties by prefecture code, and by province code for counties with no prefecture. */
  countiesByParent: ReadonlyMap<string, readonly Division[]>;
  /** Every province, prefecture and county by code. */
  byCode: ReadonlyMap<string, Division>;
}
