import type { SearchableRecord } from '../core/record';
import type { Notice } from '../core/notice';
import { publicRecord } from '../core/record';
import { classificationReview, classificationTsv } from './classification-report';
import { createClassifier, type ClassificationInputs } from './classify';
import type { DivisionTable } from './division-table';
import type { Manifest } from './manifest';
import type { Problem } from './problem';
import { PipelineError } from './problem';
import { renderClassificationSql, renderSeedSql } from './seed-sql';
import { validateList } from './validate-list';
import { datasetVersion } from './version';

/** The contents of data/ the pipeline reads. */
export interface DataInputs {
  manifest: Manifest;
  /** Text of each list named by the manifest, by file name. */
  lists: Readonly<Record<string, string>>;
  notices: readonly Notice[];
  /** data/gbt4754-2017.json, data/industry-rules.tsv and data/industry-decisions.tsv, as text. */
  industry: ClassificationInputs;
}

/** Everything the pipeline derives from data/. */
export interface BuildOutput {
  records: SearchableRecord[];
  notices: Notice[];
  version: string;
  builtAt: string;
  /** data/clusters.json as committed. */
  clustersJson: string;
  /** data/industry-classification.tsv: each cluster's derived division and what decided it. */
  classificationTsv: string;
  /** docs/industry-review.md: the same, as a table to audit by hand. */
  classificationReview: string;
  /** Seed migrations by file name in migrations/. */
  migrations: { file: string; sql: string }[];
  /** The manifest with each list's version, and builtAt moved only where the version changed. */
  manifest: Manifest;
}

export interface BuildOptions {
  table: DivisionTable;
  /** Timestamp for a list whose content changed; injected so tests can tell a rebuild must not need one. */
  now: () => string;
}

/**
 * Runs the pipeline over every list in manifest order (parse → enrich → write, in memory).
 * Throws a {@link PipelineError} listing every problem when any list is invalid.
 */
export function buildDataset(inputs: DataInputs, options: BuildOptions): BuildOutput {
  const created = createClassifier(inputs.industry);
  if (!created.ok) throw new PipelineError(created.problems);
  const { classifier } = created;
  const problems: Problem[] = [];
  const records: SearchableRecord[] = [];
  const notices: Notice[] = [];
  const migrations: BuildOutput['migrations'] = [];
  const manifest: Manifest = { sources: [] };
  for (const source of inputs.manifest.sources) {
    const text = inputs.lists[source.file];
    if (text === undefined) {
      problems.push({ file: source.file, line: null, message: 'listed in data/manifest.json but missing from data/' });
      continue;
    }
    const listNotices = inputs.notices.filter((n) => source.years.includes(n.year)).sort((a, b) => a.year - b.year);
    const result = validateList(text, {
      file: source.file,
      years: source.years,
      perYear: source.perYear,
      notices: listNotices,
      existing: records,
      table: options.table,
      classifier,
    });
    problems.push(...result.problems);
    records.push(...result.records);
    notices.push(...listNotices);
    const version = datasetVersion(records, notices);
    const builtAt = version === source.version ? source.builtAt : options.now();
    manifest.sources.push({ ...source, version, builtAt });
    const seed = { sourceFile: source.file, records: result.records, version, builtAt, totalRecords: records.length };
    const separate = source.classificationMigration;
    migrations.push({ file: source.migration, sql: renderSeedSql({ ...seed, notices: listNotices, withClassification: separate === undefined }) });
    if (separate !== undefined) migrations.push({ file: separate, sql: renderClassificationSql(seed) });
  }
  problems.push(...classifier.staleDecisions(records));
  if (problems.length > 0) throw new PipelineError(problems);
  records.sort((a, b) => a.id - b.id);
  const last = manifest.sources.at(-1);
  return {
    records,
    notices,
    version: last?.version ?? datasetVersion([], []),
    builtAt: last?.builtAt ?? '',
    clustersJson: `${JSON.stringify(records.map(publicRecord), null, 2)}\n`,
    classificationTsv: classificationTsv(records, classifier),
    classificationReview: classificationReview(records, classifier),
    migrations,
    manifest,
  };
}
