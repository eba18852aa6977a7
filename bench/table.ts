// CJK characters take two terminal columns; padding by string length would misalign them.
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, alignRight: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

const looksNumeric = (text: string): boolean => /^[-+]?[\d,.]+(?:–[\d,.]+)?(?:\s*(?:×|%|ms|B))?$/.test(text);

/** A plain-text table: a header row, a rule, then rows; numeric cells are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[], header: boolean) =>
    cells
      .map((cell, column) => pad(cell, widths[column]!, !header && column > 0 && looksNumeric(cell)))
      .join('  ')
      .trimEnd();
  return [line(headers, true), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map((row) => line(row, false))].join('\n');
}

/** Formats a number with thousands separators and a fixed number of decimals. */
export function num(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
