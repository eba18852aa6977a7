import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unstable_splitSqlQuery } from 'wrangler';
import { listMigrations } from '../../pipeline/data-dir';
import type { D1Like } from './miniflare';

/** Statements per D1 batch: keeps each batch well inside D1's per-call limits. */
const BATCH_SIZE = 50;

/**
 * Applies every migration (schema and seed) to a D1 database, splitting statements with the same
 * splitter `wrangler d1 migrations apply` uses. Returns how many statements ran.
 */
export async function applyMigrations(db: D1Like, dir: string): Promise<number> {
  let count = 0;
  for (const file of await listMigrations(dir)) {
    const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), 'utf8')).filter((sql) => sql.trim() !== '');
    for (let start = 0; start < statements.length; start += BATCH_SIZE) {
      await db.batch(statements.slice(start, start + BATCH_SIZE).map((sql) => db.prepare(sql)));
    }
    count += statements.length;
  }
  return count;
}
