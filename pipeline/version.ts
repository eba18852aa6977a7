import { createHash } from 'node:crypto';
import type { SearchableRecord } from '../core/record';
import type { Notice } from '../core/notice';

/**
 * Short content hash of the dataset: records (search helpers included, since they are served
 * too) and notices. Same content, same version, on any machine.
 */
export function datasetVersion(records: readonly SearchableRecord[], notices: readonly Notice[]): string {
  return createHash('sha256').update(JSON.stringify({ records, notices })).digest('hex').slice(0, 12);
}
