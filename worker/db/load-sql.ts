import { getTableColumns } from 'drizzle-orm';
import { RECORD_FIELDS, SEARCH_HELPER_FIELDS } from '../../core/record';
import { clusters, datasetMeta, notices } from './schema';

/** One SQL statement with its bound parameters. */
export interface BoundStatement {
  sql: string;
  params: (string | number)[];
}

/** The row of `dataset_meta` that names the released dataset. */
export const META_ID = 1;

const clusterColumns = getTableColumns(clusters);
const column = (field: keyof typeof clusterColumns) => `"${clusterColumns[field].name}"`;
const jsonObject = (fields: readonly (keyof typeof clusterColumns)[]) => `json_object(${fields.map((field) => `'${field}', ${column(field)}`).join(', ')})`;

// SQLite builds each array as one JSON text in id order (the subquery's order), so the Worker
// gets the whole list from one JSON.parse instead of mapping 300 rows of 20 columns one by one.
// Keys are RECORD_FIELDS, in their order: exactly the public record, ready to serve.
const RECORDS_JSON = `SELECT json_group_array(${jsonObject(RECORD_FIELDS)}) AS records, json_group_array(${jsonObject(SEARCH_HELPER_FIELDS)}) AS search FROM (SELECT * FROM "clusters" ORDER BY "id")`;

const meta = getTableColumns(datasetMeta);
const notice = getTableColumns(notices);

/**
 * The cold load, in batch order: the meta row, every cluster as JSON (public records, and their
 * search helpers in the same order), every notice. Plain SQL built from the drizzle schema's
 * column names; the bench's D1-only baseline runs exactly these.
 */
export const DATASET_LOAD_STATEMENTS: readonly BoundStatement[] = [
  {
    sql: `SELECT "${meta.version.name}" AS version, "${meta.builtAt.name}" AS builtAt FROM "dataset_meta" WHERE "${meta.id.name}" = ?`,
    params: [META_ID],
  },
  { sql: RECORDS_JSON, params: [] },
  {
    sql: `SELECT "${notice.year.name}" AS year, "${notice.batch.name}" AS batch, "${notice.title.name}" AS title, "${notice.url.name}" AS url, "${notice.pdfUrl.name}" AS pdfUrl FROM "notices" ORDER BY "${notice.year.name}"`,
    params: [],
  },
];
