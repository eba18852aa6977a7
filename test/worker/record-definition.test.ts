import { env } from 'cloudflare:workers';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import clustersJson from '../../data/clusters.json';
import { toCsv } from '../../core/csv';
import { CLASSIFICATION_FIELDS, RECORD_FIELDS, SEARCH_HELPER_FIELDS, type ClusterRecord, type RecordField, type SearchHelpers } from '../../core/record';
import { clusters } from '../../worker/db/schema';
import { ClusterRecordSchema } from '../../worker/openapi/schemas';

// One record definition: core/record.ts. Everything else is derived from RECORD_FIELDS (the
// cold-load SQL, the seed SQL, the CSV header, the seed test's columns) or held to it here, so a
// field added there fails these tests (or the typecheck) until the schema, the migration, the
// OpenAPI schema and the data are updated too.
describe('the record definition', () => {
  it('lists every field of ClusterRecord and SearchHelpers (typecheck)', () => {
    expectTypeOf<Exclude<keyof ClusterRecord, RecordField>>().toBeNever();
    expectTypeOf<Exclude<keyof SearchHelpers, (typeof SEARCH_HELPER_FIELDS)[number]>>().toBeNever();
  });

  it('is the D1 schema: the clusters table has exactly the record fields and the search helpers, the classification (added later) last', () => {
    const base = RECORD_FIELDS.filter((field) => !(CLASSIFICATION_FIELDS as readonly string[]).includes(field));
    expect(Object.keys(getTableColumns(clusters))).toEqual([...base, ...SEARCH_HELPER_FIELDS, ...CLASSIFICATION_FIELDS]);
    expect(RECORD_FIELDS.slice(-CLASSIFICATION_FIELDS.length)).toEqual([...CLASSIFICATION_FIELDS]);
  });

  it('is the migrated table: migrations/ create every column of the schema, in order', async () => {
    const { results } = await env.DB.prepare("SELECT name FROM pragma_table_info('clusters') ORDER BY cid").all<{ name: string }>();
    expect(results.map((column) => column.name)).toEqual(Object.values(getTableColumns(clusters)).map((column) => column.name));
  });

  it('is the OpenAPI record schema, field for field and in order', () => {
    expect(Object.keys(ClusterRecordSchema.shape)).toEqual([...RECORD_FIELDS]);
  });

  it('is the CSV header and the published data/clusters.json', () => {
    const header = toCsv([])
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(header).toBe(RECORD_FIELDS.join(','));
    for (const record of clustersJson) expect(Object.keys(record)).toEqual([...RECORD_FIELDS]);
  });
});
