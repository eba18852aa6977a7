import type { Notice } from '../core/notice';
import type { BuildOptions, BuildOutput, DataInputs } from './build';
import { buildDataset } from './build';
import { CLASSIFICATION_REVIEW, CLASSIFICATION_TSV } from './classification-report';
import { formatNotices, type DataState } from './data-dir';
import { formatManifest } from './manifest';
import { parseNoticeTrailer, unwrapMiitLink } from './notice-section';
import { parseList } from './parse-list';
import type { Problem } from './problem';
import { PipelineError } from './problem';

/** What `npm run data:import` was asked to add. */
export interface ImportRequest {
  year: number;
  /** The new list's text, as published. */
  listText: string;
  /** Where the list came from (the --file argument), used in messages. */
  sourceName: string;
  noticeUrl: string;
  noticeTitle?: string | undefined;
  pdfUrl?: string | undefined;
  /** Entries the year must have; 100 unless the notice says otherwise. */
  perYear?: number | undefined;
}

export type ImportPlan = { ok: true; files: Map<string, string>; output: BuildOutput; migration: string } | { ok: false; problems: Problem[] };

/**
 * Checks a new year's list against the current data and, only if everything is valid, returns
 * every file to write (paths relative to the repository root): the list copied unchanged into
 * data/, notices.json, manifest.json, clusters.json, the industry classification table and its
 * review page, and one new seed migration. Existing
 * migrations are never among them. Writes nothing itself.
 */
export function planImport(state: DataState, request: ImportRequest, options: BuildOptions): ImportPlan {
  const fail = (message: string, line: number | null = null): ImportPlan => ({
    ok: false,
    problems: [{ file: request.sourceName, line, message }],
  });
  const { year, sourceName } = request;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return fail(`--year must be a year such as 2025, got ${year}`);
  const known = new Set([...state.inputs.manifest.sources.flatMap((s) => s.years), ...state.inputs.notices.map((n) => n.year)]);
  if (known.has(year)) return fail(`${year} is already in data/; refusing to overwrite it`);

  const current = rebuildCurrent(state, options);
  if (current !== null) return { ok: false, problems: [current] };

  // Notice problems are reported together with the list's, so one run shows everything to fix.
  const problems: Problem[] = [];
  const notice = noticeFor(state.inputs.notices, request);
  if (!notice.ok) problems.push({ file: sourceName, line: null, message: notice.message });
  const file = `miit-clusters-${year}.txt`;
  if (state.inputs.lists[file] !== undefined) return fail(`data/${file} already exists`);
  const migration = `${nextMigrationNumber([...state.migrations.keys()])}_seed_${year}.sql`;
  const inputs: DataInputs = {
    manifest: {
      sources: [...state.inputs.manifest.sources, { file, years: [year], perYear: request.perYear ?? 100, migration, version: '', builtAt: '' }],
    },
    lists: { ...state.inputs.lists, [file]: request.listText },
    notices: [...state.inputs.notices, notice.value],
    industry: state.inputs.industry,
  };
  let output: BuildOutput;
  try {
    output = buildDataset(inputs, options);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    problems.push(...error.problems.map((p) => (p.file === file ? { ...p, file: sourceName } : p)));
    return { ok: false, problems };
  }
  if (problems.length > 0) return { ok: false, problems };
  const added = output.migrations.find((m) => m.file === migration)!;
  const files = new Map<string, string>([
    [`data/${file}`, request.listText],
    ['data/notices.json', formatNotices(output.notices)],
    ['data/manifest.json', formatManifest(output.manifest)],
    ['data/clusters.json', output.clustersJson],
    [CLASSIFICATION_TSV, output.classificationTsv],
    [CLASSIFICATION_REVIEW, output.classificationReview],
    [`migrations/${migration}`, added.sql],
  ]);
  return { ok: true, files, output, migration };
}

// The import must only add: if data/ no longer reproduces the committed migrations, regenerating
// would silently rewrite them, so that has to be resolved (npm run data:build) first.
function rebuildCurrent(state: DataState, options: BuildOptions): Problem | null {
  const stale = (message: string): Problem => ({ file: 'data/manifest.json', line: null, message });
  let output: BuildOutput;
  try {
    output = buildDataset(state.inputs, {
      ...options,
      now: () => {
        throw new PipelineError([stale('the current data does not match its recorded version; run npm run data:build first')]);
      },
    });
  } catch (error) {
    if (error instanceof PipelineError) return error.problems[0]!;
    throw error;
  }
  for (const { file, sql } of output.migrations) {
    if (state.migrations.get(file) !== sql) return stale(`migrations/${file} is not what data/ generates; run npm run data:build first`);
  }
  return null;
}

// Always yields a notice, so the list can still be checked; `ok: false` says it is unusable.
function noticeFor(notices: readonly Notice[], request: ImportRequest): { ok: boolean; value: Notice; message: string } {
  const trailer = parseNoticeTrailer(parseList(request.listText).trailer).find((n) => n.year === request.year);
  const url = httpUrl(request.noticeUrl);
  const pdfUrl = request.pdfUrl === undefined ? (trailer?.pdfUrl ?? null) : httpUrl(request.pdfUrl);
  const title = request.noticeTitle?.trim() || trailer?.title;
  const batch = Math.max(0, ...notices.map((n) => n.batch)) + 1;
  const value = { year: request.year, batch, title: title ?? '', url: url === null ? '' : unwrapMiitLink(url), pdfUrl };
  const message =
    url === null
      ? `--notice-url must be an http(s) URL, got "${request.noticeUrl}"`
      : request.pdfUrl !== undefined && pdfUrl === null
        ? `--pdf-url must be an http(s) URL, got "${request.pdfUrl}"`
        : !title
          ? `the list names no notice for ${request.year}: pass --notice-title`
          : '';
  return { ok: message === '', value, message };
}

function httpUrl(input: string): string | null {
  try {
    const url = new URL(input);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The next free NNNN prefix in a migrations directory. */
export function nextMigrationNumber(files: readonly string[]): string {
  const numbers = files
    .map((f) => /^(\d{4})_/u.exec(f)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  return String(Math.max(-1, ...numbers) + 1).padStart(4, '0');
}
