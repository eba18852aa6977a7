import type { ClusterFilter } from './query';
import { RECORD_FIELDS, type ClusterRecord } from './record';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
// Characters that make Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as CSV: UTF-8 BOM (so Excel opens Chinese correctly), one header line of the field names
 * in publication order, CRLF line ends, RFC 4180 quoting, null as an empty field.
 * Text cells starting with = + - @ (or tab / CR) get a leading apostrophe so spreadsheets show them
 * as text instead of running them as formulas; the official data has none, so this only ever
 * touches hostile input. Numbers are written as they are.
 */
export function toCsv(rows: readonly ClusterRecord[]): string {
  const lines = [RECORD_FIELDS.join(',')];
  for (const row of rows) lines.push(RECORD_FIELDS.map((field) => csvCell(row[field])).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * ASCII-safe download name saying what was filtered, e.g. `clusters_zhejiang_2023.csv`. Place
 * names without an ASCII spelling (city, county, submitter) appear as their parameter name
 * (`clusters_zhejiang_city_2023.csv`); the exact names are in {@link csvFilenameUtf8}.
 */
export function csvFilename(query: ClusterFilter): string {
  const parts = ['clusters'];
  if (query.province) parts.push(query.province.pinyin);
  if (query.submittedBy !== null) parts.push(asciiPart(query.submittedBy, 'by'));
  if (query.city !== null) parts.push(asciiPart(query.city, 'city'));
  if (query.county !== null) parts.push(asciiPart(query.county, 'county'));
  if (query.adcode !== null) parts.push(query.adcode);
  if (query.years.length > 0) parts.push(query.years.join('-'));
  if (query.section !== null) parts.push(`section-${query.section}`);
  if (query.division !== null) parts.push(`division-${query.division}`);
  if (query.q !== '') parts.push(`q-${asciiPart(query.q, 'search')}`);
  return `${parts.join('_')}.csv`;
}

/** UTF-8 download name, e.g. `集群_浙江省_宁波市_2023.csv`. */
export function csvFilenameUtf8(query: ClusterFilter): string {
  const parts = ['集群'];
  if (query.province) parts.push(query.province.name);
  if (query.submittedBy !== null) parts.push(`${safePart(query.submittedBy)}推荐`);
  if (query.city !== null) parts.push(safePart(query.city));
  if (query.county !== null) parts.push(safePart(query.county));
  if (query.adcode !== null) parts.push(query.adcode);
  if (query.years.length > 0) parts.push(query.years.join('-'));
  if (query.section !== null) parts.push(`门类${query.section}`);
  if (query.division !== null) parts.push(`大类${query.division}`);
  if (query.q !== '') parts.push(`搜索-${safePart(query.q)}`);
  return `${parts.join('_')}.csv`;
}

/**
 * A `Content-Disposition` value offering both names (RFC 6266): browsers that understand
 * `filename*` save the Chinese name, others the ASCII one.
 */
export function csvContentDisposition(query: ClusterFilter): string {
  return `attachment; filename="${csvFilename(query)}"; filename*=UTF-8''${encodeRfc5987(csvFilenameUtf8(query))}`;
}

function asciiPart(value: string, fallback: string): string {
  const ascii = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return ascii !== '' && !/[^\x20-\x7e]/.test(value) ? ascii : fallback;
}

/** Drops characters that file systems or headers refuse, and caps the length. */
function safePart(value: string): string {
  return Array.from(value.replace(/[\\/:*?"<>|\s\u0000-\u001f\u007f-\u009f]+/g, '-'))
    .slice(0, 40)
    .join('');
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
