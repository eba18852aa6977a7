import type { Notice } from './notice';
import { buildPinyinIndex, type PinyinIndex } from './pinyin-index';
import { buildNameIndex } from './place-names';
import { provinceByCode } from './province-resolve';
import { publicRecord, type ClusterRecord, type SearchableRecord } from './record';
import { SORT_KEYS, type SortKey } from './sort';
import { compareStrings, foldAscii, normalizeText } from './text';

/** What {@link createDataset} is built from: one D1 load, or the widget's static snapshot. */
export interface DatasetInput {
  version: string;
  builtAt: string;
  records: readonly SearchableRecord[];
  notices: readonly Notice[];
}

/** One row of `GET /api/v1/provinces`. */
export interface ProvinceSummary {
  name: string;
  shortName: string;
  nameEn: string;
  code: string;
  count: number;
}

/** A record with everything a request needs precomputed. Internal to core. */
export interface IndexedRecord {
  record: ClusterRecord;
  /** Position in id order. */
  position: number;
  name: string;
  industry: string;
  /** Province, city, county and town, newline-separated (no search term contains a newline). */
  place: string;
  namePinyin: PinyinIndex;
  industryPinyin: PinyinIndex;
  placePinyin: PinyinIndex;
}

/** Precomputed lookups. Internal to core: built once per dataset, read by every request. */
export interface DatasetIndex {
  entries: readonly IndexedRecord[];
  byId: ReadonlyMap<number, ClusterRecord>;
  /** Positions in each sort order; descending orders keep ties in ascending id. */
  orders: Readonly<Record<SortKey, Int32Array>>;
  cities: ReadonlyMap<string, readonly string[]>;
  counties: ReadonlyMap<string, readonly string[]>;
  submitters: ReadonlyMap<string, readonly string[]>;
  provinces: readonly ProvinceSummary[];
}

/** The whole dataset in memory, ready to answer any query. Immutable. */
export interface Dataset {
  readonly version: string;
  readonly builtAt: string;
  /** Public records (no search helpers), in id order. */
  readonly records: readonly ClusterRecord[];
  readonly notices: readonly Notice[];
  /** Years that have records, ascending. */
  readonly years: readonly number[];
  /** Internal to core; shape may change without notice. */
  readonly index: DatasetIndex;
}

/**
 * Builds a {@link Dataset}: strips the search helpers off the public records and precomputes,
 * once, everything requests need (normalized haystacks, pinyin indexes, sort orders, name lookups,
 * the province summary), so no request ever normalizes or sorts the data again.
 * Throws on duplicate ids: that is a broken build, not a client error.
 */
export function createDataset(input: DatasetInput): Dataset {
  const sorted = [...input.records].sort((a, b) => a.id - b.id);
  const entries = sorted.map(indexRecord);
  const byId = new Map<number, ClusterRecord>();
  for (const { record } of entries) {
    if (byId.has(record.id)) throw new Error(`duplicate cluster id ${record.id}`);
    byId.set(record.id, record);
  }
  const records = entries.map((entry) => entry.record);
  return {
    version: input.version,
    builtAt: input.builtAt,
    records,
    notices: [...input.notices].sort((a, b) => a.year - b.year || a.batch - b.batch),
    years: [...new Set(records.map((record) => record.year))].sort((a, b) => a - b),
    index: {
      entries,
      byId,
      orders: buildOrders(entries),
      cities: buildNameIndex(distinct(records, (record) => record.city)),
      counties: buildNameIndex(distinct(records, (record) => record.county)),
      submitters: buildNameIndex(distinct(records, (record) => record.submittedBy)),
      provinces: summarize(records),
    },
  };
}

function indexRecord(source: SearchableRecord, position: number): IndexedRecord {
  // Frozen: one dataset answers every request, so no request may alter a record another one sees.
  const record = Object.freeze(publicRecord(source));
  const { search } = source;
  return {
    record,
    position,
    name: haystack(record.name),
    industry: haystack(record.industry),
    place: [record.province, record.city, record.county, record.town].filter((part) => part !== null).map(haystack).join('\n'),
    namePinyin: buildPinyinIndex(search.namePinyin, search.nameInitials),
    industryPinyin: buildPinyinIndex(search.industryPinyin, search.industryInitials),
    placePinyin: buildPinyinIndex(search.placePinyin, search.placeInitials),
  };
}

function haystack(value: string): string {
  return foldAscii(normalizeText(value));
}

function distinct(records: readonly ClusterRecord[], pick: (record: ClusterRecord) => string | null): Set<string> {
  const values = new Set<string>();
  for (const record of records) {
    const value = pick(record);
    if (value !== null) values.add(value);
  }
  return values;
}

type Compare = (a: IndexedRecord, b: IndexedRecord) => number;

const byPrimary: Record<'id' | 'year' | 'province' | 'name', Compare> = {
  id: (a, b) => a.record.id - b.record.id,
  year: (a, b) => a.record.year - b.record.year,
  province: (a, b) => compareStrings(a.record.provinceCode, b.record.provinceCode),
  name: (a, b) => compareStrings(a.namePinyin.compact, b.namePinyin.compact) || compareStrings(a.name, b.name),
};

function buildOrders(entries: readonly IndexedRecord[]): Record<SortKey, Int32Array> {
  const orders = {} as Record<SortKey, Int32Array>;
  for (const key of SORT_KEYS) {
    const descending = key.startsWith('-');
    const primary = byPrimary[(descending ? key.slice(1) : key) as keyof typeof byPrimary];
    const compare: Compare = (a, b) => (descending ? -primary(a, b) : primary(a, b)) || a.record.id - b.record.id;
    orders[key] = Int32Array.from([...entries].sort(compare), (e) => e.position);
  }
  return orders;
}

function summarize(records: readonly ClusterRecord[]): ProvinceSummary[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.provinceCode, (counts.get(record.provinceCode) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([code, count]) => {
      const province = provinceByCode(code);
      if (!province) throw new Error(`record with unknown provinceCode ${code}`);
      return { name: province.name, shortName: province.shortName, nameEn: province.nameEn, code, count };
    });
}
