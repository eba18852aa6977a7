const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const ASCII_ALNUM = /[0-9A-Za-z]/;

/**
 * Removes PDF extraction artifacts from a published name: spaces are dropped except between two
 * Latin letters or digits (so "秦都区 LCD 面板" becomes "秦都区LCD面板" while a hypothetical "Mini LED"
 * keeps its space), full-width letters and digits become ASCII, and brackets become full-width.
 *
 * Brackets are full-width because the notices print them so ("校具（教育装备）"): the bracketed part
 * is part of the official name, and Chinese typography uses full-width brackets around Chinese
 * text. Normalising ASCII ones guarantees the data never mixes the two forms.
 */
export function normalizeName(raw: string): string {
  const unified = raw
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  let out = '';
  for (let i = 0; i < unified.length; i++) {
    const ch = unified[i]!;
    if (ch !== ' ') {
      out += ch;
      continue;
    }
    const before = unified[i - 1] ?? '';
    const after = unified[i + 1] ?? '';
    if (ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) out += ' ';
  }
  return out;
}
