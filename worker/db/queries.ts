import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { ClusterRecord, DatasetInput, Notice, SearchHelpers } from '../../core';
import { DATASET_LOAD_STATEMENTS, META_ID } from './load-sql';
import { datasetMeta } from './schema';

/** A D1 binding or a session of it: both offer the `prepare`/`batch` pair drizzle's driver calls. */
export type D1Reader = D1Database | D1DatabaseSession;

// drizzle's D1 driver only calls `prepare` and `batch`, which D1DatabaseSession has too; its
// types just predate the Sessions API.
const connect = (reader: D1Reader) => drizzle(reader as D1Database);

/**
 * The released dataset version: a one-row, one-column read used to notice a data release
 * cheaply. `null` when the database holds no released dataset (`dataset_meta` is empty).
 */
export async function readDatasetVersion(reader: D1Reader): Promise<string | null> {
  const row = await connect(reader).select({ version: datasetMeta.version }).from(datasetMeta).where(eq(datasetMeta.id, META_ID)).get();
  return row?.version ?? null;
}

/**
 * Reads the meta row, every cluster and every notice (the input of core's `createDataset`) in one
 * batch, so the version always describes exactly the rows returned (a batch runs as one implicit
 * transaction). `null` when the database holds no released dataset.
 *
 * The clusters arrive as two JSON texts built by SQLite (load-sql.ts), so the cold load costs
 * the Worker two JSON.parse calls instead of mapping every row column by column.
 */
export async function loadDatasetRows(reader: D1Reader): Promise<DatasetInput | null> {
  const [metaResult, clustersResult, noticesResult] = await reader.batch(DATASET_LOAD_STATEMENTS.map(({ sql, params }) => reader.prepare(sql).bind(...params)));
  const meta = metaResult?.results[0] as { version: string; builtAt: string } | undefined;
  if (!meta) return null;
  const lists = clustersResult?.results[0] as { records: string; search: string } | undefined;
  if (!lists) throw new Error('the clusters query returned no row');
  return {
    version: meta.version,
    builtAt: meta.builtAt,
    // Keys are RECORD_FIELDS in order: public records, in id order.
    records: JSON.parse(lists.records) as ClusterRecord[],
    search: JSON.parse(lists.search) as SearchHelpers[],
    notices: (noticesResult?.results ?? []) as Notice[],
  };
}
