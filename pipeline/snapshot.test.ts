import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicRecord, type ClusterRecord } from '../core/record';
import { loadDatasetSnapshot } from './snapshot';

describe('loadDatasetSnapshot', { timeout: 30_000 }, () => {
  it('gives what the seed migration writes: same version, builtAt, records and notices', async () => {
    const snapshot = await loadDatasetSnapshot('data');
    const sql = readFileSync('migrations/0001_seed_2022_2024.sql', 'utf8');
    expect(sql).toContain(`VALUES (1, '${snapshot.version}', '${snapshot.builtAt}', 300);`);
    const published = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as ClusterRecord[];
    expect(snapshot.records.map(publicRecord)).toEqual(published);
    expect(snapshot.records.every((r) => r.search.namePinyin.length > 0)).toBe(true);
    expect(snapshot.notices).toEqual(JSON.parse(readFileSync('data/notices.json', 'utf8')));
  });
});
