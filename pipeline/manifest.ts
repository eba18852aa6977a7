/** One published list in data/, and the seed migration generated from it. */
export interface SourceList {
  /** File name in data/, copied unchanged from the publisher. */
  file: string;
  /** The 年度 values the list holds. */
  years: number[];
  /** Entries each year must have (MIIT has published 100 a year so far). */
  perYear: number;
  /** File name in migrations/ of the seed migration generated from this list. */
  migration: string;
  /**
   * For a list seeded before D1 had the industry classification's columns: the generated migration
   * that writes its records' classification. Its seed then inserts the other fields only, so the
   * seed stays valid where it runs, before the migration that adds the columns. A list imported
   * later has none: its seed inserts every field.
   */
  classificationMigration?: string;
  /** Dataset version once this list is applied: hash of all records and notices up to this list. */
  version: string;
  /** When that version was first built; kept until the content changes, so builds are reproducible. */
  builtAt: string;
}

/** data/manifest.json: the lists, in the order their migrations apply. */
export interface Manifest {
  sources: SourceList[];
}

/** Parses data/manifest.json, checking its shape so a hand edit cannot silently break the build. */
export function parseManifest(json: string): Manifest {
  const value: unknown = JSON.parse(json);
  const sources = (value as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) throw new Error('data/manifest.json: "sources" must be an array');
  for (const [index, source] of sources.entries()) {
    const s = source as Partial<SourceList>;
    const valid =
      typeof s.file === 'string' &&
      Array.isArray(s.years) &&
      s.years.every(Number.isInteger) &&
      Number.isInteger(s.perYear) &&
      typeof s.migration === 'string' &&
      /^\d{4}_[a-z0-9_]+\.sql$/u.test(s.migration) &&
      (s.classificationMigration === undefined || /^\d{4}_[a-z0-9_]+\.sql$/u.test(s.classificationMigration)) &&
      typeof s.version === 'string' &&
      typeof s.builtAt === 'string';
    if (!valid) throw new Error(`data/manifest.json: sources[${index}] must have file, years, perYear, migration (NNNN_name.sql), version, builtAt`);
  }
  return value as Manifest;
}

/** Serialises the manifest the way it is committed (2-space JSON, trailing newline). */
export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
