import type { IndexedRecord } from './dataset';
import { matchesPinyin } from './pinyin-index';

/** Weights of the field a term matched in; per term the best one counts. */
export const FIELD_WEIGHTS = { industry: 3, name: 2, place: 1 } as const;

/** A search term prepared once per request. */
export interface CompiledTerm {
  text: string;
  /** Only lower-case ASCII letters: also tried as pinyin (full or initials). */
  pinyin: boolean;
}

const PINYIN_TERM = /^[a-z]+$/;

/** Prepares the terms of a filter once per request, so no regular expression runs per record. */
export function compileTerms(terms: readonly string[]): CompiledTerm[] {
  return terms.map((text) => ({ text, pinyin: PINYIN_TERM.test(text) }));
}

/**
 * Relevance of a record for the terms: 0 when any term misses (terms combine with AND), else the
 * sum over terms of the best field weight they hit (industry 3 > name 2 > place 1). A term hits a
 * field by case-insensitive substring, or, for ASCII-letter terms, by pinyin.
 */
export function scoreRecord(entry: IndexedRecord, terms: readonly CompiledTerm[]): number {
  let score = 0;
  for (const term of terms) {
    const weight = termWeight(entry, term);
    if (weight === 0) return 0;
    score += weight;
  }
  return score;
}

function termWeight(entry: IndexedRecord, { text, pinyin }: CompiledTerm): number {
  if (entry.industry.includes(text) || (pinyin && matchesPinyin(entry.industryPinyin, text))) return FIELD_WEIGHTS.industry;
  if (entry.name.includes(text) || (pinyin && matchesPinyin(entry.namePinyin, text))) return FIELD_WEIGHTS.name;
  if (entry.place.includes(text) || (pinyin && matchesPinyin(entry.placePinyin, text))) return FIELD_WEIGHTS.place;
  return 0;
}
