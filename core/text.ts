/**
 * Text normalization shared by every parameter and by the dataset's precomputed haystacks, so
 * that input and data are always compared in the same form.
 */

/**
 * C0 controls, DEL and C1 controls, refused in every parameter name and value. Tab and newline
 * included: no parameter has a use for them.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** NFKC (full-width → half-width, U+3000 → space) and trimmed. */
export function normalizeText(input: string): string {
  return input.normalize('NFKC').trim();
}

/** Lower-cases A–Z only: data values stay Chinese, and no locale tables are involved. */
export function foldAscii(input: string): string {
  return /[A-Z]/.test(input) ? input.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : input;
}

/** Number of Unicode code points (what "64 characters" means to a person). */
export function codePointLength(input: string): number {
  let length = 0;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < input.length) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** Orders by UTF-16 code units, with no locale tables, so every runtime sorts alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
