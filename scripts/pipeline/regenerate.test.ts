import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build';
import { readDataInputs } from './data-dir';
import { loadDivisions } from './divisions';
import { formatManifest } from './manifest';

const STALE = 'stale: run `npm run data:build` and commit the result';

// Reruns the whole pipeline in memory over data/ and compares with the committed artifacts.
// A content change must bump the version and builtAt in data/manifest.json, so a rebuild that
// needs a new timestamp means the committed files are out of date.
describe('generated data artifacts', async () => {
  const inputs = await readDataInputs('data');
  const output = buildDataset(inputs, {
    table: loadDivisions(),
    now: () => 'NEW-TIMESTAMP (content changed)',
  });

  it('data/manifest.json records the current version', () => {
    expect(readFileSync('data/manifest.json', 'utf8'), `data/manifest.json is ${STALE}`).toBe(formatManifest(output.manifest));
  });

  it('data/clusters.json is what the pipeline produces', () => {
    expect(readFileSync('data/clusters.json', 'utf8'), `data/clusters.json is ${STALE}`).toBe(output.clustersJson);
  });

  it.each([
    ['data/industry-classification.tsv', output.classificationTsv],
    ['docs/industry-review.md', output.classificationReview],
  ])('%s is what the pipeline produces', (path, generated) => {
    expect(readFileSync(path, 'utf8'), `${path} is ${STALE}`).toBe(generated);
  });

  it.each(output.migrations.map((m) => m.file))('migrations/%s is what the pipeline produces', (file) => {
    const generated = output.migrations.find((m) => m.file === file)!.sql;
    expect(readFileSync(`migrations/${file}`, 'utf8'), `migrations/${file} is ${STALE}`).toBe(generated);
  });
});
