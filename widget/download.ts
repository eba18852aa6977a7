import type { CsvFile } from './source';

/** How long the file's object URL outlives the click: long enough for a slow download dialog. */
const REVOKE_AFTER_MS = 60_000;

/** Hands a CSV made in the browser to the reader as a download. */
export function saveCsv({ text, filename }: CsvFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
