import type { Notice } from './notice';
import { buildNameIndex } from './place-names';
import { provinceByCode } from './province-resolve';
import { publicRecord, type ClusterRecord, type SearchableRecord, type SearchHelpers } from './record';
import { buildSearchText, type SearchText } from './search-text';
import type { SortKey } from './query';
import { compareStrings } from './text';

/**
 * What {@link createDataset} is built from: the widget's static snapshot (records carrying their
 * search helpers), or a D1 load (public records with the helpers alongside, in the same order, so
 * no record has to be copied to drop them).
 */
export type DatasetInput = {
  version: string;
  builtAt: string;
  notices: readonly Notice[];
} & (
  | { records: readonly SearchableRecord[]; search?: undefined }
  | {
      /** Exactly the public fields, in RECORD_FIELDS order. */
      records: readonly ClusterRecord[];
      /** The search helpers of `records[i]` at `search[i]`. */
      search: readonly SearchHelpers[];
    }
);

/** One row of `GET /api/v1/provinces`. */
export interface ProvinceSummary {
  name: string;
  shortName: string;
  nameEn: string;
  code: string;
  count: number;
}

/** A record with what requests need to find it. Internal to core. */
export interface IndexedRecord {
  record: ClusterRecord;
  /** Position in id order. */
  position: number;
  helpers: SearchHelpers;
  /** Built on first use by {@link searchTextOf}; null until then. */
  text: SearchText | null;
}

/**
 * Lookups, each built once per dataset on first use and then read by every request. Internal to
 * core. Nothing but the entries is built at load: a cold isolate answers its first request from
 * the records alone, and pays for a lookup only when a request needs it.
 */
export interface DatasetIndex {
  readonly entries: readonly IndexedRecord[];
  readonly byId: ReadonlyMap<number, ClusterRecord>;
  readonly cities: ReadonlyMap<string, readonly string[]>;
  readonly counties: ReadonlyMap<string, readonly string[]>;
  readonly submitters: ReadonlyMap<string, readonly string[]>;
  readonly provinces: readonly ProvinceSummary[];
  /** Positions in a sort order; descending orders keep ties in ascending id. */
  order(key: SortKey): readonly number[];
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
 * Builds a {@link Dataset}: puts the records in id order (without search helpers), and sets up
 * the lookups requests need (normalized haystacks, pinyin indexes, sort orders, name lookups, the
 * province summary), each built on first use, so no request normalizes or sorts the data twice.
 * Throws on duplicate ids: that is a broken build, not a client error.
 */
export function createDataset(input: DatasetInput): Dataset {
  const { records, helpers } = splitRecords(input);
  const entries: IndexedRecord[] = [];
  let previousId = -Infinity;
  for (let position = 0; position < records.length; position++) {
    const record = records[position]!;
    if (record.id <= previousId) throw new Error(`duplicate cluster id ${record.id}`);
    previousId = record.id;
    // Frozen: one dataset answers every request, so no request may alter a record another one sees.
    entries.push({ record: Object.freeze(record), position, helpers: helpers[position]!, text: null });
  }
  return {
    version: input.version,
    builtAt: input.builtAt,
    records,
    notices: [...input.notices].sort((a, b) => a.year - b.year || a.batch - b.batch),
    years: distinctYears(records),
    index: createIndex(records, entries),
  };
}

/** The search text of an entry, built on its first search. */
export function searchTextOf(entry: IndexedRecord): SearchText {
  entry.text ??= buildSearchText(entry.record, entry.helpers);
  return entry.text;
}

// Public records and their helpers, in id order. D1 and the pipeline deliver them sorted, so the
// sort (and the copy it needs) happens only for input that is not.
function splitRecords(input: DatasetInput): { records: ClusterRecord[]; helpers: SearchHelpers[] } {
  if (input.search !== undefined) {
    if (input.search.length !== input.records.length) throw new Error('records and search helpers differ in length');
    if (isInIdOrder(input.records)) return { records: [...input.records], helpers: [...input.search] };
    const pairs = input.records.map((record, i) => ({ record, helpers: input.search[i]! })).sort((a, b) => a.record.id - b.record.id);
    return { records: pairs.map((pair) => pair.record), helpers: pairs.map((pair) => pair.helpers) };
  }
  const sorted = isInIdOrder(input.records) ? input.records : [...input.records].sort((a, b) => a.id - b.id);
  return { records: sorted.map(publicRecord), helpers: sorted.map((record) => record.search) };
}

function isInIdOrder(records: readonly ClusterRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if (records[i - 1]!.id > records[i]!.id) return false;
  return true;
}

function distinctYears(records: readonly ClusterRecord[]): number[] {
  const years: number[] = [];
  for (const { year } of records) if (!years.includes(year)) years.push(year);
  return years.sort((a, b) => a - b);
}

/** A value computed on first read, then kept. */
function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

function createIndex(records: readonly ClusterRecord[], entries: readonly IndexedRecord[]): DatasetIndex {
  const byId = lazy(() => new Map(records.map((record) => [record.id, record])));
  const cities = lazy(() => buildNameIndex(distinct(records, (record) => record.city)));
  const counties = lazy(() => buildNameIndex(distinct(records, (record) => record.county)));
  const submitters = lazy(() => buildNameIndex(distinct(records, (record) => record.submittedBy)));
  const provinces = lazy(() => summarize(records));
  const orders = new Map<SortKey, readonly number[]>();
  return {
    entries,
    get byId() {
      return byId();
    },
    get cities() {
      return cities();
    },
    get counties() {
      return counties();
    },
    get submitters() {
      return submitters();
    },
    get provinces() {
      return provinces();
    },
    order(key) {
      let order = orders.get(key);
      if (!order) {
        order = buildOrder(entries, key);
        orders.set(key, order);
      }
      return order;
    },
  };
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
  name: (a, b) => {
    const textA = searchTextOf(a);
    const textB = searchTextOf(b);
    return compareStrings(textA.namePinyin.compact, textB.namePinyin.compact) || compareStrings(textA.name, textB.name);
  },
};

function buildOrder(entries: readonly IndexedRecord[], key: SortKey): number[] {
  // Entries are in id order already: that order is the positions themselves.
  if (key === 'id') return entries.map((entry) => entry.position);
  const descending = key.startsWith('-');
  const primary = byPrimary[(descending ? key.slice(1) : key) as keyof typeof byPrimary];
  const compare: Compare = (a, b) => (descending ? -primary(a, b) : primary(a, b)) || a.record.id - b.record.id;
  return [...entries].sort(compare).map((entry) => entry.position);
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
