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

  // 0001 runs before 0002 adds the classification's columns, so it must not name them; 0003 fills them.
  it("leaves the first list's classification to its own migration, after the columns exist", () => {
    const seed = output.migrations.find((m) => m.file === '0001_seed_2022_2024.sql')!.sql;
    const classification = output.migrations.find((m) => m.file === '0003_industry_2022_2024.sql')!.sql;
    expect(seed).not.toMatch(/\bdivision\b/u);
    expect(classification.match(/^UPDATE clusters SET section = /gmu)).toHaveLength(300);
    expect(classification).toContain(
      "UPDATE clusters SET section = 'C', section_name = '制造业', division = '34', division_name = '通用设备制造业', secondary_division = NULL, secondary_division_name = NULL WHERE id = 46;",
    );
  });

  it.each(output.migrations.map((m) => m.file))('migrations/%s is what the pipeline produces', (file) => {
    const generated = output.migrations.find((m) => m.file === file)!.sql;
    expect(readFileSync(`migrations/${file}`, 'utf8'), `migrations/${file} is ${STALE}`).toBe(generated);
  });
});
