/**
 * The value checks behind the query parser, without its error messages: each returns the canonical
 * value, or null when the API would refuse it. `parse-values.ts` adds the messages; the widget,
 * which only needs to know whether a value is acceptable, imports these alone.
 */
import { MAX_NAME_LENGTH, MAX_Q_LENGTH, MAX_YEARS } from './query';
import { codePointLength, foldAscii } from './text';

/** Why a year list is refused: not four-digit years, or more than {@link MAX_YEARS} of them. */
export type YearListProblem = 'malformed' | 'too_many';

/** Whether a free-text name filter is short enough; the value itself is kept as given. */
export function isNameLengthValid(value: string): boolean {
  return codePointLength(value) <= MAX_NAME_LENGTH;
}

/** One year or a comma list as distinct sorted years, or why it is refused. */
export function checkYearList(value: string): number[] | YearListProblem {
  const items = value.split(',').map((item) => item.trim());
  if (items.length > MAX_YEARS * 4 || items.some((item) => !/^[0-9]{4}$/.test(item))) return 'malformed';
  const years = [...new Set(items.map(Number))].sort((a, b) => a - b);
  return years.length > MAX_YEARS ? 'too_many' : years;
}

/** `q` ASCII lower-cased and split on whitespace into terms; null past {@link MAX_Q_LENGTH} code points. */
export function checkSearchText(value: string): { q: string; terms: string[] } | null {
  if (codePointLength(value) > MAX_Q_LENGTH) return null;
  const terms = foldAscii(value).split(/\s+/).filter((term) => term !== '');
  return { q: terms.join(' '), terms };
}
