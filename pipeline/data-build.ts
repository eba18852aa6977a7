import { join } from 'node:path';
import { buildDataset } from './build';
import { CLASSIFICATION_REVIEW, CLASSIFICATION_TSV } from './classification-report';
import { builtAtNow } from './clock';
import { readDataInputs, writeFiles } from './data-dir';
import { loadDivisions } from './divisions';
import { formatManifest } from './manifest';
import { PipelineError } from './problem';

// npm run data:build — regenerates data/clusters.json, data/manifest.json, the industry
// classification table and its review page, and the seed migrations from data/.
const root = process.cwd();
try {
  const output = buildDataset(await readDataInputs(join(root, 'data')), {
    table: loadDivisions(),
    now: builtAtNow,
  });
  const files = new Map<string, string>([
    ['data/clusters.json', output.clustersJson],
    ['data/manifest.json', formatManifest(output.manifest)],
    [CLASSIFICATION_TSV, output.classificationTsv],
    [CLASSIFICATION_REVIEW, output.classificationReview],
    ...output.migrations.map(({ file, sql }) => [`migrations/${file}`, sql] as const),
  ]);
  await writeFiles(root, files);
  console.log(`${output.records.length} records, version ${output.version} (built ${output.builtAt}); wrote ${[...files.keys()].join(', ')}`);
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
