import { describe, expect, it } from 'vitest';
import { checkSearchText, checkYearList, isNameLengthValid } from './parse-values';
import { parseName, parseSearchText, parseYears } from './parse-values';

describe('value checks (the parsers without their messages)', () => {
  it('accepts names up to 64 code points, astral characters counting once', () => {
    expect(isNameLengthValid('宁'.repeat(64))).toBe(true);
    expect(isNameLengthValid('𠀀'.repeat(64))).toBe(true);
    expect(isNameLengthValid('宁'.repeat(65))).toBe(false);
  });

  it('sorts and dedupes year lists, and names what is wrong with a refused one', () => {
    expect(checkYearList('2024, 2022,2024')).toEqual([2022, 2024]);
    expect(checkYearList('24')).toBe('malformed');
    expect(checkYearList('2024,')).toBe('malformed');
    expect(checkYearList(Array.from({ length: 21 }, (_, i) => 2000 + i).join(','))).toBe('too_many');
  });

  it('folds and splits search text, and refuses more than 64 code points', () => {
    expect(checkSearchText('Cixi  家电')).toEqual({ q: 'cixi 家电', terms: ['cixi', '家电'] });
    expect(checkSearchText('a'.repeat(65))).toBeNull();
  });

  it('agree with the parsers the API answers with', () => {
    for (const value of ['宁波', '宁'.repeat(65)]) expect(parseName('city', value).ok).toBe(isNameLengthValid(value));
    for (const value of ['2023', '2023,2022', 'x', '']) {
      const parsed = parseYears(value, undefined);
      const checked = checkYearList(value);
      expect(parsed.ok ? parsed.value : 'refused').toEqual(Array.isArray(checked) ? checked : 'refused');
    }
    for (const value of ['Cixi', 'a'.repeat(65)]) {
      const parsed = parseSearchText(value);
      expect(parsed.ok ? parsed.value : null).toEqual(checkSearchText(value));
    }
  });
});
