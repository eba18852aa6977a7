import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Notice } from '../core/notice';
import type { DataInputs } from './build';
import { STANDARD_FILE } from './industry-standard';
import { DECISIONS_FILE, RULES_FILE } from './industry-rules';
import { parseManifest } from './manifest';

/** The repository's current data: data/ inputs and the migration files on disk. */
export interface DataState {
  inputs: DataInputs;
  /** Every migration file in migrations/ (`NNNN_name.sql`), by name. */
  migrations: ReadonlyMap<string, string>;
}

/** Parses data/notices.json, checking each entry's shape. */
export function parseNotices(json: string): Notice[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('data/notices.json must be an array');
  return value.map((item: Partial<Notice>, index) => {
    const valid =
      Number.isInteger(item.year) &&
      Number.isInteger(item.batch) &&
      typeof item.title === 'string' &&
      typeof item.url === 'string' &&
      (item.pdfUrl === null || typeof item.pdfUrl === 'string');
    if (!valid) throw new Error(`data/notices.json[${index}] must have year, batch, title, url, pdfUrl (string or null)`);
    return { year: item.year!, batch: item.batch!, title: item.title!, url: item.url!, pdfUrl: item.pdfUrl! };
  });
}

/** Serialises notices the way they are committed, sorted by year. */
export function formatNotices(notices: readonly Notice[]): string {
  return `${JSON.stringify(
    [...notices].sort((a, b) => a.year - b.year),
    null,
    2,
  )}\n`;
}

/** Reads the manifest, the lists it names, the notices and the classification's inputs from a data directory. */
export async function readDataInputs(dataDir: string): Promise<DataInputs> {
  const manifest = parseManifest(await readFile(join(dataDir, 'manifest.json'), 'utf8'));
  const notices = parseNotices(await readFile(join(dataDir, 'notices.json'), 'utf8'));
  const lists: Record<string, string> = {};
  for (const source of manifest.sources) {
    try {
      lists[source.file] = await readFile(join(dataDir, source.file), 'utf8');
    } catch (error) {
      // A missing list is reported by the build as a problem of the manifest entry.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const industry = {
    standard: await readFile(join(dataDir, STANDARD_FILE), 'utf8'),
    rules: await readFile(join(dataDir, RULES_FILE), 'utf8'),
    decisions: await readFile(join(dataDir, DECISIONS_FILE), 'utf8'),
  };
  return { manifest, lists, notices, industry };
}

/** Names of the migration files (`NNNN_name.sql`) in a directory, sorted: the order they apply in. */
export async function listMigrations(migrationsDir: string): Promise<string[]> {
  return (await readdir(migrationsDir)).filter((file) => /^\d{4}_.+\.sql$/u.test(file)).sort();
}

/** Reads a repository's current data: the inputs in `root`/data and every migration in `root`/migrations. */
export async function readDataState(root: string): Promise<DataState> {
  const migrationsDir = join(root, 'migrations');
  const migrations = new Map<string, string>();
  for (const file of await listMigrations(migrationsDir)) migrations.set(file, await readFile(join(migrationsDir, file), 'utf8'));
  return { inputs: await readDataInputs(join(root, 'data')), migrations };
}

/** Writes files given by path relative to `root`, creating directories as needed. */
export async function writeFiles(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, content] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}
