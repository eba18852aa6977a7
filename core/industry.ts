/**
 * The code structure of GB/T 4754-2017 (国民经济行业分类) at its two top levels: 门类 (sections
 * A–T) and 大类 (divisions 01–97, numbered without gaps). Only the codes: the standard's names
 * travel on each record (`sectionName`, `divisionName`) and in data/gbt4754-2017.json, which a
 * pipeline test holds to this table.
 */

/** The sections, A–T, in the standard's order. */
export const SECTION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;

/** One 门类 letter. */
export type SectionCode = (typeof SECTION_CODES)[number];

/** The first division of each section, in {@link SECTION_CODES} order: A 01–05, B 06–12, C 13–43, … T 97. */
export const FIRST_DIVISIONS = [1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97] as const;

/** The last division of the standard. */
export const LAST_DIVISION = 97;

/** Narrows a string to a {@link SectionCode} (upper case only). */
export function isSectionCode(value: string): value is SectionCode {
  return (SECTION_CODES as readonly string[]).includes(value);
}

/** Whether a string is a division of the standard: exactly two digits, 01 to 97. */
export function isDivisionCode(value: string): boolean {
  if (!/^[0-9]{2}$/.test(value)) return false;
  const number = Number(value);
  return number >= 1 && number <= LAST_DIVISION;
}

/** The section a division belongs to; the division must pass {@link isDivisionCode}. */
export function sectionOfDivision(division: string): SectionCode {
  const number = Number(division);
  let index = 0;
  while (index + 1 < FIRST_DIVISIONS.length && FIRST_DIVISIONS[index + 1]! <= number) index++;
  return SECTION_CODES[index]!;
}
