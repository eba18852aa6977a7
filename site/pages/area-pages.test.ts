import { describe, expect, it } from 'vitest';
import { canonicalQuery, createDataset, parseClusterQuery } from '../../core';
import { FIXTURE_DATASET_INPUT } from '../../test/fixtures/records';
import { canonicalListQuery, type ListFilter } from './area-pages';

describe('canonicalListQuery', () => {
  it("writes the pages' API links exactly as core's canonicalQuery does, so they share edge-cache entries with the widget", () => {
    const dataset = createDataset(FIXTURE_DATASET_INPUT);
    const filters: ListFilter[] = [{ province: '浙江省' }, { province: '浙江省', city: '宁波市' }, { year: 2023 }, { province: '内蒙古自治区' }];
    for (const filter of filters) {
      for (const format of ['json', 'csv'] as const) {
        const written = canonicalListQuery(filter, format);
        const parsed = parseClusterQuery(written, dataset);
        if (!parsed.ok) throw new Error(`${written}: ${parsed.error.message}`);
        expect(canonicalQuery(parsed.value)).toBe(written);
      }
    }
  });
});
