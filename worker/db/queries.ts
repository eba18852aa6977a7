import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { DatasetInput, Notice, SearchableRecord } from '../../core';
import { clusters, datasetMeta, notices } from './schema';

/** A D1 binding or a session of it: both offer the `prepare`/`batch` pair drizzle's driver calls. */
export type D1Reader = D1Database | D1DatabaseSession;

/** The row of `dataset_meta` that names the released dataset. */
const META_ID = 1;

// drizzle's D1 driver only calls `prepare` and `batch`, which D1DatabaseSession has too; its
// types just predate the Sessions API.
const connect = (reader: D1Reader) => drizzle(reader as D1Database);

/**
 * The released dataset version: a one-row, one-column read used to notice a data release
 * cheaply. `null` when the database holds no released dataset (`dataset_meta` is empty).
 */
export async function readDatasetVersion(reader: D1Reader): Promise<string | null> {
  const row = await connect(reader)
    .select({ version: datasetMeta.version })
    .from(datasetMeta)
    .where(eq(datasetMeta.id, META_ID))
    .get();
  return row?.version ?? null;
}

/**
 * Reads the meta row, every cluster and every notice (the input of core's `createDataset`) in one
 * batch, so the version always describes exactly the rows returned (a batch runs as one implicit
 * transaction). `null` when the database holds no released dataset.
 */
export async function loadDatasetRows(reader: D1Reader): Promise<DatasetInput | null> {
  const db = connect(reader);
  const [metaRows, clusterRows, noticeRows] = await db.batch([
    db.select().from(datasetMeta).where(eq(datasetMeta.id, META_ID)),
    db.select().from(clusters).orderBy(asc(clusters.id)),
    db.select().from(notices).orderBy(asc(notices.year)),
  ]);
  const meta = metaRows[0];
  if (!meta) return null;
  return {
    version: meta.version,
    builtAt: meta.builtAt,
    records: clusterRows.map(toSearchableRecord),
    notices: noticeRows.map(toNotice),
  };
}

type ClusterRow = typeof clusters.$inferSelect;
type NoticeRow = typeof notices.$inferSelect;

function toSearchableRecord(row: ClusterRow): SearchableRecord {
  return {
    id: row.id,
    year: row.year,
    batch: row.batch,
    seq: row.seq,
    name: row.name,
    industry: row.industry,
    province: row.province,
    provinceCode: row.provinceCode,
    city: row.city,
    county: row.county,
    town: row.town,
    adcode: row.adcode,
    submittedBy: row.submittedBy,
    sourceUrl: row.sourceUrl,
    search: {
      namePinyin: row.namePinyin,
      nameInitials: row.nameInitials,
      industryPinyin: row.industryPinyin,
      industryInitials: row.industryInitials,
      placePinyin: row.placePinyin,
      placeInitials: row.placeInitials,
    },
  };
}

function toNotice(row: NoticeRow): Notice {
  return { year: row.year, batch: row.batch, title: row.title, url: row.url, pdfUrl: row.pdfUrl };
}
