import { FIRST_DIVISIONS, LAST_DIVISION, SECTION_CODES, isDivisionCode, sectionOfDivision, type SectionCode } from '../core/industry';
import type { Problem } from './problem';

/** data/gbt4754-2017.json: the 门类 and 大类 of GB/T 4754-2017 with the standard's names. */
export const STANDARD_FILE = 'gbt4754-2017.json';

export interface DivisionEntry {
  code: string;
  name: string;
  section: SectionCode;
}

/** The standard's two top levels, by code. */
export interface IndustryStandard {
  sections: ReadonlyMap<SectionCode, string>;
  divisions: ReadonlyMap<string, DivisionEntry>;
}

interface StandardJson {
  sections?: { code?: unknown; name?: unknown; divisions?: { code?: unknown; name?: unknown }[] }[];
}

/**
 * Parses the standard's list and checks it against core's code structure: sections A–T in order,
 * divisions 01–97 in order without gaps, each in the section core places it in, every name given.
 */
export function parseStandard(json: string): { standard: IndustryStandard; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (message: string) => problems.push({ file: `data/${STANDARD_FILE}`, line: null, message });
  const sections = new Map<SectionCode, string>();
  const divisions = new Map<string, DivisionEntry>();
  let value: StandardJson;
  try {
    value = JSON.parse(json) as StandardJson;
  } catch (error) {
    problem(`not JSON: ${(error as Error).message}`);
    return { standard: { sections, divisions }, problems };
  }
  const list = Array.isArray(value.sections) ? value.sections : [];
  const letters = list.map((section) => section.code);
  if (letters.join() !== SECTION_CODES.join()) problem(`sections must be ${SECTION_CODES.join(', ')} in order, got ${letters.join(', ')}`);
  for (const section of list) {
    if (typeof section.code !== 'string' || typeof section.name !== 'string' || section.name === '') continue;
    const code = section.code as SectionCode;
    sections.set(code, section.name);
    for (const division of section.divisions ?? []) {
      if (typeof division.code !== 'string' || !isDivisionCode(division.code) || typeof division.name !== 'string' || division.name === '') {
        problem(`section ${code}: division ${JSON.stringify(division)} needs a code 01–${LAST_DIVISION} and a name`);
        continue;
      }
      if (sectionOfDivision(division.code) !== code)
        problem(`division ${division.code} is listed under ${code}, but belongs to ${sectionOfDivision(division.code)}`);
      divisions.set(division.code, { code: division.code, name: division.name, section: code });
    }
  }
  const expected = Array.from({ length: LAST_DIVISION }, (_, i) => String(i + 1).padStart(2, '0'));
  if ([...divisions.keys()].join() !== expected.join()) problem(`divisions must be 01–${LAST_DIVISION} in order, each once`);
  if (FIRST_DIVISIONS.length !== SECTION_CODES.length) problem('core/industry.ts: one first division per section');
  return { standard: { sections, divisions }, problems };
}
