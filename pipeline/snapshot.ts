import type { Notice } from '../core/notice';
import type { SearchableRecord } from '../core/record';
import { buildDataset } from './build';
import { readDataInputs } from './data-dir';
import { loadDivisions } from './divisions';

/** The dataset exactly as the seed migrations put it into D1. */
export interface DatasetSnapshot {
  version: string;
  builtAt: string;
  records: SearchableRecord[];
  notices: Notice[];
}

/**
 * Reruns the pipeline over `dataDir` (reading only; nothing is written) and returns what the seed
 * migrations insert, with the same version string as dataset_meta. Fails when data/manifest.json
 * is stale, since its version and builtAt would then disagree with the migrations.
 */
export async function loadDatasetSnapshot(dataDir = 'data'): Promise<DatasetSnapshot> {
  const inputs = await readDataInputs(dataDir);
  const output = buildDataset(inputs, {
    table: loadDivisions(),
    now: () => {
      throw new Error(`${dataDir}/manifest.json is stale: run npm run data:build`);
    },
  });
  return { version: output.version, builtAt: output.builtAt, records: output.records, notices: output.notices };
}
