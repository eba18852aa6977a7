import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import clusters from '../../data/clusters.json';
import manifest from '../../data/manifest.json';
import notices from '../../data/notices.json';
import { getTableColumns } from 'drizzle-orm';
import { RECORD_FIELDS, type RecordField } from '../../core/record';
import { clusters as clustersTable } from '../../worker/db/schema';

// The D1 column of each record field, from the drizzle schema (record-definition.test.ts holds
// the schema to RECORD_FIELDS and the migrated table to the schema).
const columns = getTableColumns(clustersTable);
const COLUMNS = Object.fromEntries(RECORD_FIELDS.map((field) => [field, columns[field].name])) as Record<RecordField, string>;

// The migrations in migrations/ have been applied to an empty D1 by apply-migrations.ts.
describe('seeded D1', () => {
  it('holds exactly the records of data/clusters.json, field by field', async () => {
    const { results } = await env.DB.prepare('SELECT * FROM clusters ORDER BY id').all<Record<string, unknown>>();
    const records = results.map((row) => Object.fromEntries(RECORD_FIELDS.map((field) => [field, row[COLUMNS[field]]])));
    expect(records).toEqual(clusters);
  });

  it('stores the pinyin search helpers beside every record', async () => {
    const { results } = await env.DB.prepare(
      'SELECT name_pinyin, name_initials, industry_pinyin, industry_initials, place_pinyin, place_initials FROM clusters',
    ).all<Record<string, string>>();
    expect(results).toHaveLength(clusters.length);
    for (const row of results) {
      for (const [column, value] of Object.entries(row)) {
        expect(value, column).toMatch(column.endsWith('_pinyin') ? /^[a-z0-9]+( [a-z0-9]+)*$/u : /^[a-z0-9]+$/u);
      }
    }
    const chongqing = await env.DB.prepare("SELECT place_pinyin FROM clusters WHERE name = '重庆市涪陵区榨菜食品加工产业集群'").first<string>('place_pinyin');
    expect(chongqing).toBe('chong qing shi chong qing shi fu ling qu');
  });

  it('holds the notices of data/notices.json', async () => {
    const { results } = await env.DB.prepare('SELECT year, batch, title, url, pdf_url AS pdfUrl FROM notices ORDER BY year').all();
    expect(results).toEqual(notices);
  });

  it('names the dataset version of data/manifest.json in dataset_meta', async () => {
    const last = manifest.sources.at(-1)!;
    const meta = await env.DB.prepare('SELECT id, version, built_at, record_count FROM dataset_meta').all();
    expect(meta.results).toEqual([{ id: 1, version: last.version, built_at: last.builtAt, record_count: clusters.length }]);
  });
});
