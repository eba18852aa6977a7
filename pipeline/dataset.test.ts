import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClusterRecord } from '../core/record';
import { RECORD_FIELDS } from '../core/record';
import { loadDivisions } from './divisions';
import { parseNotices } from './data-dir';
import { MUNICIPALITIES } from './divisions';

// Sanity checks on the committed dataset, independent of how the pipeline produced it.
const records = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as ClusterRecord[];
const notices = parseNotices(readFileSync('data/notices.json', 'utf8'));
const table = loadDivisions();

describe('data/clusters.json', () => {
  it('holds 300 records, 100 per year', () => {
    expect(records).toHaveLength(300);
    const perYear: Record<number, number> = {};
    for (const r of records) perYear[r.year] = (perYear[r.year] ?? 0) + 1;
    expect(perYear).toEqual({ 2022: 100, 2023: 100, 2024: 100 });
  });

  it('numbers ids 1–300 contiguously in order, and seq 1–100 within each year', () => {
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    for (const year of [2022, 2023, 2024]) {
      expect(records.filter((r) => r.year === year).map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    }
  });

  it('has exactly the public fields, in order', () => {
    for (const record of records) expect(Object.keys(record)).toEqual([...RECORD_FIELDS]);
  });

  it('gives every record a province and an adcode', () => {
    for (const r of records) {
      expect(r.province, `id ${r.id}`).toMatch(/\S/u);
      expect(r.adcode, `id ${r.id}`).toMatch(/^\d{6}$/u);
    }
  });

  it('has adcodes that resolve in the division table and agree with province, city and county', () => {
    for (const r of records) {
      const unit = table.byCode.get(r.adcode);
      expect(unit, `id ${r.id}: adcode ${r.adcode}`).toBeDefined();
      expect(table.byCode.get(r.provinceCode)?.name, `id ${r.id}`).toBe(r.province);
      expect(unit!.provinceCode, `id ${r.id}`).toBe(r.provinceCode);
      if (r.county !== null) {
        expect(unit!.name, `id ${r.id}`).toBe(r.county);
        const prefecture = unit!.prefectureCode === null ? null : table.byCode.get(unit!.prefectureCode)!.name;
        expect(MUNICIPALITIES.has(r.provinceCode) ? r.province : prefecture, `id ${r.id}`).toBe(r.city);
      } else {
        // No county: the adcode is the prefecture's own (东莞, 中山, 儋州 with a town).
        expect(unit!.name, `id ${r.id}`).toBe(r.city);
      }
    }
  });

  it('gives every record its year’s batch and notice URL', () => {
    for (const r of records) {
      const notice = notices.find((n) => n.year === r.year)!;
      expect([r.batch, r.sourceUrl], `id ${r.id}`).toEqual([notice.batch, notice.url]);
    }
  });

  it('has unique names, free of spaces and ASCII brackets, each starting with its place’s words', () => {
    expect(new Set(records.map((r) => r.name)).size).toBe(records.length);
    for (const r of records) {
      expect(r.name, `id ${r.id}`).not.toMatch(/[\s()]/u);
      expect(r.name.endsWith(`${r.industry}产业集群`) || r.name.endsWith(`${r.industry}业集群`), `id ${r.id}`).toBe(true);
    }
  });

  it('names who submitted each cluster: the province, a 计划单列市 or 新疆生产建设兵团, as the name starts', () => {
    const planned = ['宁波市', '厦门市', '青岛市', '深圳市'];
    for (const r of records) {
      const expected = r.name.startsWith(r.province)
        ? r.province
        : r.name.startsWith('新疆生产建设兵团')
          ? '新疆生产建设兵团'
          : planned.find((city) => r.name.startsWith(city.slice(0, -1)));
      expect(r.submittedBy, `id ${r.id}`).toBe(expected);
    }
    expect(records.filter((r) => r.submittedBy === '新疆生产建设兵团').map((r) => r.id)).toEqual([99, 100]);
    expect(records.filter((r) => planned.includes(r.submittedBy))).toHaveLength(21);
  });
});

beforeAll(() => {
  expect(notices).toHaveLength(3);
});
