import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT, RECORDS } from '../test/fixtures/records';
import { unwrap } from '../test/fixtures/unwrap';
import { createDataset } from './dataset';
import { SORT_KEYS } from './query';
import { parseClusterQuery } from './parse-query';
import { publicRecord } from './record';
import { selectClusters } from './select';

const ids = (dataset: ReturnType<typeof createDataset>, raw: string) =>
  selectClusters(dataset, unwrap(parseClusterQuery(raw, dataset))).rows.map((record) => record.id);

describe('createDataset', () => {
  it('builds no search text at load, nor for a place filter, and all of it on the first search', () => {
    const dataset = createDataset(FIXTURE_DATASET_INPUT);
    expect(dataset.index.entries.every((entry) => entry.text === null)).toBe(true);
    ids(dataset, 'province=浙江&year=2023');
    expect(dataset.index.entries.every((entry) => entry.text === null)).toBe(true);
    ids(dataset, 'q=cixi');
    expect(dataset.index.entries.every((entry) => entry.text !== null)).toBe(true);
  });

  it('answers the same from a D1 load (public records with the helpers alongside) as from searchable records', () => {
    const fromRecords = createDataset(FIXTURE_DATASET_INPUT);
    // D1 delivers them in id order; shuffled here too, to cover the sort.
    const shuffled = [...RECORDS].reverse();
    const fromD1 = createDataset({
      ...FIXTURE_DATASET_INPUT,
      records: shuffled.map(publicRecord),
      search: shuffled.map((record) => record.search),
    });
    expect(fromD1.records).toEqual(fromRecords.records);
    for (const raw of ['q=cixi', 'q=轴承', 'city=宁波', 'submittedBy=兵团', ...SORT_KEYS.map((key) => `sort=${key}`)]) {
      expect(ids(fromD1, raw), raw).toEqual(ids(fromRecords, raw));
    }
  });

  it('builds each sort order once, on first use', () => {
    const dataset = createDataset(FIXTURE_DATASET_INPUT);
    const first = dataset.index.order('-name');
    expect(dataset.index.order('-name')).toBe(first);
    expect(first).toHaveLength(RECORDS.length);
  });

  it('refuses duplicate ids', () => {
    expect(() => createDataset({ ...FIXTURE_DATASET_INPUT, records: [RECORDS[0]!, RECORDS[0]!] })).toThrow(/duplicate cluster id/);
  });

  it('refuses search helpers that do not line up with the records', () => {
    expect(() => createDataset({ ...FIXTURE_DATASET_INPUT, records: RECORDS.map(publicRecord), search: RECORDS.slice(1).map((r) => r.search) })).toThrow(
      /differ in length/,
    );
  });
});
