import { foldAscii, normalizeText } from './text';

/**
 * The form every province spelling is compared in: NFKC, ASCII lower-case, without spaces,
 * hyphens, apostrophes, dots (浙江省, zhejiang, "Inner Mongolia" → innermongolia). The widget's
 * first-view files are named by it, so a spelling finds its file without a table of provinces.
 */
export function provinceKey(input: string): string {
  return foldAscii(normalizeText(input)).replace(/[\s\-'’.·]+/g, '');
}
