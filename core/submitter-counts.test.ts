import { describe, expect, it } from 'vitest';
import { FIXTURE_CLUSTERS, FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { unwrap } from '../test/fixtures/unwrap';
import { createDataset } from './dataset';
import { parseFacetQuery } from './parse-query';
import { countBySubmitter } from './submitter-counts';

const dataset = createDataset(FIXTURE_DATASET_INPUT);
const counts = (raw: string) => countBySubmitter(dataset, unwrap(parseFacetQuery(raw, dataset)));

describe('countBySubmitter', () => {
  it('counts every record once, by count descending then name', () => {
    const all = counts('');
    expect(all.reduce((sum, entry) => sum + entry.count, 0)).toBe(FIXTURE_CLUSTERS.length);
    for (const { value, count } of all) expect(count, value).toBe(FIXTURE_CLUSTERS.filter((r) => r.submittedBy === value).length);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.count > b.count || (a.count === b.count && a.value < b.value), `${a.value} before ${b.value}`).toBe(true);
    }
  });

  it('applies the other filters and ignores its own, like each facet', () => {
    const zhejiang = counts('province=浙江');
    expect(zhejiang.reduce((sum, entry) => sum + entry.count, 0)).toBe(FIXTURE_CLUSTERS.filter((r) => r.province === '浙江省').length);
    const submitter = zhejiang[0]!.value;
    expect(counts(`province=浙江&submittedBy=${encodeURIComponent(submitter)}`)).toEqual(zhejiang);
    expect(counts('year=2023').every(({ value }) => FIXTURE_CLUSTERS.some((r) => r.year === 2023 && r.submittedBy === value))).toBe(true);
  });
});
